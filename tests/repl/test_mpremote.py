#!/usr/bin/env python3
"""End-to-end tests of VibePy's raw REPL: first the protocol itself, byte for byte (raw
REPL framing, soft reset, raw-paste flow control), then `mpremote` (PyPI) driving the real
`vibepy` binary as if it were a board on a serial port.

`vibepy` runs on a pseudo-terminal in a fresh temporary directory (its cwd, which is where
`:` paths land, since vibepy's file root is the host's `/`); a second pty is bridged to it
and mpremote is given that pty's slave path: `mpremote connect /dev/pts/N ...`.

Usage: test_mpremote.py [filters...]   (filters: substrings of test names)
Environment: VIBEPY=path/to/vibepy (default: target/release/vibepy).
The last line printed is `N passed, N failed`; the exit status is non-zero on failure.
"""

import os
import struct
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptyharness import SerialBridge, Session, TestFailure, check, run_tests  # noqa: E402

CTRL_A, CTRL_B, CTRL_C, CTRL_D = b"\x01", b"\x02", b"\x03", b"\x04"
RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n>"
RAW_PASTE_WINDOW = 512
MPREMOTE_TIMEOUT = 60

# Text with a bit of everything a text file holds; binary with every byte value, several
# raw-paste windows long once mpremote has written it out as `b'\x..'` literals.
TEXT = "first line\n\tindented 'quoted' \"double\"\nünïcödé ✓\n\nlast line, no newline"
BINARY = bytes(range(256)) * 24 + b"\x00\r\n\x04\x03\x1b[A\xff"


class Device:
    """vibepy in a temporary directory, with a pty at its back for serial tools."""

    def __enter__(self):
        self.dir = tempfile.TemporaryDirectory(prefix="vibepy-device-")
        self.local = tempfile.TemporaryDirectory(prefix="vibepy-local-")
        self.path = self.dir.name
        self.session = Session(self.path)
        self.session.read_until(b">>> ")
        self.bridge = None
        return self

    def raw(self):
        """The session, for talking the protocol directly (before any `mpremote` call:
        from then on the bridge reads vibepy's output)."""
        return self.session

    def mpremote(self, *args, expect_status=0, timeout=MPREMOTE_TIMEOUT):
        """Run mpremote against the device; returns its stdout (bytes)."""
        if self.bridge is None:
            self.bridge = SerialBridge(self.session)
        command = [sys.executable, "-m", "mpremote", "connect", self.bridge.device, *args]
        # No user configuration (aliases, hooks) from ~/.config/mpremote.
        env = dict(os.environ, XDG_CONFIG_HOME=self.local.name)
        try:
            done = subprocess.run(
                command, cwd=self.local.name, env=env, capture_output=True, timeout=timeout
            )
        except subprocess.TimeoutExpired as e:
            raise TestFailure(
                f"mpremote {' '.join(args)} timed out after {timeout}s; stdout {e.stdout!r}; "
                f"vibepy's last output: {bytes(self.session.output[-300:])!r}"
            ) from None
        if expect_status is not None and done.returncode != expect_status:
            raise TestFailure(
                f"mpremote {' '.join(args)} exited with {done.returncode} "
                f"(expected {expect_status})\n  stdout: {done.stdout!r}\n"
                f"  stderr: {done.stderr!r}"
            )
        self.last_stderr = done.stderr
        return done.stdout

    def device_file(self, name):
        return os.path.join(self.path, name)

    def local_file(self, name):
        return os.path.join(self.local.name, name)

    def __exit__(self, *exc):
        if self.bridge is not None:
            self.bridge.close()
        self.session.close()
        self.dir.cleanup()
        self.local.cleanup()


def write_file(path, data):
    with open(path, "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)


def read_file(path):
    with open(path, "rb") as f:
        return f.read()


def check_same(got, expected, what):
    if got != expected:
        at = next((i for i, (a, b) in enumerate(zip(got, expected)) if a != b),
                  min(len(got), len(expected)))
        raise TestFailure(
            f"{what}: {len(got)} bytes, expected {len(expected)}; first difference at "
            f"byte {at}: got {got[at:at + 16]!r}, expected {expected[at:at + 16]!r}"
        )


# ---- the protocol, byte for byte -------------------------------------------------------


def enter_raw(s):
    s.expect(CTRL_A, b"\r\n" + RAW_BANNER, ending=RAW_BANNER)


def test_raw_repl_framing():
    with Device() as d:
        s = d.raw()
        enter_raw(s)
        # Input is not echoed; Ctrl+D runs it: OK, output, \x04, error text, \x04, '>'.
        s.expect(b"print(1 + 2)\nprint('x' * 3)" + CTRL_D, b"OK3\r\nxxx\r\n\x04\x04>",
                 ending=b"\x04>")
        # State persists between runs.
        s.expect(b"a = 40" + CTRL_D, b"OK\x04\x04>", ending=b"\x04>")
        s.expect(b"print(a + 2)" + CTRL_D, b"OK42\r\n\x04\x04>", ending=b"\x04>")
        # An exception: its traceback goes in the second section.
        s.expect(
            b"print('before')\n1/0" + CTRL_D,
            b"OKbefore\r\n\x04Traceback (most recent call last):\r\n"
            b'  File "<stdin>", line 2, in <module>\r\n'
            b"ZeroDivisionError: division by zero\r\n\x04>",
            ending=b"\x04>",
        )
        # A missing file is reported as MicroPython does, which tools parse.
        s.expect(
            b"open('no-such-file')" + CTRL_D,
            b"OK\x04Traceback (most recent call last):\r\n"
            b'  File "<stdin>", line 1, in <module>\r\n'
            b"OSError: [Errno 2] ENOENT\r\n\x04>",
            ending=b"\x04>",
        )
        s.expect(
            b"x = (" + CTRL_D,
            b'OK\x04  File "<stdin>", line 1\r\n    x = (\r\n        ^\r\n'
            b"SyntaxError: '(' was never closed\r\n\x04>",
            ending=b"\x04>",
        )
        # Ctrl+C drops typed input; Ctrl+A starts over with the banner.
        s.expect(b"print('dropped')" + CTRL_C + b"print('kept')" + CTRL_D,
                 b"OKkept\r\n\x04\x04>", ending=b"\x04>")
        s.expect(b"junk" + CTRL_A, b"\r\n" + RAW_BANNER, ending=RAW_BANNER)
        s.expect(b"print(a)" + CTRL_D, b"OK40\r\n\x04\x04>", ending=b"\x04>")
        # Ctrl+B: back to the friendly REPL, which still has the state.
        s.send(CTRL_B)
        out = s.read_until(b">>> ")
        check(out.startswith(b"\r\nVibePy "), f"Ctrl+B did not print the banner: {out!r}")
        s.expect(b"a\r", b"a\r\n40\r\n>>> ")


def test_raw_repl_soft_reset():
    with Device() as d:
        s = d.raw()
        enter_raw(s)
        s.expect(b"a = 1" + CTRL_D, b"OK\x04\x04>", ending=b"\x04>")
        # Ctrl+D on empty input: soft reboot, then the raw REPL banner again.
        s.expect(CTRL_D, b"soft reboot\r\n" + RAW_BANNER, ending=RAW_BANNER)
        s.expect(
            b"print(a)" + CTRL_D,
            b"OK\x04Traceback (most recent call last):\r\n"
            b'  File "<stdin>", line 1, in <module>\r\n'
            b"NameError: name 'a' is not defined\r\n\x04>",
            ending=b"\x04>",
        )
        # The machine still works after several resets in a row.
        for _ in range(3):
            s.expect(CTRL_D, b"soft reboot\r\n" + RAW_BANNER, ending=RAW_BANNER)
        s.expect(b"print(sum(range(10)))" + CTRL_D, b"OK45\r\n\x04\x04>", ending=b"\x04>")


def test_raw_repl_keyboard_interrupt():
    with Device() as d:
        s = d.raw()
        enter_raw(s)
        s.expect(b"print('go')\nwhile True: pass" + CTRL_D, b"OKgo\r\n", ending=b"go\r\n")
        time.sleep(0.2)
        s.expect(
            CTRL_C,
            b"\x04Traceback (most recent call last):\r\n"
            b'  File "<stdin>", line 2, in <module>\r\n'
            b"KeyboardInterrupt\r\n\x04>",
            ending=b"\x04>",
        )
        s.expect(b"print('after')" + CTRL_D, b"OKafter\r\n\x04\x04>", ending=b"\x04>")


def test_raw_repl_takes_bytes_verbatim():
    with Device() as d:
        s = d.raw()
        enter_raw(s)
        # Escape sequences, DEL and CR LF line ends reach the compiler as sent, where the
        # friendly REPL would have read arrow keys, Backspace and Enter.
        program = b'a = "\x1b[A\x1bOB\x1b[1;5C\x7f\x1b"\r\nprint(repr(a), len(a))\r\n'
        s.expect(program + CTRL_D, b"OK'\\x1b[A\\x1bOB\\x1b[1;5C\\x7f\\x1b' 14\r\n\x04\x04>",
                 ending=b"\x04>")
        # The same through raw-paste, where each byte counts towards the window.
        s.send(b"\x05A\x01")
        check(read_exactly(s, 4) == b"R\x01\x00\x02", "raw-paste header")
        program = b's = "' + b"\x1b[A" * 300 + b'"\r\nprint(len(s), repr(s[:2]))\r\n'
        for at in range(0, len(program), RAW_PASTE_WINDOW):
            s.send(program[at : at + RAW_PASTE_WINDOW])
            if at + RAW_PASTE_WINDOW <= len(program):
                check(read_exactly(s, 1) == b"\x01", f"no \\x01 after {at + 512} bytes")
        s.send(CTRL_D)
        s.expect(b"", b"\x04900 '\\x1b['\r\n\x04\x04>", ending=b"\x04>")
        # Back at the friendly REPL, keys are decoded again.
        s.send(CTRL_B)
        s.read_until(b">>> ")
        s.expect(b"12\x1b[D3\r", b"12\x0832\x08\r\n132\r\n>>> ")


def read_exactly(s, count, timeout=10):
    deadline = time.monotonic() + timeout
    while len(s.output) - s.consumed < count:
        if not s._pump(deadline):
            raise TestFailure(
                f"wanted {count} bytes, got {bytes(s.output[s.consumed:])!r}")
    got = bytes(s.output[s.consumed : s.consumed + count])
    s.consumed += count
    return got


def check_quiet(s, what, quiet=0.3):
    extra = s.read_rest(quiet)
    check(extra == b"", f"{what}: unexpected output {extra!r}")


def test_raw_paste_flow_control():
    with Device() as d:
        s = d.raw()
        enter_raw(s)
        s.send(b"\x05A\x01")
        header = read_exactly(s, 4)
        check(header[:2] == b"R\x01", f"raw-paste not accepted: {header!r}")
        window = struct.unpack("<H", header[2:])[0]
        check(window == RAW_PASTE_WINDOW, f"window size {window}")
        # Exactly 3.5 windows of program: one \x01 per window taken, never early.
        body = b"s = '" + b"p" * (window * 3 + window // 2 - 30)
        program = body + b"'\nprint(len(s), s[:3])\n"
        program += b"#" * (window * 3 + window // 2 - len(program))
        check(len(program) == window * 3 + window // 2, "test program size")
        sent = 0
        for n in range(3):
            s.send(program[sent : sent + window - 1])
            sent += window - 1
            check_quiet(s, f"window {n} one byte short")
            s.send(program[sent : sent + 1])
            sent += 1
            check(read_exactly(s, 1) == b"\x01", f"no \\x01 after window {n}")
        s.send(program[sent:])
        check_quiet(s, "half a window")
        # \x04 ends the data: the device answers \x04, then the raw REPL's framing
        # without the OK.
        s.send(CTRL_D)
        expected_output = f"{len(body) - 5} ppp\r\n".encode()
        s.expect(b"", b"\x04" + expected_output + b"\x04\x04>", ending=b"\x04>")
        # A second transfer on the same connection, with an error.
        s.send(b"\x05A\x01")
        check(read_exactly(s, 4) == header, "second raw-paste header")
        s.send(b"raise ValueError('bad')" + CTRL_D)
        s.expect(
            b"",
            b"\x04\x04Traceback (most recent call last):\r\n"
            b'  File "<stdin>", line 1, in <module>\r\n'
            b"ValueError: bad\r\n\x04>",
            ending=b"\x04>",
        )


# ---- mpremote ----------------------------------------------------------------------------


def test_mpremote_exec():
    with Device() as d:
        check_same(d.mpremote("exec", "print(1+2)"), b"3\r\n", "exec output")
        check_same(d.mpremote("eval", "2**70"), b"1180591620717411303424\r\n", "eval")
        # Several commands in one connection share the interpreter's state.
        out = d.mpremote("exec", "a = 21", "+", "exec", "print(a * 2)", "+", "eval", "a")
        check_same(out, b"42\r\n21\r\n", "chained commands")
        out = d.mpremote("exec", "a = 1", "+", "soft-reset", "+", "exec", "print('a' in globals())")
        check_same(out, b"False\r\n", "soft-reset command")
        # Each connection starts with a soft reset.
        d.mpremote("exec", "b = 1")
        out = d.mpremote("exec", "print('b' in globals())")
        check_same(out, b"False\r\n", "state after a new connection")
        # An exception: traceback shown, non-zero status.
        out = d.mpremote("exec", "print('x')\nraise KeyError(5)", expect_status=1)
        check_same(
            out,
            b"x\r\nTraceback (most recent call last):\r\n"
            b'  File "<stdin>", line 2, in <module>\r\n'
            b"KeyError: 5\r\n",
            "exec with an exception",
        )
        # Long output, longer than any buffer on the way.
        out = d.mpremote("exec", "for i in range(2000): print(i, 'x' * 20)")
        expected = b"".join(b"%d %s\r\n" % (i, b"x" * 20) for i in range(2000))
        check_same(out, expected, "long output")
        # Long source, many raw-paste windows.
        source = "".join(f"v{i} = {i}\n" for i in range(600)) + "print(v599 + v1)"
        check(len(source) > 8 * RAW_PASTE_WINDOW, "long source is long")
        check_same(d.mpremote("exec", source), b"600\r\n", "long source")


def test_mpremote_run():
    with Device() as d:
        script = (
            "import sys\n"
            "def fib(n):\n"
            "    a, b = 0, 1\n"
            "    for _ in range(n):\n"
            "        a, b = b, a + b\n"
            "    return a\n"
            "print('fib', [fib(i) for i in range(10)])\n"
            "print('big', fib(100))\n"
            "print('name', __name__, 'ünï ✓')\n"
            "class C:\n"
            "    def __repr__(self):\n"
            "        return 'C()'\n"
            "print(C(), {'k': (1, 2.5, None)})\n"
        )
        write_file(d.local_file("script.py"), script)
        out = d.mpremote("run", "script.py")
        check_same(
            out,
            b"fib [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]\r\n"
            b"big 354224848179261915075\r\n"
            + "name __main__ ünï ✓\r\n".encode()
            + b"C() {'k': (1, 2.5, None)}\r\n",
            "run output",
        )
        # Windows line ends, a backslash continuation and a literal escape character.
        write_file(d.local_file("crlf.py"),
                   b'x = 1 + \\\r\n    2\r\ns = """a\r\nb"""\r\n'
                   b'print(x, repr(s), repr("\x1b[1m"))\r\n')
        check_same(d.mpremote("run", "crlf.py"), b"3 'a\\nb' '\\x1b[1m'\r\n", "CR LF script")
        write_file(d.local_file("fail.py"), "x = 1\n\ndef f():\n    return x / 0\n\nf()\n")
        out = d.mpremote("run", "fail.py", expect_status=1)
        check_same(
            out,
            b"Traceback (most recent call last):\r\n"
            b'  File "<stdin>", line 6, in <module>\r\n'
            b'  File "<stdin>", line 4, in f\r\n'
            b"ZeroDivisionError: division by zero\r\n",
            "run with an exception",
        )


def test_mpremote_fs_ls():
    with Device() as d:
        write_file(d.device_file("a.txt"), "12345")
        write_file(d.device_file("empty"), "")
        os.mkdir(d.device_file("sub"))
        write_file(os.path.join(d.device_file("sub"), "inner.bin"), b"\x00" * 1000)
        check_same(
            d.mpremote("fs", "ls"),
            b"ls :\n           5 a.txt\n           0 empty\n           0 sub/\n",
            "fs ls",
        )
        check_same(d.mpremote("fs", "ls", ":sub"), b"ls :sub\n        1000 inner.bin\n",
                   "fs ls :sub")
        d.mpremote("fs", "ls", ":missing", expect_status=1)
        check(b"No such file or directory" in d.last_stderr,
              f"fs ls of a missing directory: {d.last_stderr!r}")


def test_mpremote_fs_cp_text_round_trip():
    with Device() as d:
        write_file(d.local_file("text.txt"), TEXT)
        out = d.mpremote("fs", "cp", "text.txt", ":remote.txt")
        check_same(out, b"cp text.txt :remote.txt\n", "cp output")
        check_same(read_file(d.device_file("remote.txt")), TEXT.encode(), "uploaded text")
        d.mpremote("fs", "cp", ":remote.txt", "back.txt")
        check_same(read_file(d.local_file("back.txt")), TEXT.encode(), "downloaded text")
        # Overwriting with different content, and copying into a directory.
        write_file(d.local_file("text.txt"), "short\n")
        d.mpremote("fs", "cp", "text.txt", ":remote.txt")
        check_same(read_file(d.device_file("remote.txt")), b"short\n", "overwritten text")
        os.mkdir(d.device_file("dir"))
        d.mpremote("fs", "cp", "text.txt", ":dir/")
        check_same(read_file(os.path.join(d.device_file("dir"), "text.txt")), b"short\n",
                   "copied into a directory")
        # An empty file.
        write_file(d.local_file("empty.txt"), "")
        d.mpremote("fs", "cp", "empty.txt", ":empty.txt")
        check_same(read_file(d.device_file("empty.txt")), b"", "empty file")
        d.mpremote("fs", "cp", ":empty.txt", "empty-back.txt")
        check_same(read_file(d.local_file("empty-back.txt")), b"", "empty file back")


def test_mpremote_fs_cp_binary_round_trip():
    with Device() as d:
        check(len(BINARY) > 4 * RAW_PASTE_WINDOW, "binary test data spans several windows")
        write_file(d.local_file("data.bin"), BINARY)
        started = time.monotonic()
        d.mpremote("fs", "cp", "data.bin", ":data.bin")
        up = time.monotonic() - started
        check_same(read_file(d.device_file("data.bin")), BINARY, "uploaded binary")
        started = time.monotonic()
        d.mpremote("fs", "cp", ":data.bin", "back.bin")
        down = time.monotonic() - started
        check_same(read_file(d.local_file("back.bin")), BINARY, "downloaded binary")
        # Device-side view of the same bytes.
        out = d.mpremote("exec", "f = open('data.bin', 'rb'); d = f.read(); f.close()\n"
                                 "print(len(d), sum(d), d[:4], d[-5:])")
        expected = f"{len(BINARY)} {sum(BINARY)} {BINARY[:4]!r} {BINARY[-5:]!r}\r\n"
        check_same(out, expected.encode(), "binary as vibepy reads it")
        print(f"     ({len(BINARY)} bytes: up {up:.1f}s, down {down:.1f}s)")


def test_mpremote_fs_cp_large_file():
    with Device() as d:
        data = bytes((i * 7 + i // 256) & 0xFF for i in range(40_000))
        write_file(d.local_file("large.bin"), data)
        d.mpremote("fs", "cp", "large.bin", ":large.bin")
        check_same(read_file(d.device_file("large.bin")), data, "uploaded large file")
        d.mpremote("fs", "cp", ":large.bin", "large-back.bin")
        check_same(read_file(d.local_file("large-back.bin")), data, "downloaded large file")


def test_mpremote_fs_cat():
    with Device() as d:
        write_file(d.device_file("poem.txt"), TEXT)
        out = d.mpremote("fs", "cat", "poem.txt")
        # The device's terminal ends lines with CR LF, as a board's USB serial does.
        check_same(out, TEXT.replace("\n", "\r\n").encode(), "fs cat")
        long_text = "".join(f"line {i}\n" for i in range(500))
        write_file(d.device_file("long.txt"), long_text)
        check_same(d.mpremote("fs", "cat", ":long.txt"),
                   long_text.replace("\n", "\r\n").encode(), "fs cat of a long file")
        d.mpremote("fs", "cat", "missing.txt", expect_status=1)
        check(b"No such file or directory" in d.last_stderr,
              f"fs cat of a missing file: {d.last_stderr!r}")


def test_mpremote_fs_mkdir_rm_rmdir():
    with Device() as d:
        out = d.mpremote("fs", "mkdir", "newdir")
        check_same(out, b"mkdir :newdir\n", "mkdir output")
        check(os.path.isdir(d.device_file("newdir")), "mkdir made no directory")
        d.mpremote("fs", "mkdir", "newdir", expect_status=1)
        check(b"File exists" in d.last_stderr, f"mkdir twice: {d.last_stderr!r}")
        write_file(d.local_file("f.txt"), "x")
        d.mpremote("fs", "cp", "f.txt", ":newdir/f.txt")
        check(os.path.isfile(os.path.join(d.device_file("newdir"), "f.txt")), "cp into dir")
        # A directory with something in it is not removed.
        d.mpremote("fs", "rmdir", "newdir", expect_status=1)
        check(b"Directory not empty" in d.last_stderr, f"rmdir non-empty: {d.last_stderr!r}")
        check(os.path.isdir(d.device_file("newdir")), "rmdir removed a non-empty directory")
        out = d.mpremote("fs", "rm", "newdir/f.txt")
        check_same(out, b"rm :newdir/f.txt\n", "rm output")
        check(not os.path.exists(os.path.join(d.device_file("newdir"), "f.txt")),
              "rm left the file")
        d.mpremote("fs", "rm", "newdir/f.txt", expect_status=1)
        check(b"No such file or directory" in d.last_stderr, f"rm twice: {d.last_stderr!r}")
        out = d.mpremote("fs", "rmdir", "newdir")
        check_same(out, b"rmdir :newdir\n", "rmdir output")
        check(not os.path.exists(d.device_file("newdir")), "rmdir left the directory")
        # Several commands chained on one connection.
        d.mpremote("fs", "mkdir", "a", "+", "fs", "mkdir", "a/b", "+", "fs", "touch", "a/b/t")
        check(os.path.isfile(os.path.join(d.device_file("a"), "b", "t")), "chained mkdir")


def test_mpremote_fs_recursive():
    with Device() as d:
        tree = os.path.join(d.local.name, "tree")
        os.makedirs(os.path.join(tree, "sub", "deeper"))
        files = {
            "top.txt": b"top\n",
            "sub/mid.bin": bytes(range(200)),
            "sub/deeper/low.txt": b"low" * 300,
        }
        for name, data in files.items():
            write_file(os.path.join(tree, name), data)
        d.mpremote("fs", "cp", "-r", "tree", ":tree")
        for name, data in files.items():
            check_same(read_file(os.path.join(d.path, "tree", name)), data, f"uploaded {name}")
        d.mpremote("fs", "cp", "-r", ":tree", "copy")
        for name, data in files.items():
            check_same(read_file(os.path.join(d.local.name, "copy", name)), data,
                       f"downloaded {name}")
        d.mpremote("fs", "rm", "-r", ":tree")
        check(not os.path.exists(os.path.join(d.path, "tree")), "rm -r left the tree")


TESTS = [(name[len("test_"):], f) for name, f in list(globals().items())
         if name.startswith("test_") and callable(f)]

if __name__ == "__main__":
    try:
        import mpremote  # noqa: F401
    except ImportError:
        sys.exit("mpremote is not installed: python3 -m pip install mpremote")
    sys.exit(run_tests(TESTS, sys.argv[1:]))
