package io.github.shouldirust.load;

import io.github.shouldirust.core.RuleSet;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/**
 * Build-time only: turns the bundled rules into Java code that builds the same {@link RuleSet}, so a run
 * with the bundled rules skips the YAML parser and the decoder, which cost more at start-up than the
 * rest of the program (~80 ms of a ~180 ms run). The code calls each record's canonical constructor and
 * {@link RuleSet#of}, so the rules are still validated as they are built.
 *
 * <p>Run by Maven after compiling: {@code SnapshotWriter <rules.yaml> <classes dir> <pom.xml>}.
 */
public final class SnapshotWriter {
    static final String CLASS_NAME = "BundledRulesSnapshot";
    private static final String PACKAGE = SnapshotWriter.class.getPackageName();

    private final List<String> methods = new ArrayList<>();

    private SnapshotWriter() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: SnapshotWriter <rules.yaml> <classes dir> <pom.xml>");
        }
        var classes = Path.of(args[1]);
        var inputs = SnapshotInputs.of(Path.of(args[0]), classes, Path.of(args[2]));
        if (inputs.upToDate()) {
            return;
        }
        var rules = RulesLoader.parse(Files.readAllBytes(Path.of(args[0])), RulesLoader.BUNDLED_NAME);
        // Checked once here, not by every `rules check` of the bundled rules (~25 ms of a cold run).
        compile(source(rules, RulesLoader.checksClean(rules)), classes);
        inputs.record();
    }

    /**
     * The Java source of a class whose {@code get()} builds these rules, and whose {@code checkedClean()}
     * says whether the checker found nothing in them.
     */
    static String source(RuleSet rules, boolean checkedClean) {
        var writer = new SnapshotWriter();
        // Written only for rules that loaded, so validated: the snapshot does not validate them again.
        var body = "RuleSet.validated("
                + String.join(
                        ", ",
                        writer.expression(rules.metadata()),
                        writer.listOfMethods("claim", rules.claims()),
                        writer.listOfMethods("language", rules.languages()),
                        writer.listOfMethods("question", rules.questions()),
                        writer.listOfMethods("rule", rules.rules()),
                        writer.expression(rules.thresholds()),
                        writer.expression(rules.warnings()))
                + ")\n                .withLayers(" + writer.expression(rules.layers()) + ")"
                + "\n                .withExamples(" + writer.listOfMethods("example", rules.examples()) + ")";
        return """
                package %s;

                import io.github.shouldirust.core.InvalidRulesException;
                import io.github.shouldirust.core.RuleSet;
                import java.util.Collections;
                import java.util.LinkedHashMap;
                import java.util.LinkedHashSet;
                import java.util.List;
                import java.util.Map;
                import java.util.Optional;
                import java.util.Set;

                /** Generated at build time by SnapshotWriter from %s. Do not edit. */
                public final class %s implements RulesSnapshot {
                    @Override
                    public RuleSet get() throws InvalidRulesException {
                        return %s;
                    }

                    @Override
                    public boolean checkedClean() {
                        return %s;
                    }

                    private static <T> Set<T> set(List<T> items) {
                        return Collections.unmodifiableSet(new LinkedHashSet<>(items));
                    }

                    private static <K, V> Map<K, V> map(List<K> keys, List<V> values) {
                        var map = new LinkedHashMap<K, V>();
                        for (int i = 0; i < keys.size(); i++) {
                            map.put(keys.get(i), values.get(i));
                        }
                        return Collections.unmodifiableMap(map);
                    }
                %s}
                """.formatted(
                PACKAGE, RulesLoader.BUNDLED_NAME, CLASS_NAME, body, checkedClean, String.join("", writer.methods));
    }

    /** One method per item keeps each method far below the JVM's 64 KiB limit on a method's code. */
    private String listOfMethods(String kind, List<?> items) {
        var calls = new ArrayList<String>();
        for (var item : items) {
            var name = kind + methods.size();
            methods.add("""

                        private static %s %s() {
                            return %s;
                        }
                    """.formatted(item.getClass().getCanonicalName(), name, expression(item)));
            calls.add(name + "()");
        }
        return "List.of(" + String.join(", ", calls) + ")";
    }

    /** A Java expression that evaluates to a value equal to this one. */
    static String expressionOf(Object value) {
        return new SnapshotWriter().expression(value, null);
    }

    private String expression(Object value) {
        return expression(value, null);
    }

    /**
     * A Java expression for value, whose declared type (a record component's, or an element's of the
     * collection it is in) is type, or null where unknown. Each generic call names its type arguments
     * when they are known ({@code List.<String>of(...)}): javac infers a nested generic call once for
     * every overload it weighs, so inferring these nested calls took about half of compiling the snapshot.
     */
    private String expression(Object value, Type type) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return literal(s);
        }
        if (value instanceof Integer || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.getDeclaringClass().getCanonicalName() + "." + e.name();
        }
        if (value instanceof Optional<?> o) {
            return o.map(v -> "Optional." + witness(type, 0) + "of(" + expression(v, typeArgument(type, 0)) + ")")
                    .orElse("Optional.empty()");
        }
        if (value instanceof List<?> list) {
            return listOf(list, type, 0);
        }
        if (value instanceof Set<?> set) {
            return "set(" + listOf(List.copyOf(set), type, 0) + ")";
        }
        if (value instanceof Map<?, ?> map) {
            return "map(" + listOf(List.copyOf(map.keySet()), type, 0) + ", "
                    + listOf(List.copyOf(map.values()), type, 1) + ")";
        }
        if (value instanceof Record record) {
            return "new " + record.getClass().getCanonicalName() + "(" + components(record) + ")";
        }
        throw new IllegalArgumentException(
                "no Java expression for a " + value.getClass().getName());
    }

    /** List.of over items, whose type is the given type argument of the collection's type. */
    private String listOf(List<?> items, Type collectionType, int argument) {
        var elementType = typeArgument(collectionType, argument);
        var elements = new ArrayList<String>();
        for (var item : items) {
            elements.add(expression(item, elementType));
        }
        return "List." + witness(collectionType, argument) + "of(" + String.join(", ", elements) + ")";
    }

    private String components(Record record) {
        var values = new ArrayList<String>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                values.add(expression(component.getAccessor().invoke(record), component.getGenericType()));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return String.join(", ", values);
    }

    /** A type's index-th type argument, or null when it has none (raw or unknown). */
    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized && index < parameterized.getActualTypeArguments().length) {
            return parameterized.getActualTypeArguments()[index];
        }
        return null;
    }

    /** {@code <T>} for a generic call whose type argument is that of the given type, or nothing. */
    private static String witness(Type type, int index) {
        var argument = typeArgument(type, index);
        var name = argument == null ? null : sourceName(argument);
        return name == null ? "" : "<" + name + ">";
    }

    /**
     * How Java source names a type, or null for one a witness cannot name: a wildcard, a type variable, a
     * type the generated class may not see (a witness is checked for access, an inferred type is not),
     * or an inner class of a generic class.
     */
    private static String sourceName(Type type) {
        if (type instanceof Class<?> c) {
            return c.isPrimitive() || !visibleEverywhere(c) ? null : c.getCanonicalName();
        }
        if (type instanceof ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> raw
                && visibleEverywhere(raw)
                && !(parameterized.getOwnerType() instanceof ParameterizedType)
                && parameterized.getActualTypeArguments().length > 0) {
            var arguments = new ArrayList<String>();
            for (var argument : parameterized.getActualTypeArguments()) {
                var name = sourceName(argument);
                if (name == null) {
                    return null;
                }
                arguments.add(name);
            }
            return raw.getCanonicalName() + "<" + String.join(", ", arguments) + ">";
        }
        return null;
    }

    /** Public, and so is every class it is nested in; and it has a name (not local or anonymous). */
    private static boolean visibleEverywhere(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return type.getCanonicalName() != null;
    }

    /** A Java string literal for s: anything outside printable ASCII escaped. */
    public static String literal(String s) {
        var out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void compile(String source, Path classes) throws IOException {
        var compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("SnapshotWriter needs a JDK, not a JRE");
        }
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (var files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            var sourceDir = Files.createTempDirectory("rules-snapshot");
            var file = sourceDir.resolve(CLASS_NAME + ".java");
            Files.writeString(file, source);
            var options = List.of(
                    "--release", "17", "-XDstringConcat=inline", "-d", classes.toString(), "-cp", classes.toString());
            var ok = compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(file))
                    .call();
            Files.delete(file);
            Files.delete(sourceDir);
            if (!ok) {
                throw new IllegalStateException("the rules snapshot does not compile: " + diagnostics.getDiagnostics());
            }
        }
    }
}
