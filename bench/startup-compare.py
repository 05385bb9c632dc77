#!/usr/bin/env python3
"""Start-up of this checkout against another (an earlier commit's clone), interleaved run by run so that
a noisy machine's drift hits both alike; with a JVM hello world in the same rounds for the ratio.

    git clone -q . /tmp/base && git -C /tmp/base checkout -q <commit>
    bench/startup-compare.py /tmp/base          # text and json, 30 rounds
    bench/startup-compare.py /tmp/base 60       # more rounds (at least 2)
    bench/startup-compare.py /tmp/base 30 all   # every command bench/startup-commands.sh times, as it does

On the JDK in JAVA_HOME (hello world too), else the java on PATH. Each round runs every command once, in
turn, after three untimed warm-up rounds (which also build each jar and record each launcher's
class-data archive); each checkout's commands run from its own directory, and a command that fails
stops the comparison. Prints medians and interquartile ranges in ms.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
base = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else sys.exit(__doc__)
options = sys.argv[2:]
every_command = "all" in options
numbers = [option for option in options if option != "all"]
if len(numbers) > 1 or not all(number.isdigit() and int(number) >= 2 for number in numbers):
    sys.exit(__doc__)
rounds = int(numbers[0]) if numbers else 30
# A missing class-data archive is recorded before the run that needs it, never behind a timed one.
os.environ.setdefault("SHOULD_I_RUST_ARCHIVE", "wait")
work = tempfile.mkdtemp()
with open(os.path.join(work, "Hello.java"), "w") as f:
    f.write('public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n')
jdk_bin = os.path.join(os.environ["JAVA_HOME"], "bin") if os.environ.get("JAVA_HOME") else ""
java, javac = os.path.join(jdk_bin, "java"), os.path.join(jdk_bin, "javac")
subprocess.run([javac, "--release", "17", "-d", work, os.path.join(work, "Hello.java")], check=True)

answers = ["--no-input", "-a", "building=network-service", "-a", "latency=critical"]
if every_command:
    team = "src/test/resources/compare/"
    # bench/startup-commands.sh's commands, with its arguments.
    runs = {
        "text": answers + ["-a", "lifespan=years"],
        "json": answers + ["--format", "json"],
        "markdown": answers + ["--format", "markdown"],
        "explain": ["--no-input", "--format", "json", "--explain", "-a", "building=network-service"],
        "version": ["--version"],
        "help": ["--help"],
        "questions": ["questions"],
        "schema": ["schema", "output"],
        "rules check": ["rules", "check"],
        "rules test": ["rules", "test"],
        "layer": ["--no-input", "--rules", "rules/examples/acme-policy.yaml", "-a", "building=backend-app"],
        "compare": ["compare", team + "ana.yaml", team + "bo.yaml", team + "cy.yaml"],
        "rules diff": ["rules", "diff", "rules/rust.yaml", "rules/examples/acme-policy.yaml"],
    }
else:
    runs = {"json": answers + ["--format", "json"], "text": answers}
# Each command, the directory it runs in, and the exit codes that mean it ran: rules diff, like diff,
# exits 1 when it finds a change.
commands = {"hello world": ([java, "-cp", work, "Hello"], None, (0,))}
for name, arguments in runs.items():
    for side, root in (("base", base), ("this", here)):
        ran = (0, 1) if name == "rules diff" else (0,)
        commands[side + " " + name] = (["bin/should-i-rust"] + arguments, root, ran)

times = {name: [] for name in commands}
for round_ in range(rounds + 3):
    for name, (command, directory, ran) in commands.items():
        start = time.perf_counter()
        finished = subprocess.run(command, cwd=directory, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if finished.returncode not in ran:
            # A failing command is fast, and would be timed as if it were the real thing.
            sys.exit(f"{name} ({directory or 'here'}): exit {finished.returncode}: "
                     + finished.stderr.decode(errors="replace").strip()[:400])
        if round_ >= 3:
            times[name].append((time.perf_counter() - start) * 1000)

with open("/proc/loadavg") as f:
    print(f"{rounds} rounds, {os.cpu_count()} cores, load {' '.join(f.read().split()[:3])}")
hello = statistics.median(times["hello world"])
for name, values in times.items():
    low, _, high = statistics.quantiles(values, n=4)
    print(f"  {name:17s} median {statistics.median(values):6.1f} ms  (IQR {low:.1f}-{high:.1f})"
          f"  {statistics.median(values) / hello:.2f}x hello world")
