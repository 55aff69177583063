#!/usr/bin/env python3
"""python.elf on qemu-host (qemu-host/), the small AArch64 kernel offering kapi v1 in QEMU,
driven over its UART: the REPL typed at like a terminal, files, memory and recursion
limits, Ctrl+C, the raw REPL and mpremote, exit statuses. Every test boots a fresh machine.

Usage: test_qemu.py [filters...]   (PYTHON_ELF=..., QEMU_HOST=... override the images)
The last line printed is `N passed, N failed`; the exit status is non-zero on failure.
"""

import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qemuhost  # noqa: E402
from qemuhost import Machine  # noqa: E402
from ptyharness import TestFailure, check, check_screen, run_tests  # noqa: E402

PROMPT = b">>> "
UP, DOWN, RIGHT, LEFT = b"\x1b[A", b"\x1b[B", b"\x1b[C", b"\x1b[D"
HOME, END = b"\x1b[H", b"\x1b[F"
CTRL_A, CTRL_B, CTRL_C, CTRL_D = b"\x01", b"\x02", b"\x03", b"\x04"
BACKSPACE = b"\x7f"


def repl(**kwargs):
    m = Machine(**kwargs)
    m.banner = m.read_until(PROMPT)
    return m


def test_script_prints_and_exits_0():
    with Machine(args="python /python/hello.py",
                 files={"/python/hello.py": "print(1 + 2)\n"}) as m:
        check(m.read_until(b"3\r\n") == b"3\r\n", f"output: {bytes(m.output)!r}")
        status = m.wait_exit()
        check(status == 0, f"exit status {status}")


TESTS = [(name, f) for name, f in sorted(globals().items()) if name.startswith("test_")]

if __name__ == "__main__":
    qemuhost.check_tools()
    sys.exit(run_tests(TESTS, sys.argv[1:]))
