package io.github.shouldirust.cli;

import picocli.CommandLine.Option;

/** --color and --no-color for the annotated commands (the advisor declares its own in code). */
final class ColorOptions {
    @Option(names = "--color", paramLabel = "WHEN", converter = ColorMode.Converter.class, description = ColorMode.HELP)
    ColorMode color;

    @Option(names = "--no-color", description = AdviseOptions.NO_COLOR_HELP)
    boolean noColor;

    ColorMode mode() {
        return ColorMode.of(color, noColor);
    }
}
