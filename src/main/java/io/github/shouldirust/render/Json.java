package io.github.shouldirust.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/** One way to write JSON: pretty, two-space indent, "\n" line ends on every platform. */
public final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Json() {}

    static JsonGenerator generator(Writer out) throws IOException {
        var indenter = new DefaultIndenter("  ", "\n");
        // "key": value, as jq and most tools print it, rather than Jackson's "key" : value.
        var separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        var printer = new CompactEmptyPrinter(new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
        var generator = FACTORY.createGenerator(out);
        generator.setPrettyPrinter(printer);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return generator;
    }

    /** Prints an empty list as [] and an empty object as {}, rather than Jackson's "[ ]" and "{ }", as jq does. */
    private static final class CompactEmptyPrinter extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        CompactEmptyPrinter(DefaultPrettyPrinter base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new CompactEmptyPrinter(this);
        }

        @Override
        public void writeEndObject(JsonGenerator generator, int entries) throws IOException {
            if (entries == 0) {
                if (!_objectIndenter.isInline()) {
                    --_nesting;
                }
                generator.writeRaw('}');
            } else {
                super.writeEndObject(generator, entries);
            }
        }

        @Override
        public void writeEndArray(JsonGenerator generator, int values) throws IOException {
            if (values == 0) {
                if (!_arrayIndenter.isInline()) {
                    --_nesting; // as super does, so what follows keeps its indentation
                }
                generator.writeRaw(']');
            } else {
                super.writeEndArray(generator, values);
            }
        }
    }

    /** What goes between a document's braces. */
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    /** One JSON object as a whole document on {@code out}, then a newline; every output writes its own so. */
    public static void document(Writer out, Body body) {
        try (var json = generator(out)) {
            json.writeStartObject();
            body.write(json);
            json.writeEndObject();
            json.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void strings(JsonGenerator json, String field, Iterable<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (var value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
