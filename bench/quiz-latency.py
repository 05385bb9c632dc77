#!/usr/bin/env python3
"""Time from launch until the quiz's first question is on screen, as a user in a terminal sees it.

Each run starts the command on a fresh pseudo-terminal (its own session, the pty as controlling
terminal and as stdin, stdout and stderr), reads what it draws until the marker text appears, stops the
clock, then cancels the quiz with Ctrl-C and waits for it to exit. Prints the median over the runs.

    bench/quiz-latency.py [--runs 20] [--warmup 3] [--marker TEXT] [--cols 100 --rows 30] -- CMD ARGS...
    bench/quiz-latency.py -- bin/should-i-rust
    bench/quiz-latency.py --json -- java -jar target/should-i-rust.jar
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/quiz-latency.py -v -- bin/should-i-rust

The clock starts just before fork/exec and stops when the marker's bytes have been read from the pty
(the output is searched as it comes, nothing stripped: the quiz draws the prompt as one styled run, so
it appears literally between ANSI codes). TERM is xterm-256color unless TERM is set in the environment;
COLUMNS and LINES are removed so that the size comes from the pty (--cols, --rows). Standard library only.
Exit codes: 0 measured; 1 a run never showed the marker (the screen's tail is printed); 2 bad usage.
"""

import argparse
import errno
import fcntl
import json
import os
import select
import signal
import statistics
import struct
import sys
import termios
import time

DEFAULT_MARKER = "What are you building?"
CTRL_C = b"\x03"
EXIT_GRACE_S = 5.0
SCREEN_TAIL = 500


class RunFailed(Exception):
    """A run that did not show the marker; carries what the screen had."""

    def __init__(self, message, screen):
        super().__init__(message)
        self.screen = screen


def escape(data):
    """Bytes as readable text: printable ASCII kept, everything else escaped, a line break after \\n."""
    out = []
    for byte in data:
        if byte == 0x5C:
            out.append("\\\\")
        elif byte == 0x0A:
            out.append("\\n\n")
        elif byte == 0x0D:
            out.append("\\r")
        elif byte == 0x09:
            out.append("\\t")
        elif byte == 0x1B:
            out.append("\\e")
        elif 0x20 <= byte < 0x7F:
            out.append(chr(byte))
        else:
            out.append("\\x%02x" % byte)
    return "".join(out)


def describe_status(status):
    if os.WIFEXITED(status):
        return os.WEXITSTATUS(status), "exit %d" % os.WEXITSTATUS(status)
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = "signal %d" % sig
        return -sig, "killed by %s" % name
    return None, "status %#x" % status


def child_env():
    env = dict(os.environ)
    if not env.get("TERM"):
        env["TERM"] = "xterm-256color"
    # A pty's size is the truth; an exported COLUMNS/LINES from the caller would contradict it.
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    # The launcher records a missing class-data archive before the run, never behind a timed one.
    env.setdefault("SHOULD_I_RUST_ARCHIVE", "wait")
    return env


def exec_child(master, slave, argv, env):
    """In the forked child: make the pty the controlling terminal and stdio, then exec. Never returns."""
    try:
        os.close(master)
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
        for fd in (0, 1, 2):
            os.dup2(slave, fd)
        if slave > 2:
            os.close(slave)
        # Python ignores SIGPIPE and SIGXFSZ; an ignored signal stays ignored across exec.
        for name in ("SIGPIPE", "SIGXFSZ"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), signal.SIG_DFL)
        os.execvpe(argv[0], argv, env)
    except BaseException as e:  # noqa: BLE001 - anything here must end the child, not return to the parent's code
        try:
            os.write(2, ("quiz-latency: cannot run %s: %s\n" % (argv[0], e)).encode())
        finally:
            os._exit(127)


def read_some(master):
    """Whatever the pty has; b"" once every slave side is closed (Linux reports that as EIO)."""
    try:
        return os.read(master, 65536)
    except OSError as e:
        if e.errno == errno.EIO:
            return b""
        raise


def kill_group(pid, sig):
    for target in (lambda: os.killpg(pid, sig), lambda: os.kill(pid, sig)):
        try:
            target()
            return
        except (ProcessLookupError, PermissionError):
            continue


def finish(pid, master, grace):
    """Drain the pty until the child exits; SIGKILL its process group after `grace` seconds.

    Returns (raw wait status, seconds from the call until the exit was seen, whether it was killed).
    """
    start = time.perf_counter()
    deadline = start + grace
    killed = False
    pty_open = True
    while True:
        # Seen exited but not reaped yet: its pid (the process group's id) cannot be reused meanwhile.
        if os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
            elapsed = time.perf_counter() - start
            # The process group may outlive the leader (a launcher's children); don't leave them behind.
            kill_group(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            return status, elapsed, killed
        now = time.perf_counter()
        if now >= deadline and not killed:
            kill_group(pid, signal.SIGKILL)
            killed = True
            deadline = now + grace
        elif now >= deadline and killed:
            _, status = os.waitpid(pid, 0)
            return status, time.perf_counter() - start, killed
        if pty_open:
            ready, _, _ = select.select([master], [], [], min(0.01, max(0.0, deadline - now)))
            if ready and not read_some(master):
                pty_open = False
        else:
            time.sleep(0.002)


def run_once(argv, env, marker, cols, rows, timeout):
    """One launch. Returns a dict with first_byte_ms, marker_ms, exit_code, exit_text, killed, screen."""
    master, slave = os.openpty()
    try:
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        sys.stdout.flush()
        sys.stderr.flush()
        start = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            exec_child(master, slave, argv, env)
        os.close(slave)
        slave = -1
        screen = bytearray()
        first_byte = None
        found = None
        exited = False
        deadline = start + timeout
        try:
            while found is None:
                left = deadline - time.perf_counter()
                if left <= 0:
                    break
                ready, _, _ = select.select([master], [], [], left)
                if not ready:
                    continue
                data = read_some(master)
                now = time.perf_counter()
                if not data:
                    exited = True
                    break
                if first_byte is None:
                    first_byte = now
                searched_from = max(0, len(screen) - len(marker) + 1)
                screen += data
                if screen.find(marker, searched_from) >= 0:
                    found = now
        except BaseException:
            kill_group(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            raise
        if found is None:
            if exited:
                status, _, _ = finish(pid, master, EXIT_GRACE_S)
                why = "the command ended (%s) before the marker appeared" % describe_status(status)[1]
            else:
                # SIGTERM first: a launcher may be building (Maven) rather than hung; SIGKILL if it lingers.
                kill_group(pid, signal.SIGTERM)
                finish(pid, master, 2.0)
                why = "no marker within %g s" % timeout
            raise RunFailed(why, bytes(screen))
        os.write(master, CTRL_C)
        status, exit_s, killed = finish(pid, master, EXIT_GRACE_S)
        code, text = describe_status(status)
        return {
            "first_byte_ms": (first_byte - start) * 1000.0,
            "marker_ms": (found - start) * 1000.0,
            "exit_code": code,
            "exit_text": text,
            "exit_after_ctrl_c_ms": exit_s * 1000.0,
            "killed": killed,
            "screen": bytes(screen),
        }
    finally:
        os.close(master)
        if slave >= 0:
            os.close(slave)


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="quiz-latency.py",
        usage="%(prog)s [--runs N] [--warmup N] [--marker TEXT] [--cols N --rows N] [--timeout S] "
              "[--json] [-v] -- CMD ARGS...",
        description="Median time from launch until the quiz's first question is on a (pseudo-)terminal.",
        epilog="Example: %(prog)s -- bin/should-i-rust   (exit 1 when a run never shows the marker)")
    parser.add_argument("--runs", type=int, default=20, help="measured runs (default 20)")
    parser.add_argument("--warmup", type=int, default=3, help="runs before those, not counted (default 3)")
    parser.add_argument("--marker", default=DEFAULT_MARKER,
                        help='text that means "the first question is on screen" (default: "%s")'
                             % DEFAULT_MARKER.replace("%", "%%"))
    parser.add_argument("--cols", type=int, default=100, help="terminal width (default 100)")
    parser.add_argument("--rows", type=int, default=30, help="terminal height (default 30)")
    parser.add_argument("--timeout", type=float, default=10.0,
                        help="seconds a run may take to show the marker (default 10)")
    parser.add_argument("--json", action="store_true",
                        help='print {"median_ms", "min_ms", "max_ms", "runs": [...]} instead of the line')
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="on stderr: each run (time to first byte, to the marker, exit code after Ctrl-C, "
                             "expected 130); -vv also the bytes the first measured run drew up to the marker")
    if "--" in argv:
        split = argv.index("--")
        args = parser.parse_args(argv[:split])
        args.command = argv[split + 1:]
    else:
        parser.add_argument("command", nargs="*", help=argparse.SUPPRESS)
        args = parser.parse_args(argv)
    if not args.command:
        parser.error("no command to measure: put it after --, e.g. -- bin/should-i-rust")
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be 1 or more and --warmup 0 or more")
    if not (0 < args.cols < 65536 and 0 < args.rows < 65536):
        parser.error("--cols and --rows must be between 1 and 65535")
    if args.timeout <= 0:
        parser.error("--timeout must be more than 0")
    if not args.marker:
        parser.error("--marker must not be empty")
    return args


def main(argv):
    args = parse_args(argv)
    marker = args.marker.encode("utf-8")
    env = child_env()
    log = sys.stderr

    def say(text):
        print(text, file=log, flush=True)

    if args.verbose:
        say("quiz-latency: %s on a %dx%d pty, TERM=%s, marker %r, %d warm-up + %d runs"
            % (" ".join(args.command), args.cols, args.rows, env["TERM"], args.marker, args.warmup, args.runs))
    results = []
    total = args.warmup + args.runs
    for index in range(total):
        warm = index < args.warmup
        label = "warm-up %d" % (index + 1) if warm else "run %d" % (index - args.warmup + 1)
        try:
            result = run_once(args.command, env, marker, args.cols, args.rows, args.timeout)
        except RunFailed as failure:
            say("quiz-latency: %s of %s: %s; the screen had (last %d of %d bytes, escaped):"
                % (label, " ".join(args.command), failure, min(SCREEN_TAIL, len(failure.screen)),
                   len(failure.screen)))
            say(escape(failure.screen[-SCREEN_TAIL:]) if failure.screen else "(nothing)")
            return 1
        if args.verbose:
            note = "" if result["exit_code"] == 130 else "  <- expected exit 130"
            say("%-10s first byte %7.1f ms, marker %7.1f ms, %s %.0f ms after Ctrl-C%s"
                % (label + ":", result["first_byte_ms"], result["marker_ms"], result["exit_text"],
                   result["exit_after_ctrl_c_ms"], note))
        if not warm:
            if args.verbose >= 2 and not results:
                upto = result["screen"]
                end = upto.find(marker)
                say("bytes drawn up to the marker (run 1, escaped):")
                say(escape(upto[:end + len(marker)]))
            results.append(result)

    times = [r["marker_ms"] for r in results]
    median, low, high = statistics.median(times), min(times), max(times)
    if args.verbose:
        first = [r["first_byte_ms"] for r in results]
        codes = sorted({r["exit_text"] for r in results})
        bad = [r for r in results if r["exit_code"] != 130]
        say("first byte: median %.1f ms, min %.1f, max %.1f; first byte to marker: median %.1f ms"
            % (statistics.median(first), min(first), max(first),
               statistics.median(m - f for m, f in zip(times, first))))
        say("exit after Ctrl-C: %s (%s)" % (", ".join(codes),
                                           "as expected" if not bad else "%d of %d runs not 130" % (len(bad), len(results))))
    if args.json:
        print(json.dumps({
            "median_ms": round(median, 3),
            "min_ms": round(low, 3),
            "max_ms": round(high, 3),
            "runs": [round(t, 3) for t in times],
        }))
    else:
        print("quiz first question: median %.1f ms, min %.1f, max %.1f (%d runs)" % (median, low, high, len(times)))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit(130)
