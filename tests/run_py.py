#!/usr/bin/env python3
"""Run the behavioural corpus tests/py/**.py with an interpreter and compare stdout to .exp.

A test is a `*.py` file whose name does not start with `_`, found by walking tests/py while
skipping directories that are Python packages (hold `__init__.py`) or whose names start
with `_` (helper modules, packages and the tests' scratch directories live there). Each
test runs with its own directory as cwd and its file name as the only argument; its
stdout must equal `<name>.exp` byte for byte and its exit status must be 0 (or the value a
`# exit-code: N` header line declares).

Header lines (the leading `#` comment block of a test) the tools understand:
  # exp: hand-written        first line only; gen_exp.py leaves the .exp alone (the second
                             line says why: usually MicroPython-only behaviour)
  # vibepy-args: -X k=v ...  extra interpreter options, passed to vibepy (and micropython,
                             which shares -X heapsize) but never to CPython
  # exit-code: N             the status the test deliberately exits with

Usage: run_py.py [--vibepy PATH] [--impl vibepy|cpython|micropython] [--gcstress]
                 [--heapsize N] [-j N] [--timeout S] [-v] [filters...]
Filters are substrings of the test path relative to tests/py (e.g. `types/int`, `lexer/`).
The last line printed is `N passed, N failed`; the exit status is non-zero on any failure
(and when the filters select no test, which usually means a mistyped filter).
"""

import argparse
import concurrent.futures
import difflib
import os
import shutil
import signal
import subprocess
import sys

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
CORPUS_DIR = os.path.join(TESTS_DIR, "py")
REPO_DIR = os.path.dirname(TESTS_DIR)
HEADER_SCAN_LINES = 6
DIFF_LINES_SHOWN = 60
STDERR_LINES_SHOWN = 12

# Environment shared by every interpreter: stable str hashes for CPython, no __pycache__
# left in the corpus by import tests, and UTF-8 output whatever the caller's locale.
TEST_ENV_OVERRIDES = {
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONIOENCODING": "utf-8",
}


def discover_tests(filters=()):
    """Paths (relative to CORPUS_DIR, '/'-separated, sorted) of the tests matching filters."""
    found = []
    for dirpath, dirnames, filenames in os.walk(CORPUS_DIR):
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith("_")
            and not d.startswith(".")
            and not os.path.exists(os.path.join(dirpath, d, "__init__.py"))
        )
        if dirpath == CORPUS_DIR:
            continue
        for name in filenames:
            if name.endswith(".py") and not name.startswith("_"):
                rel = os.path.relpath(os.path.join(dirpath, name), CORPUS_DIR)
                found.append(rel.replace(os.sep, "/"))
    found.sort()
    if filters:
        found = [t for t in found if any(f in t for f in filters)]
    return found


def read_header(path):
    """The test's header settings: hand_written (bool), why (str), vibepy_args (list),
    exit_code (int)."""
    with open(path, encoding="utf-8") as f:
        lines = [f.readline() for _ in range(HEADER_SCAN_LINES)]
    header = {"hand_written": False, "why": "", "vibepy_args": [], "exit_code": 0}
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        if index == 0 and body == "exp: hand-written":
            header["hand_written"] = True
            second = lines[1].strip() if len(lines) > 1 else ""
            header["why"] = second[1:].strip() if second.startswith("#") else ""
        elif body.startswith("vibepy-args:"):
            header["vibepy_args"] = body[len("vibepy-args:") :].split()
        elif body.startswith("exit-code:"):
            header["exit_code"] = int(body[len("exit-code:") :].strip())
    return header


def test_env():
    env = dict(os.environ)
    env.update(TEST_ENV_OVERRIDES)
    return env


def run_interpreter(argv, cwd, timeout):
    """Run argv in cwd; returns (stdout bytes, stderr bytes, exit status or None on timeout)."""
    proc = subprocess.Popen(
        argv,
        cwd=cwd,
        env=test_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
        return out, err, proc.returncode
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
        return out, err, None


def parse_x_options(args):
    """`-X k=v` / `-Xk=v` pairs in args as an ordered dict key -> full option text."""
    options = {}
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "-X" and i + 1 < len(args):
            value = args[i + 1]
            i += 2
        elif arg.startswith("-X"):
            value = arg[2:]
            i += 1
        else:
            raise ValueError("only -X options are supported in vibepy-args: %r" % arg)
        options[value.split("=", 1)[0]] = value
    return options


def interpreter_options(impl, header, gcstress, heapsize):
    """The -X options for this test: the command line's, overridden by the test's header."""
    if impl == "cpython":
        return []
    options = {}
    if gcstress and impl == "vibepy":
        options["gcstress"] = "gcstress"
    if heapsize:
        options["heapsize"] = "heapsize=" + heapsize
    for key, value in parse_x_options(header["vibepy_args"]).items():
        if impl == "vibepy" or key == "heapsize":
            options[key] = value
    argv = []
    for value in options.values():
        argv += ["-X", value]
    return argv


def run_one(test, interpreter, impl, gcstress, heapsize, timeout):
    """Returns (test, passed, report lines)."""
    path = os.path.join(CORPUS_DIR, test)
    exp_path = path[:-3] + ".exp"
    header = read_header(path)
    if not os.path.exists(exp_path):
        return test, False, ["missing %s" % os.path.relpath(exp_path, CORPUS_DIR)]
    with open(exp_path, "rb") as f:
        expected = f.read()
    argv = [interpreter] + interpreter_options(impl, header, gcstress, heapsize)
    argv.append(os.path.basename(path))
    out, err, status = run_interpreter(argv, os.path.dirname(path), timeout)
    problems = []
    if status is None:
        problems.append("timed out after %s s" % timeout)
    elif status != header["exit_code"]:
        problems.append("exit status %d, expected %d" % (status, header["exit_code"]))
    if out != expected:
        problems.append("stdout differs from .exp")
    if not problems:
        return test, True, []
    report = ["; ".join(problems)]
    if out != expected:
        diff = list(
            difflib.unified_diff(
                expected.decode("utf-8", "replace").splitlines(),
                out.decode("utf-8", "replace").splitlines(),
                "expected",
                "got",
                lineterm="",
            )
        )
        report += diff[:DIFF_LINES_SHOWN]
        if len(diff) > DIFF_LINES_SHOWN:
            report.append("... (%d more diff lines)" % (len(diff) - DIFF_LINES_SHOWN))
    err_lines = err.decode("utf-8", "replace").splitlines()
    if err_lines:
        report.append("stderr (last lines):")
        report += ["  " + line for line in err_lines[-STDERR_LINES_SHOWN:]]
    return test, False, report


def resolve_interpreter(path):
    if os.sep not in path:
        found = shutil.which(path)
        if found:
            return found
    return os.path.abspath(path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--vibepy",
        default=os.path.join(REPO_DIR, "target", "release", "vibepy"),
        help="interpreter to run (any path; python3 or micropython with --impl)",
    )
    parser.add_argument(
        "--impl",
        choices=("vibepy", "cpython", "micropython"),
        default="vibepy",
        help="what the interpreter is: decides which -X options it is given",
    )
    parser.add_argument("--gcstress", action="store_true", help="pass -X gcstress (vibepy)")
    parser.add_argument("--heapsize", help="pass -X heapsize=N unless the test sets its own")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds per test")
    parser.add_argument("-v", "--verbose", action="store_true", help="name every test run")
    parser.add_argument("filters", nargs="*", help="substrings of test paths to run")
    args = parser.parse_args()

    interpreter = resolve_interpreter(args.vibepy)
    tests = discover_tests(args.filters)
    if not os.path.isfile(interpreter):
        print("interpreter not found: %s" % interpreter)
        print("0 passed, %d failed" % len(tests))
        return 1
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [
            pool.submit(
                run_one, t, interpreter, args.impl, args.gcstress, args.heapsize, args.timeout
            )
            for t in tests
        ]
        for future in concurrent.futures.as_completed(futures):
            test, passed, report = future.result()
            results[test] = (passed, report)
            if args.verbose:
                print("%s %s" % ("pass" if passed else "FAIL", test), flush=True)
    failed = [t for t in tests if not results[t][0]]
    for test in failed:
        print("FAIL %s: %s" % (test, results[test][1][0]))
        for line in results[test][1][1:]:
            print("    " + line)
    if failed:
        print("failed tests: " + " ".join(failed))
    print("%d passed, %d failed" % (len(tests) - len(failed), len(failed)))
    return 1 if failed or not tests else 0


if __name__ == "__main__":
    sys.exit(main())
