package io.github.shouldirust.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * --color=WHEN, as GNU tools spell it. auto: colour on a terminal, unless NO_COLOR or TERM=dumb;
 * always: colour whatever stdout is (a CI log that renders ANSI), which a flag may do over NO_COLOR, as
 * no-color.org allows; never: as --no-color.
 */
enum ColorMode {
    AUTO,
    ALWAYS,
    NEVER;

    static final String HELP = "When to colour: auto (a terminal, unless NO_COLOR or TERM=dumb), always (a CI "
            + "log that shows ANSI colour), never; --no-color is never.";

    /** --color's value, or never with --no-color; --no-color wins, being the plainer. */
    static ColorMode of(ColorMode given, boolean noColor) {
        return noColor ? NEVER : given == null ? AUTO : given;
    }

    static final class Converter implements ITypeConverter<ColorMode> {
        @Override
        public ColorMode convert(String value) {
            try {
                return ColorMode.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not one of auto, always, never");
            }
        }
    }
}
