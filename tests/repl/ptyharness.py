"""Shared machinery of the REPL end-to-end tests: `vibepy` on a pseudo-terminal, a byte
relay that makes it look like a serial device, a tiny screen model, and a test runner.

- `Session` starts `vibepy` (no script: the REPL) with a pty's slave as its stdin, stdout
  and stderr, exactly as in a terminal, and talks to it through the master: `send` writes
  keys, `read_until` collects output until an expected ending (with a timeout, failing
  with the bytes seen so far), `wait_exit` waits for the process to end.
- `SerialBridge` adds a second pty whose slave path (`/dev/pts/N`) a serial tool such as
  mpremote opens, and copies bytes both ways between the two masters, like a USB serial
  adapter in front of a board: vibepy's terminal settings (raw input, CR LF output) stay
  its own, and the tool's side is raw.
- `render` turns output bytes into the lines a terminal would show (CR, LF, backspace and
  printable characters; the REPL writes nothing else), independent of the window size.
- `run_tests` runs test functions, printing each result and a final `N passed, N failed`.
"""

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import threading
import time
import traceback
import tty

REPO_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_VIBEPY = os.path.join(REPO_DIR, "target", "release", "vibepy")
# Generous: the REPL answers in milliseconds, but CI machines stall.
DEFAULT_TIMEOUT = 10.0
WINDOW_ROWS, WINDOW_COLS = 24, 80


class TestFailure(Exception):
    pass


def vibepy_path():
    # Absolute: vibepy runs in a temporary directory.
    path = os.path.abspath(os.environ.get("VIBEPY", DEFAULT_VIBEPY))
    if not os.access(path, os.X_OK):
        raise SystemExit(f"vibepy binary not found at {path} (cargo build --release -p host)")
    return path


def set_window_size(fd, rows=WINDOW_ROWS, cols=WINDOW_COLS):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


class Session:
    """`vibepy` running on a pty; the test holds the master side."""

    def __init__(self, cwd, args=(), timeout=DEFAULT_TIMEOUT):
        self.timeout = timeout
        self.output = bytearray()  # everything read so far
        self.consumed = 0  # how much of `output` earlier reads have accounted for
        self.master, slave = pty.openpty()
        set_window_size(slave)
        self.process = subprocess.Popen(
            [vibepy_path(), *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=cwd,
            close_fds=True,
            start_new_session=True,  # the pty becomes its controlling terminal
        )
        os.close(slave)
        self.eof = False

    def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        os.write(self.master, data)

    def _pump(self, deadline):
        """Read what is available (waiting until `deadline`); False on timeout or EOF."""
        if self.eof:
            return False
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        ready, _, _ = select.select([self.master], [], [], left)
        if not ready:
            return False
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # EIO: the slave side is closed (the process ended)
            chunk = b""
        if not chunk:
            self.eof = True
            return False
        self.output += chunk
        return True

    def read_until(self, ending, timeout=None):
        """Output since the last read, up to and including the first `ending` after it."""
        if isinstance(ending, str):
            ending = ending.encode()
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            at = self.output.find(ending, self.consumed)
            if at >= 0:
                end = at + len(ending)
                got = bytes(self.output[self.consumed : end])
                self.consumed = end
                return got
            if not self._pump(deadline):
                seen = bytes(self.output[self.consumed :])
                why = "the process ended" if self.eof else "timed out"
                raise TestFailure(f"{why} waiting for {ending!r}; got {seen!r}")

    def read_rest(self, quiet=0.2):
        """Whatever arrives until the output stays quiet for `quiet` seconds (or EOF)."""
        while self._pump(time.monotonic() + quiet):
            pass
        got = bytes(self.output[self.consumed :])
        self.consumed = len(self.output)
        return got

    def expect(self, sent, expected, ending=b">>> ", timeout=None):
        """Send `sent`, then the output up to `ending` must be exactly `expected`."""
        if isinstance(expected, str):
            expected = expected.encode()
        if sent:
            self.send(sent)
        got = self.read_until(ending, timeout)
        if got != expected:
            raise TestFailure(
                f"after sending {sent!r}:\n  expected {expected!r}\n  got      {got!r}"
            )

    def wait_exit(self, timeout=None):
        """The exit status, draining output meanwhile (a full pty would block the child)."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while self.process.poll() is None:
            if time.monotonic() > deadline:
                raise TestFailure("the process did not exit")
            self._pump(min(deadline, time.monotonic() + 0.05))
        return self.process.returncode

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        os.close(self.master)


class SerialBridge:
    """A second pty whose slave path is the "serial port" of the vibepy in `session`."""

    def __init__(self, session):
        self.session = session
        self.master, self.slave = pty.openpty()
        tty.setraw(self.slave)
        # The slave stays open here too, so the port survives tools opening and closing it.
        self.device = os.ttyname(self.slave)
        self.stop_read, self.stop_write = os.pipe()
        self.thread = threading.Thread(target=self._relay, daemon=True)
        self.thread.start()

    def _relay(self):
        device_master = self.session.master
        peers = {device_master: self.master, self.master: device_master}
        while True:
            ready, _, _ = select.select([device_master, self.master, self.stop_read], [], [])
            if self.stop_read in ready:
                return
            for fd in ready:
                try:
                    data = os.read(fd, 65536)
                except OSError:
                    data = b""
                if not data:
                    return
                if fd == device_master:
                    # Keep a transcript of the device's output for failure reports.
                    self.session.output += data
                self._write_all(peers[fd], data)

    @staticmethod
    def _write_all(fd, data):
        view = memoryview(data)
        while view:
            select.select([], [fd], [])
            written = os.write(fd, view)
            view = view[written:]

    def close(self):
        os.write(self.stop_write, b"x")
        self.thread.join(timeout=5)
        for fd in (self.master, self.slave, self.stop_read, self.stop_write):
            os.close(fd)


def render(data):
    """The screen lines `data` leaves on a terminal of unlimited width."""
    if isinstance(data, (bytes, bytearray)):
        data = bytes(data).decode("utf-8", "replace")
    lines = [[]]
    col = 0
    for ch in data:
        line = lines[-1]
        if ch == "\n":
            lines.append([])
            col = 0
        elif ch == "\r":
            col = 0
        elif ch == "\b":
            col = max(col - 1, 0)
        elif ch >= " ":
            if col < len(line):
                line[col] = ch
            else:
                line.extend(" " * (col - len(line)))
                line.append(ch)
            col += 1
        else:
            raise TestFailure(f"unexpected control character {ch!r} in output")
    # Blanked cells look like never-written ones.
    return ["".join(line).rstrip(" ") for line in lines]


def check_screen(data, expected_lines):
    got = render(data)
    if got != expected_lines:
        shown = "\n".join(f"  | {line}" for line in got)
        wanted = "\n".join(f"  | {line}" for line in expected_lines)
        raise TestFailure(f"screen differs:\nexpected:\n{wanted}\ngot:\n{shown}")


def check(condition, message):
    if not condition:
        raise TestFailure(message)


def run_tests(tests, filters=()):
    """Run `tests` (name, function) whose names contain one of `filters`; exit status 1 on
    any failure."""
    passed = failed = 0
    for name, function in tests:
        if filters and not any(f in name for f in filters):
            continue
        started = time.monotonic()
        try:
            function()
        except TestFailure as e:
            failed += 1
            print(f"FAIL {name}: {e}")
        except Exception:  # a bug in the test or the harness: show where
            failed += 1
            print(f"FAIL {name}: unexpected error\n{traceback.format_exc()}")
        else:
            passed += 1
            print(f"ok   {name} ({time.monotonic() - started:.1f}s)")
        sys.stdout.flush()
    print(f"{passed} passed, {failed} failed")
    if passed + failed == 0:
        print("no test matched the filters")
        return 1
    return 1 if failed else 0

