package io.github.shouldirust.cli;

import java.lang.reflect.Method;

/** What the program learns from its surroundings, behind an interface so tests can set it. */
public interface Environment {

    String variable(String name);

    /** Whether stdout goes to a terminal, where colour makes sense. */
    boolean stdoutIsTerminal();

    static Environment system() {
        return new Environment() {
            @Override
            public String variable(String name) {
                return System.getenv(name);
            }

            @Override
            public boolean stdoutIsTerminal() {
                return Terminals.isInteractive();
            }
        };
    }

    /** Terminal detection without touching JLine, which costs tens of milliseconds to start. */
    final class Terminals {
        private Terminals() {
        }

        static boolean isInteractive() {
            var console = System.console();
            if (console == null) {
                return false;
            }
            // From JDK 22 System.console() exists even when redirected; Console.isTerminal() tells the truth.
            try {
                Method isTerminal = java.io.Console.class.getMethod("isTerminal");
                return (Boolean) isTerminal.invoke(console);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return true;
            }
        }
    }
}
