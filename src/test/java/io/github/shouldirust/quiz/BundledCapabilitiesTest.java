package io.github.shouldirust.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jline.utils.Curses;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quiz takes JLine's own description of a common terminal type instead of asking `infocmp`: for
 * every capability the quiz uses, it must say what the system's terminfo says.
 */
class BundledCapabilitiesTest {
    private static final List<Capability> USED = List.of(
            Capability.cursor_up,
            Capability.clr_eol,
            Capability.clr_eos,
            Capability.carriage_return,
            Capability.bell,
            Capability.cursor_invisible,
            Capability.cursor_normal,
            Capability.keypad_xmit,
            Capability.keypad_local,
            Capability.key_up,
            Capability.key_down,
            Capability.key_left);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ansi",
                "xterm",
                "xterm-256color",
                "screen",
                "screen-256color",
                "rxvt",
                "rxvt-basic",
                "rxvt-unicode",
                "rxvt-unicode-256color"
            })
    void jlinesDescriptionOfACommonTerminalAgreesWithTheSystems(String type) throws Exception {
        var system = systemDescription(type);
        assumeTrue(system != null, "infocmp knows " + type);
        var bundled = InfoCmp.getDefaultInfoCmp(type);
        assertThat(bundled).as("JLine carries " + type).isNotNull();

        var fromSystem = strings(system);
        var fromJline = strings(bundled);

        for (var capability : USED) {
            assertThat(bytes(fromJline.get(capability)))
                    .as("%s %s", type, capability)
                    .isEqualTo(bytes(fromSystem.get(capability)));
        }
    }

    /** What the terminal gets: ^M and \\r are one byte. */
    private static String bytes(String capability) {
        if (capability == null) {
            return null;
        }
        var out = new StringBuilder();
        Curses.tputs(out, capability);
        return out.toString();
    }

    private static Map<Capability, String> strings(String description) {
        var strings = new HashMap<Capability, String>();
        InfoCmp.parseInfoCmp(description, new HashSet<>(EnumSet.noneOf(Capability.class)), new HashMap<>(), strings);
        return strings;
    }

    private static String systemDescription(String type) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder("infocmp", "-x", type)
                    .redirectErrorStream(true)
                    .start();
        } catch (java.io.IOException e) {
            return null;
        }
        var text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return process.waitFor() == 0 ? text : null;
    }
}
