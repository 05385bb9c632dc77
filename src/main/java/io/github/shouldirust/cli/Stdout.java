package io.github.shouldirust.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The process's stdout, remembering why a write failed: a PrintWriter only says that one did. A reader
 * that stops early (`| head`) is normal and ends the run quietly; a full disk is not and is reported.
 */
final class Stdout extends PrintWriter {
    private final Recording stream;

    private Stdout(Recording stream) {
        super(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
        this.stream = stream;
    }

    static Stdout of(OutputStream out) {
        return new Stdout(new Recording(out));
    }

    /** Whether a write failed; the stream below keeps the failure rather than throwing it up to us. */
    @Override
    public boolean checkError() {
        return super.checkError() || stream.failure != null;
    }

    /** The first write that failed, if any. */
    Optional<IOException> failure() {
        return Optional.ofNullable(stream.failure);
    }

    /** Passes bytes on until a write fails, then keeps the failure and drops the rest. */
    private static final class Recording extends OutputStream {
        private final OutputStream out;
        private IOException failure;

        Recording(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (failure != null) {
                return;
            }
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                failure = e;
            }
        }

        @Override
        public void flush() {
            if (failure != null) {
                return;
            }
            try {
                out.flush();
            } catch (IOException e) {
                failure = e;
            }
        }
    }
}
