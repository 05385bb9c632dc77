#!/usr/bin/env python3
"""Runs a command on a new pseudo-terminal and plays a script at it, as a person at a terminal would.

    pty-session.py ROWS COLS STEP... -- COMMAND...

Steps:
  wait:TEXT       until the output since the last wait holds TEXT (20 s at most)
  send:TEXT       types TEXT; \\xNN escapes stand for bytes (\\x1a is Ctrl-Z)
  resize:RxC      the window takes R rows and C columns (the kernel sends SIGWINCH)
  signal:NAME     sends the signal to the command (TERM, STOP, CONT)
  sleep:SECONDS

Then it waits for the command to end (20 s at most), writes everything the command wrote to stdout,
and ends with a line "exit N" or "signal N". Output past 4 MiB or a wait that times out ends the
command and this script with exit code 3, printing what came so far: a runaway never fills a disk.
"""
import fcntl, os, pty, select, signal, struct, sys, termios, time

LIMIT = 4 << 20
output = bytearray()


def window(fd, rows, cols):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def read_some(fd, timeout):
    """Reads what is there within timeout; False once the command closed the terminal."""
    ready, _, _ = select.select([fd], [], [], timeout)
    if not ready:
        return True
    try:
        data = os.read(fd, 65536)
    except OSError:
        return False
    if not data:
        return False
    output.extend(data)
    if len(output) > LIMIT:
        give_up("more than 4 MiB of output")
    return True


def give_up(why):
    os.kill(pid, signal.SIGKILL)
    sys.stdout.buffer.write(bytes(output))
    sys.stdout.write("\npty-session: " + why + "\n")
    sys.exit(3)


rows, cols = int(sys.argv[1]), int(sys.argv[2])
split = sys.argv.index("--")
steps, command = sys.argv[3:split], sys.argv[split + 1:]
pid, fd = pty.fork()
if pid == 0:
    window(0, rows, cols)
    os.execvp(command[0], command)

mark = 0
open_ = True
for step in steps:
    kind, _, arg = step.partition(":")
    if kind == "wait":
        deadline = time.monotonic() + 20
        while arg.encode() not in output[mark:]:
            if not open_ or time.monotonic() > deadline:
                give_up("waited in vain for " + repr(arg))
            open_ = read_some(fd, 0.1)
        mark = output.index(arg.encode(), mark) + len(arg.encode())
    elif kind == "send":
        os.write(fd, arg.encode().decode("unicode_escape").encode("latin-1"))
    elif kind == "resize":
        r, c = arg.split("x")
        window(fd, int(r), int(c))
    elif kind == "signal":
        os.kill(pid, getattr(signal, "SIG" + arg))
    elif kind == "sleep":
        end = time.monotonic() + float(arg)
        while open_ and time.monotonic() < end:
            open_ = read_some(fd, max(0.0, end - time.monotonic()))
    else:
        give_up("unknown step " + repr(step))

deadline = time.monotonic() + 20
while open_ and time.monotonic() < deadline:
    open_ = read_some(fd, 0.1)
for _ in range(200):
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        break
    time.sleep(0.1)
else:
    give_up("the command did not end")
sys.stdout.buffer.write(bytes(output))
if os.WIFSIGNALED(status):
    sys.stdout.write("\nsignal %d\n" % os.WTERMSIG(status))
else:
    sys.stdout.write("\nexit %d\n" % os.WEXITSTATUS(status))
