#!/usr/bin/env python3
"""End-to-end tests of VibePy's friendly REPL: the real `vibepy` binary on a
pseudo-terminal, fed keys as a terminal sends them, its output checked byte for byte (the
echo, the line editor's redrawing with backspaces and spaces, CR LF line ends) and, for a
whole session, as the screen it leaves.

Each test starts its own `vibepy` in a fresh temporary directory.

Usage: test_repl.py [filters...]   (filters: substrings of test names)
Environment: VIBEPY=path/to/vibepy (default: target/release/vibepy).
The last line printed is `N passed, N failed`; the exit status is non-zero on failure.
"""

import os
import re
import sys
import tempfile
import termios
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptyharness import Session, check, check_screen, run_tests  # noqa: E402

BANNER_RE = re.compile(
    rb"VibePy \d+\.\d+\.\d+\S* \(Python 3\.11 language, MicroPython bytecode\); "
    rb"Ctrl\+D to exit\r\n>>> "
)
LEFT, RIGHT, UP, DOWN = b"\x1b[D", b"\x1b[C", b"\x1b[A", b"\x1b[B"
HOME, END = b"\x1b[H", b"\x1b[F"
CTRL_B, CTRL_C, CTRL_D, CTRL_E = b"\x02", b"\x03", b"\x04", b"\x05"
BACKSPACE = b"\x7f"  # what terminals send for the Backspace key


class Repl:
    """A `vibepy` REPL session in a temporary directory, started and past its banner."""

    def __enter__(self):
        self.dir = tempfile.TemporaryDirectory(prefix="vibepy-repl-")
        self.session = Session(self.dir.name)
        self.session.banner = self.session.read_until(b">>> ")
        return self.session

    def __exit__(self, *exc):
        self.session.close()
        self.dir.cleanup()


def test_banner_and_prompt():
    with Repl() as s:
        # Re-read from the start: the whole first output must be the banner and prompt.
        first = bytes(s.output[: s.consumed])
        check(BANNER_RE.fullmatch(first), f"unexpected banner: {first!r}")
        # Ctrl+B at an empty prompt prints the banner again.
        s.send(CTRL_B)
        again = s.read_until(b">>> ")
        check(again.startswith(b"\r\n"), f"Ctrl+B output: {again!r}")
        check(BANNER_RE.fullmatch(again[2:]), f"Ctrl+B output: {again!r}")


def test_arithmetic():
    with Repl() as s:
        s.expect(b"1 + 2\r", b"1 + 2\r\n3\r\n>>> ")
        s.expect(b"2**100\r", b"2**100\r\n1267650600228229401496703205376\r\n>>> ")
        s.expect(b"7 // 2, 7 % 2, -7 / 2\r", b"7 // 2, 7 % 2, -7 / 2\r\n(3, 1, -3.5)\r\n>>> ")
        s.expect(b"'ab' * 3\r", b"'ab' * 3\r\n'ababab'\r\n>>> ")
        # A statement prints nothing; None is not echoed.
        s.expect(b"x = 6 * 7\r", b"x = 6 * 7\r\n>>> ")
        s.expect(b"None\r", b"None\r\n>>> ")
        s.expect(b"x\r", b"x\r\n42\r\n>>> ")
        # Enter on an empty line just prompts again.
        s.expect(b"\r", b"\r\n>>> ")


def test_underscore_holds_last_value():
    with Repl() as s:
        s.expect(b"2**100\r", b"2**100\r\n1267650600228229401496703205376\r\n>>> ")
        s.expect(b"_\r", b"_\r\n1267650600228229401496703205376\r\n>>> ")
        s.expect(b"_ + 1\r", b"_ + 1\r\n1267650600228229401496703205377\r\n>>> ")
        # Statements and None leave `_` alone.
        s.expect(b"y = 5\r", b"y = 5\r\n>>> ")
        s.expect(b"print('hi')\r", b"print('hi')\r\nhi\r\n>>> ")
        s.expect(b"_ - 1\r", b"_ - 1\r\n1267650600228229401496703205376\r\n>>> ")


def test_def_block_with_auto_indent():
    with Repl() as s:
        # After a line ending in ':' the next line comes pre-filled with 4 spaces.
        s.expect(b"def f(x):\r", b"def f(x):\r\n...     ", ending=b"...     ")
        # The body keeps the indentation for the next line.
        s.expect(b"return x * 2\r", b"return x * 2\r\n...     ", ending=b"...     ")
        # Backspace in the indentation removes one level (4 columns) at once: back 4,
        # blank 4, back 4. Enter on the now empty line ends the block and runs it.
        s.expect(BACKSPACE, b"\x08\x08\x08\x08    \x08\x08\x08\x08", ending=b"    \x08\x08\x08\x08")
        s.expect(b"\r", b"\r\n>>> ")
        s.expect(b"f(21)\r", b"f(21)\r\n42\r\n>>> ")
        # Without Backspace: Enter on an indented blank line keeps the indent once, the
        # second blank line drops it, and Enter on the empty third line runs the block.
        s.expect(b"def g(n):\r", b"def g(n):\r\n...     ", ending=b"...     ")
        s.expect(b"for i in range(n):\r", b"for i in range(n):\r\n...         ",
                 ending=b"...         ")
        s.expect(b"print(i, end=' ')\r", b"print(i, end=' ')\r\n...         ",
                 ending=b"...         ")
        s.expect(b"\r", b"\r\n...         ", ending=b"...         ")
        s.expect(b"\r", b"\r\n... ", ending=b"... ")
        s.expect(b"\r", b"\r\n>>> ")
        s.expect(b"g(4)\r", b"g(4)\r\n0 1 2 3 >>> ")


def test_multiline_expression_continues_until_closed():
    with Repl() as s:
        s.expect(b"[1,\r", b"[1,\r\n... ", ending=b"... ")
        s.expect(b"2]\r", b"2]\r\n[1, 2]\r\n>>> ")
        s.expect(b"s = '''a\r", b"s = '''a\r\n... ", ending=b"... ")
        s.expect(b"b'''\r", b"b'''\r\n>>> ")
        s.expect(b"s\r", b"s\r\n'a\\nb'\r\n>>> ")


def test_arrow_key_editing():
    with Repl() as s:
        # LEFT moves back one column (a backspace); typing '3' in the middle redraws the
        # rest of the line ("32)") and moves back over it.
        s.send(b"print(12)" + LEFT + LEFT)
        s.expect(b"3\r", b"print(12)\x08\x0832)\x08\x08\r\n132\r\n>>> ")
        # HOME goes to the start, RIGHT moves over a character (by redrawing it), END to
        # the end; Backspace there removes the last character.
        s.send(b"1+2" + HOME + RIGHT)
        s.expect(b"0" + END + BACKSPACE + b"5\r",
                 b"1+2\x08\x08\x081" + b"0+2\x08\x08" + b"+2" + b"\x08 \x08" + b"5"
                 + b"\r\n15\r\n>>> ")


def test_history_recall():
    with Repl() as s:
        s.expect(b"a = 10\r", b"a = 10\r\n>>> ")
        s.expect(b"a * 3\r", b"a * 3\r\n30\r\n>>> ")
        # UP shows the newest line; a second UP replaces it with the older one (back over
        # it, redraw); DOWN comes back (back, redraw, blank the leftover column, back).
        s.expect(UP, b"a * 3", ending=b"a * 3")
        s.expect(UP, b"\x08" * 5 + b"a = 10", ending=b"a = 10")
        s.expect(DOWN, b"\x08" * 6 + b"a * 3 \x08", ending=b" \x08")
        # Enter runs the recalled line.
        s.expect(b"\r", b"\r\n30\r\n>>> ")
        s.expect(b"a = 7\r", b"a = 7\r\n>>> ")
        s.expect(UP + UP + b"\r", b"a = 7" + b"\x08" * 5 + b"a * 3\r\n21\r\n>>> ")
        # DOWN past the newest entry gives back an empty line.
        s.expect(UP + DOWN + b"1\r",
                 b"a * 3" + b"\x08" * 5 + b" " * 5 + b"\x08" * 5 + b"1\r\n1\r\n>>> ")
        # The screen shows each recalled line once, as if typed.
        check_screen(
            s.output,
            [
                s.banner.decode().split("\r\n")[0],
                ">>> a = 10",
                ">>> a * 3",
                "30",
                ">>> a * 3",
                "30",
                ">>> a = 7",
                ">>> a * 3",
                "21",
                ">>> 1",
                "1",
                ">>>",
            ],
        )


def test_ctrl_c_cancels_the_line():
    with Repl() as s:
        s.expect(b"x = 1\r", b"x = 1\r\n>>> ")
        s.expect(b"x = 2" + CTRL_C, b"x = 2\r\n>>> ")
        s.expect(b"x\r", b"x\r\n1\r\n>>> ")
        # In a block, Ctrl+C drops the whole statement.
        s.expect(b"if 1:\r", b"if 1:\r\n...     ", ending=b"...     ")
        s.expect(b"x = 3" + CTRL_C, b"x = 3\r\n>>> ")
        s.expect(b"x\r", b"x\r\n1\r\n>>> ")


def test_exception_traceback_and_recovery():
    with Repl() as s:
        s.expect(
            b"1/0\r",
            b"1/0\r\nTraceback (most recent call last):\r\n"
            b'  File "<stdin>", line 1, in <module>\r\n'
            b"ZeroDivisionError: division by zero\r\n>>> ",
        )
        s.expect(b"1 + 1\r", b"1 + 1\r\n2\r\n>>> ")
        s.expect(b"def bad():\r", b"def bad():\r\n...     ", ending=b"...     ")
        s.expect(b"return {}['k']\r", b"return {}['k']\r\n...     ", ending=b"...     ")
        s.expect(BACKSPACE + b"\r", b"\x08\x08\x08\x08    \x08\x08\x08\x08\r\n>>> ")
        s.expect(
            b"bad()\r",
            b"bad()\r\nTraceback (most recent call last):\r\n"
            b'  File "<stdin>", line 1, in <module>\r\n'
            b'  File "<stdin>", line 2, in bad\r\n'
            b"KeyError: 'k'\r\n>>> ",
        )
        s.expect(
            b"undefined_name\r",
            b"undefined_name\r\nTraceback (most recent call last):\r\n"
            b'  File "<stdin>", line 1, in <module>\r\n'
            b"NameError: name 'undefined_name' is not defined\r\n>>> ",
        )
        # A syntax error is shown as CPython shows it: no frames, the line and a caret.
        s.expect(
            b"1 +* 2\r",
            b'1 +* 2\r\n  File "<stdin>", line 1\r\n    1 +* 2\r\n       ^\r\n'
            b"SyntaxError: invalid syntax\r\n>>> ",
        )
        s.expect(b"'still here'\r", b"'still here'\r\n'still here'\r\n>>> ")


def test_paste_mode():
    with Repl() as s:
        s.expect(
            CTRL_E,
            b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ",
            ending=b"=== ",
        )
        # Pasted text arrives with '\n' line ends; no auto-indent, each line echoed after
        # a `=== ` prompt.
        pasted = b"def h(n):\n    total = 0\n    for i in range(n):\n        total += i\n" \
                 b"    return total\n\nprint(h(5))\nprint('done')\n"
        s.send(pasted)
        s.send(CTRL_D)
        out = s.read_until(b">>> ")
        expected = (
            b"def h(n):\r\n===     total = 0\r\n===     for i in range(n):\r\n"
            b"===         total += i\r\n===     return total\r\n=== \r\n"
            b"=== print(h(5))\r\n=== print('done')\r\n=== \r\n10\r\ndone\r\n>>> "
        )
        check(out == expected, f"paste mode:\n  expected {expected!r}\n  got      {out!r}")
        s.expect(b"h(3)\r", b"h(3)\r\n3\r\n>>> ")
        # Ctrl+C leaves paste mode without running anything.
        s.expect(CTRL_E, b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ",
                 ending=b"=== ")
        s.expect(b"h = None" + CTRL_C, b"h = None\r\n>>> ")
        s.expect(b"h(4)\r", b"h(4)\r\n6\r\n>>> ")
        # An exception in pasted code is reported with its line number.
        s.expect(CTRL_E, b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ",
                 ending=b"=== ")
        s.send(b"a = 1\nb = a / 0\n" + CTRL_D)
        out = s.read_until(b">>> ")
        check(
            out.endswith(
                b"\r\nTraceback (most recent call last):\r\n"
                b'  File "<stdin>", line 2, in <module>\r\n'
                b"ZeroDivisionError: division by zero\r\n>>> "
            ),
            f"paste mode exception: {out!r}",
        )


def test_keyboard_interrupt_stops_a_loop():
    with Repl() as s:
        s.expect(b"while True: pass\r", b"while True: pass\r\n... ", ending=b"... ")
        s.send(b"\r")
        s.read_until(b"\r\n")  # the blank line is echoed; the loop now runs
        time.sleep(0.2)
        s.expect(
            CTRL_C,
            b"Traceback (most recent call last):\r\n"
            b'  File "<stdin>", line 1, in <module>\r\n'
            b"KeyboardInterrupt\r\n>>> ",
        )
        s.expect(b"1 + 1\r", b"1 + 1\r\n2\r\n>>> ")
        # The same inside a function, a few frames down, and from a sleep.
        s.send(b"def spin():\r")
        s.read_until(b"...     ")
        s.send(b"while True: pass\r" + BACKSPACE + b"\r")
        s.read_until(b">>> ")
        s.send(b"import time; [spin() for _ in range(1)]\r")
        s.read_until(b"\r\n")
        time.sleep(0.2)
        s.send(CTRL_C)
        out = s.read_until(b">>> ")
        check(out.startswith(b"Traceback (most recent call last):\r\n")
              and out.endswith(b"KeyboardInterrupt\r\n>>> "), f"interrupt in a call: {out!r}")
        check(b", in spin\r\n" in out, f"traceback lacks the spin frame: {out!r}")
        s.send(b"time.sleep(60)\r")
        s.read_until(b"\r\n")
        time.sleep(0.2)
        started = time.monotonic()
        s.send(CTRL_C)
        out = s.read_until(b">>> ")
        check(out.endswith(b"KeyboardInterrupt\r\n>>> "), f"interrupted sleep: {out!r}")
        check(time.monotonic() - started < 5, "Ctrl+C took too long to stop time.sleep")
        s.expect(b"'alive'\r", b"'alive'\r\n'alive'\r\n>>> ")


def test_ctrl_d_exits_with_status_0():
    with Repl() as s:
        s.expect(b"1\r", b"1\r\n1\r\n>>> ")
        s.send(CTRL_D)
        status = s.wait_exit()
        check(status == 0, f"exit status {status}, expected 0")
        rest = s.read_rest()
        check(rest == b"\r\n", f"output after Ctrl+D: {rest!r}")
        # The terminal got its settings back (echo and line editing on again).
        attrs = termios.tcgetattr(s.master)
        check(attrs[3] & termios.ECHO and attrs[3] & termios.ICANON,
              "vibepy left the terminal in raw mode")


def test_ctrl_d_only_exits_on_an_empty_line():
    with Repl() as s:
        # Ctrl+D on a non-empty line deletes the character under the cursor.
        s.send(b"12" + LEFT + LEFT + CTRL_D)
        s.expect(b"\r", b"12\x08\x082 \x08\x08\r\n2\r\n>>> ")
        s.send(CTRL_D)
        check(s.wait_exit() == 0, "Ctrl+D on an empty line did not exit with status 0")


def test_system_exit_status():
    with Repl() as s:
        s.send(b"raise SystemExit(3)\r")
        status = s.wait_exit()
        check(status == 3, f"exit status {status}, expected 3")


def test_whole_session_screen():
    with Repl() as s:
        s.send(b"1 + 2\r")
        s.read_until(b">>> ")
        s.send(b"def f(x):\rreturn x * 2\r" + BACKSPACE + b"\r")
        s.read_until(b">>> ")
        s.send(b"f(5)\r")
        s.read_until(b">>> ")
        s.send(b"print(12)" + LEFT + LEFT + b"3\r")
        s.read_until(b">>> ")
        s.send(UP + b"\r")
        s.read_until(b">>> ")
        s.send(b"oops" + CTRL_C)
        s.read_until(b">>> ")
        s.send(b"1/0\r")
        s.read_until(b">>> ")
        s.send(b"_\r")
        s.read_until(b">>> ")
        s.send(CTRL_D)
        check(s.wait_exit() == 0, "Ctrl+D did not exit with status 0")
        s.read_rest()
        check_screen(
            s.output,
            [
                s.banner.decode().split("\r\n")[0],
                ">>> 1 + 2",
                "3",
                ">>> def f(x):",
                "...     return x * 2",
                "...",
                ">>> f(5)",
                "10",
                ">>> print(132)",
                "132",
                ">>> print(132)",
                "132",
                ">>> oops",
                ">>> 1/0",
                "Traceback (most recent call last):",
                '  File "<stdin>", line 1, in <module>',
                "ZeroDivisionError: division by zero",
                ">>> _",
                "10",
                ">>>",
                "",
            ],
        )


TESTS = [(name[len("test_"):], f) for name, f in list(globals().items())
         if name.startswith("test_") and callable(f)]

if __name__ == "__main__":
    sys.exit(run_tests(TESTS, sys.argv[1:]))
