package io.github.shouldirust.quiz;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.spi.Pty;
import org.jline.utils.InfoCmp.Capability;

/**
 * JLine's system terminal on a POSIX tty, for a terminal type whose description JLine carries: the
 * description comes parsed from {@link BundledTerminfo} rather than from JLine reading and parsing its
 * text, which costs a cold JVM ~15 ms (two resources read from the jar, a regular expression compiled
 * for each of ~580 lines). The same capabilities either way; BundledTerminfoTest holds the table to it.
 */
final class KnownTypeTerminal extends PosixSysTerminal {
    KnownTypeTerminal(String type, Pty pty, Charset encoding, Charset inputEncoding, Charset outputEncoding)
            throws IOException {
        super("JLine terminal", type, pty, encoding, inputEncoding, outputEncoding, true, SignalHandler.SIG_DFL);
    }

    /** Called by JLine's constructor, before this class's own fields exist: it may use only statics. */
    @Override
    protected void parseInfoCmp() {
        var table = BundledTerminfo.of(getType());
        if (table == null) {
            super.parseInfoCmp();
            return;
        }
        fill(table, bools, ints, strings);
    }

    /** Reads {@link BundledTerminfo}'s lines: "b NAME", "i NAME VALUE" or "s NAME VALUE", tab-separated. */
    static void fill(
            String table,
            java.util.Set<Capability> bools,
            Map<Capability, Integer> ints,
            Map<Capability, String> strings) {
        var byName = ByName.CAPABILITIES;
        for (int start = 0; start < table.length(); ) {
            int end = table.indexOf('\n', start);
            int nameEnd = table.indexOf('\t', start + 2);
            var kind = table.charAt(start);
            if (kind == 'b') {
                bools.add(byName.get(table.substring(start + 2, end)));
            } else {
                var capability = byName.get(table.substring(start + 2, nameEnd));
                var value = table.substring(nameEnd + 1, end);
                if (kind == 'i') {
                    ints.put(capability, Integer.parseInt(value));
                } else {
                    strings.put(capability, value);
                }
            }
            start = end + 1;
        }
    }

    /** Built on first use: Enum.valueOf would look each name up through reflection. */
    private static final class ByName {
        static final Map<String, Capability> CAPABILITIES = new HashMap<>();

        static {
            for (var capability : Capability.values()) {
                CAPABILITIES.put(capability.name(), capability);
            }
        }
    }
}
