package io.github.shouldirust.cli;

import io.github.shouldirust.core.Report;
import io.github.shouldirust.load.OutputFiles;
import io.github.shouldirust.render.CardRenderer;
import io.github.shouldirust.render.GitHubRenderer;
import io.github.shouldirust.render.JsonRenderer;
import io.github.shouldirust.render.MarkdownRenderer;
import io.github.shouldirust.render.Style;
import io.github.shouldirust.render.TextRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;

/**
 * The advisor's result, rendered in the format asked for and written where it was asked to go: stdout
 * (through the pager for a long --full report at a terminal), --output's file whole, or nowhere with
 * --quiet.
 */
final class ResultWriter {
    private final Io io;
    private final AdviseOptions options;
    /** Whether the result has gone to stdout, so a later cancel does not claim nothing was written. */
    private boolean printed;

    ResultWriter(Io io, AdviseOptions options) {
        this.io = io;
        this.options = options;
    }

    boolean printed() {
        return printed;
    }

    /** Prints the result on stdout, or writes it to --output; a failed write becomes the exit code. */
    Optional<Integer> print(Report report) {
        printed = true;
        var outputFile = options.outputFile();
        if (options.quiet() && outputFile == null) {
            return Optional.empty();
        }
        if (outputFile == null
                && options.format() == OutputFormat.text
                && options.full()
                && Pager.wanted(io.env(), options.noInput())) {
            var text = new StringWriter();
            try (var writer = new PrintWriter(text)) {
                render(report, writer, io.style(options.color()));
            }
            if (!Pager.page(io.env(), text.toString())) {
                io.out().print(text);
                io.out().flush();
            }
            return Optional.empty();
        }
        if (outputFile == null) {
            render(report, io.out(), io.style(options.color()));
            return Optional.empty();
        }
        var text = new StringWriter();
        try (var writer = new PrintWriter(text)) {
            render(report, writer, Style.plain()); // a file gets no colour codes
        }
        try {
            OutputFiles.write(outputFile, text.toString(), options.force());
            return Optional.empty();
        } catch (IOException e) {
            io.error("--output " + outputFile + ": cannot write: " + OutputFiles.plainMessage(e));
            return Optional.of(ExitCode.OUTPUT_FAILED);
        }
    }

    private void render(Report report, PrintWriter out, Style style) {
        switch (options.format()) {
            case json -> JsonRenderer.render(report, options.explain(), out);
            case github -> GitHubRenderer.render(report, out);
            case markdown ->
                MarkdownRenderer.render(
                        report,
                        VersionProvider.toolVersion(),
                        Docs.date(io.env().variable("SOURCE_DATE_EPOCH")),
                        out);
            case text -> {
                if (options.full()) {
                    TextRenderer.render(report, options.explain(), style, io.width(), out);
                } else {
                    CardRenderer.render(report, style, io.width(), out);
                }
            }
        }
    }
}
