package io.github.shouldirust.quiz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keys as a person types them, with pauses and things that happen to the terminal in between (a resize,
 * a signal) run when the stream reaches them. After the last key the stream stays open (no end of input)
 * for a while, as a terminal does; a test that wants end of input says so with Ctrl-D.
 */
final class Typing extends InputStream {
    // The keys the quiz tests press, as a terminal sends them.
    static final String UP = "\u001b[A";
    static final String DOWN = "\u001b[B";
    static final String LEFT = "\u001b[D";
    static final String ENTER = "\r";
    static final String ESC = "\u001b";
    static final String CTRL_C = "\u0003";
    static final String CTRL_D = "\u0004";
    static final String CTRL_Z = "\u001a";

    private final Deque<Object> steps = new ArrayDeque<>();
    private byte[] current = new byte[0];
    private int at;

    static Typing keys(String keys) {
        return new Typing().then(keys);
    }

    Typing then(String keys) {
        steps.add(keys.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Typing thenBytes(byte[] bytes) {
        steps.add(bytes.clone());
        return this;
    }

    /** A pause, long enough for the quiz to have drawn what the keys so far did. */
    Typing pause(long millis) {
        steps.add(millis);
        return this;
    }

    /** Something that happens once the keys before it were typed (and a pause, if one came first). */
    Typing then(Runnable action) {
        steps.add(action);
        return this;
    }

    @Override
    public int read() throws IOException {
        var one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    /**
     * What a terminal does: hand over the keys typed so far. InputStream's own version would call read()
     * until the buffer is full, so JLine's pump would see no key until the silence ended.
     */
    @Override
    public synchronized int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (at == current.length) {
            var step = steps.poll();
            if (step == null) {
                sleep(5_000); // the quiz has long finished or given up; then end, so no thread lingers
                return -1;
            }
            if (step instanceof byte[] bytes) {
                current = bytes;
                at = 0;
            } else if (step instanceof Long millis) {
                sleep(millis);
            } else {
                ((Runnable) step).run();
            }
        }
        int n = Math.min(length, current.length - at);
        System.arraycopy(current, at, buffer, offset, n);
        at += n;
        return n;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
