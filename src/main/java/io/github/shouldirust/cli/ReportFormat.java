package io.github.shouldirust.cli;

/**
 * The formats of compare and rules diff: their own list, not the advisor's {@link OutputFormat}, so a
 * format added for the advice is never offered by a command that cannot write it.
 */
enum ReportFormat {
    text,
    json,
    markdown
}
