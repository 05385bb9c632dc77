package io.github.shouldirust.cli;

/** Lower-case constants so picocli accepts and lists them exactly as users type them. */
enum OutputFormat {
    text,
    json,
    markdown,
    github
}
