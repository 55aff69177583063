#!/usr/bin/env python3
"""Write the expected output `<name>.exp` of every corpus test by running it under CPython.

Each test (see run_py.py for which files are tests) runs with the interpreter running this
script (`sys.executable`, CPython 3.11), PYTHONHASHSEED=0, its own directory as cwd and its
file name as the only argument; its stdout becomes the .exp. A test must exit with status 0
(or the one its `# exit-code: N` header declares): tests catch and print their own
exceptions, so anything else is a bug in the test and no .exp is written for it.
Tests whose first line is `# exp: hand-written` are skipped (their .exp follows MicroPython
and is written by hand); their second line must say why.

Usage: gen_exp.py [--check] [filters...]
  --check   regenerate in memory and report the tests whose .exp differs; write nothing
Exit status is non-zero when a test misbehaves or (with --check) any .exp differs.
"""

import argparse
import difflib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_py import CORPUS_DIR, discover_tests, read_header, run_interpreter  # noqa: E402

TIMEOUT_SECONDS = 60


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="report differences only")
    parser.add_argument("filters", nargs="*", help="substrings of test paths")
    args = parser.parse_args()

    tests = discover_tests(args.filters)
    written = unchanged = skipped = 0
    problems = []
    for test in tests:
        path = os.path.join(CORPUS_DIR, test)
        exp_path = path[:-3] + ".exp"
        header = read_header(path)
        if header["hand_written"]:
            if not header["why"]:
                problems.append("%s: hand-written .exp but no reason on line 2" % test)
            elif not os.path.exists(exp_path):
                problems.append("%s: hand-written .exp is missing" % test)
            skipped += 1
            continue
        out, err, status = run_interpreter(
            [sys.executable, os.path.basename(path)], os.path.dirname(path), TIMEOUT_SECONDS
        )
        if status != header["exit_code"]:
            tail = err.decode("utf-8", "replace").strip().splitlines()[-3:]
            problems.append(
                "%s: exit status %s (expected %d): %s"
                % (test, status, header["exit_code"], " | ".join(tail))
            )
            continue
        if err and header["exit_code"] == 0:
            print("warning: %s wrote to stderr: %r" % (test, err[:200]))
        old = None
        if os.path.exists(exp_path):
            with open(exp_path, "rb") as f:
                old = f.read()
        if old == out:
            unchanged += 1
            continue
        if args.check:
            problems.append("%s: .exp %s" % (test, "missing" if old is None else "differs"))
            if old is not None:
                diff = difflib.unified_diff(
                    old.decode("utf-8", "replace").splitlines(),
                    out.decode("utf-8", "replace").splitlines(),
                    "exp",
                    "cpython",
                    lineterm="",
                )
                for line in list(diff)[:30]:
                    print("    " + line)
            continue
        with open(exp_path, "wb") as f:
            f.write(out)
        written += 1
        print("wrote %s" % os.path.relpath(exp_path, CORPUS_DIR))
    for problem in problems:
        print("PROBLEM " + problem)
    print(
        "%d tests: %d written, %d unchanged, %d hand-written, %d problems"
        % (len(tests), written, unchanged, skipped, len(problems))
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
