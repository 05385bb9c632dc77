package io.github.shouldirust.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.shouldirust.load.FileProblem;
import io.github.shouldirust.render.Json;
import io.github.shouldirust.render.WorkflowCommands;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * What `rules check` found, in the format its reader wants: text for people, GitHub workflow commands
 * (annotations on the lines of a pull request), SARIF 2.1.0 for code-scanning dashboards, JSON for
 * programs. Each lists at most {@link #REPORTED} problems a file and says how many more there are.
 */
final class CheckReport {
    /** Problems shown a file: past the first hundred, the count says enough. */
    static final int REPORTED = 100;

    enum Format {
        text,
        json,
        github,
        sarif
    }

    /** One file's problems. */
    record Checked(String file, List<FileProblem> problems) {
        long errors() {
            return problems.stream().filter(FileProblem::isError).count();
        }

        long warnings() {
            return problems.size() - errors();
        }

        List<FileProblem> shown() {
            return problems.stream().limit(REPORTED).toList();
        }

        String summary() {
            return file + ": " + (errors() == 0 ? "ok" : errors() + " error" + (errors() == 1 ? "" : "s"))
                    + (warnings() == 0 ? "" : ", " + warnings() + " warning" + (warnings() == 1 ? "" : "s"));
        }
    }

    private CheckReport() {}

    static void render(Format format, List<Checked> files, String version, PrintWriter out) {
        switch (format) {
            case text -> text(files, out);
            case github -> github(files, out);
            case json -> json(files, out);
            case sarif -> sarif(files, version, out);
        }
        out.flush();
    }

    private static void text(List<Checked> files, PrintWriter out) {
        for (var file : files) {
            file.shown().forEach(out::println);
            if (file.problems().size() > REPORTED) {
                out.println("... and " + (file.problems().size() - REPORTED) + " more problems not shown");
            }
            out.println(file.summary());
        }
    }

    /** ::error file=F,line=L,col=C::message, escaped as GitHub's workflow commands require. */
    private static void github(List<Checked> files, PrintWriter out) {
        for (var file : files) {
            for (var problem : file.shown()) {
                var at = problem.location();
                out.println("::" + (problem.isError() ? "error" : "warning") + " file="
                        + WorkflowCommands.property(at.file())
                        + (at.line() < 1 ? "" : ",line=" + at.line() + ",col=" + at.column()) + "::"
                        + WorkflowCommands.data(problem.message()));
            }
            if (file.problems().size() > REPORTED) {
                out.println("::notice file=" + WorkflowCommands.property(file.file()) + "::"
                        + WorkflowCommands.data((file.problems().size() - REPORTED) + " more problems not shown"));
            }
            out.println(WorkflowCommands.data(file.summary()));
        }
    }

    private static void json(List<Checked> files, PrintWriter out) {
        Json.document(out, json -> {
            json.writeNumberField("schemaVersion", 1);
            json.writeArrayFieldStart("files");
            for (var file : files) {
                json.writeStartObject();
                json.writeStringField("file", file.file());
                json.writeNumberField("errors", file.errors());
                json.writeNumberField("warnings", file.warnings());
                json.writeNumberField(
                        "notShown", file.problems().size() - file.shown().size());
                json.writeArrayFieldStart("problems");
                for (var problem : file.shown()) {
                    json.writeStartObject();
                    json.writeStringField("severity", problem.isError() ? "error" : "warning");
                    json.writeNumberField("line", problem.location().line());
                    json.writeNumberField("column", problem.location().column());
                    json.writeStringField("message", problem.message());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    /** SARIF 2.1.0: one run, one result per problem, located by file, line and column where known. */
    private static void sarif(List<Checked> files, String version, PrintWriter out) {
        Json.document(out, json -> {
            json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeObjectFieldStart("driver");
            json.writeStringField("name", "should-i-rust");
            json.writeStringField("version", version);
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("results");
            for (var file : files) {
                for (var problem : file.shown()) {
                    result(json, problem);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
        });
    }

    private static void result(JsonGenerator json, FileProblem problem) throws IOException {
        var at = problem.location();
        json.writeStartObject();
        json.writeStringField("level", problem.isError() ? "error" : "warning");
        json.writeObjectFieldStart("message");
        json.writeStringField("text", problem.message());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(at.file()));
        json.writeEndObject();
        if (at.line() >= 1) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", at.line());
            json.writeNumberField("startColumn", Math.max(1, at.column()));
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A file name as a URI reference: relative stays relative, and spaces and the like are %-encoded. */
    static String uri(String file) {
        try {
            return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return file;
        }
    }
}
