#!/usr/bin/env python3
"""python.elf on qemu-host (qemu-host/), the small AArch64 kernel offering kapi v1 in QEMU,
driven over its UART: the REPL typed at like a terminal, files, memory and recursion
limits, Ctrl+C, the raw REPL and mpremote, exit statuses. Every test boots a fresh machine.

Usage: test_qemu.py [--regen-png] [filters...]   (PYTHON_ELF=..., QEMU_HOST=... override the
images; --regen-png rewrites tests/qemu/drawing.png, the golden framebuffer)
The last line printed is `N passed, N failed`; the exit status is non-zero on failure.
"""

import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qemuhost  # noqa: E402
from qemuhost import Machine  # noqa: E402
from ptyharness import TestFailure, check, render, run_tests  # noqa: E402

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


def test_repl_session():
    with repl() as m:
        check(m.banner.startswith(b"VibePy "), f"banner: {m.banner!r}")
        m.expect(b"1 + 2\r", b"1 + 2\r\n3\r\n>>> ")
        m.expect(b"2**100\r", b"2**100\r\n1267650600228229401496703205376\r\n>>> ")
        # A multi-line def: auto-indent after ':', Enter on the blank line ends the block.
        m.expect(b"def f(x):\r", b"def f(x):\r\n...     ", ending=b"...     ")
        m.expect(b"return x * 2\r", b"return x * 2\r\n...     ", ending=b"...     ")
        m.expect(BACKSPACE, b"\x08\x08\x08\x08    \x08\x08\x08\x08",
                 ending=b"    \x08\x08\x08\x08")
        m.expect(b"\r", b"\r\n>>> ")
        m.expect(b"f(21)\r", b"f(21)\r\n42\r\n>>> ")
        # Arrow keys arrive as escape sequences and edit the line.
        m.send(b"print(12)" + LEFT + LEFT)
        m.expect(b"3\r", b"print(12)\x08\x0832)\x08\x08\r\n132\r\n>>> ")
        m.send(b"1+2" + HOME + RIGHT)
        m.expect(b"0" + END + BACKSPACE + b"5\r",
                 b"1+2\x08\x08\x081" + b"0+2\x08\x08" + b"+2" + b"\x08 \x08" + b"5"
                 + b"\r\n15\r\n>>> ")
        # History: UP recalls the newest line, a second UP the one before.
        m.expect(UP, b"10+5", ending=b"10+5")
        m.expect(UP, b"\x08" * 4 + b"print(132)", ending=b"print(132)")
        m.expect(b"\r", b"\r\n132\r\n>>> ")
        # Ctrl+C drops the line being typed.
        m.expect(b"x = 2" + CTRL_C, b"x = 2\r\n>>> ")
        # An exception prints a traceback and the REPL carries on.
        m.send(b"1/0\r")
        got = m.read_until(PROMPT)
        check(got.endswith(b"ZeroDivisionError: division by zero\r\n>>> "), f"got {got!r}")
        check(b"Traceback (most recent call last):" in got, f"got {got!r}")
        m.expect(b"f(2)\r", b"f(2)\r\n4\r\n>>> ")
        # What the terminal shows (render fails on any escape sequence in the output).
        lines = render(m.output)
        expected = [">>> 1 + 2", "3", ">>> 2**100", "1267650600228229401496703205376",
                    ">>> def f(x):", "...     return x * 2", "...", ">>> f(21)", "42",
                    ">>> print(132)", "132", ">>> 10+5", "15", ">>> print(132)", "132",
                    ">>> x = 2", ">>> 1/0", "Traceback (most recent call last):",
                    '  File "<stdin>", line 1, in <module>',
                    "ZeroDivisionError: division by zero", ">>> f(2)", "4", ">>>"]
        check(lines[1:] == expected, f"screen: {lines[1:]}")


def test_keyboard_interrupt_stops_an_endless_loop():
    with repl() as m:
        m.expect(b"while True: pass\r", b"while True: pass\r\n... ", ending=b"... ")
        m.send(b"\r")
        # Running: nothing more comes until Ctrl+C.
        check(m.read_rest(quiet=0.5) == b"\r\n", "the loop did not start")
        m.send(CTRL_C)
        got = m.read_until(PROMPT)
        check(b"KeyboardInterrupt" in got, f"got {got!r}")
        m.expect(b"6 * 7\r", b"6 * 7\r\n42\r\n>>> ")


def test_files_write_read_listdir():
    with repl(files={"/python/data.txt": "from the archive\n"}) as m:
        m.expect(b"import os\r", b"import os\r\n>>> ")
        m.send(b"open('/python/data.txt').read()\r")
        check(m.read_until(PROMPT).endswith(b"'from the archive\\n'\r\n>>> "), "archive file")
        m.send(b"f = open('/tmp/new.txt', 'w'); f.write('hello ' * 3); f.close()\r")
        check(m.read_until(PROMPT).endswith(b"18\r\n>>> "), "write count")
        m.send(b"open('/tmp/new.txt').read()\r")
        check(m.read_until(PROMPT).endswith(b"'hello hello hello '\r\n>>> "), "read back")
        m.send(b"os.mkdir('/tmp/d'); sorted(os.listdir('/tmp'))\r")
        got = m.read_until(PROMPT)
        check(got.endswith(b"['d', 'new.txt']\r\n>>> "), f"listdir: {got!r}")
        m.send(b"os.remove('/tmp/new.txt'); os.listdir('/tmp')\r")
        got = m.read_until(PROMPT)
        check(got.endswith(b"['d']\r\n>>> "), f"after remove: {got!r}")


MEMORY = """\
chunks = []
try:
    while True:
        chunks.append(bytearray(10000))
except MemoryError:
    n = len(chunks)
    chunks = None
    print("MemoryError caught", 5 < n < 40)
print("alive", 6 * 7)
"""

RECURSION = """\
import sys
def f(n):
    return f(n + 1) + 1
try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000000)
def g(n):
    return g(n + 1)
try:
    g(0)
except RecursionError as e:
    print("deep RecursionError:", e)
print("alive", 6 * 7)
"""


def test_memory_error_in_a_small_heap():
    with Machine(args="python -X heapsize=256K /python/mem.py",
                 files={"/python/mem.py": MEMORY}) as m:
        status = m.wait_exit()
        out = m.read_rest()
        check(status == 0, f"status {status}: {out!r}")
        check(out == b"MemoryError caught True\r\nalive 42\r\n", f"output {out!r}")


def test_recursion_error_leaves_the_kernel_alive():
    with Machine(args="python /python/rec.py", files={"/python/rec.py": RECURSION}) as m:
        status = m.wait_exit()
        out = m.read_rest()
        check(status == 0, f"status {status}: {out!r}")
        check(out.startswith(b"RecursionError: maximum recursion depth exceeded\r\n")
              and b"deep RecursionError: " in out and out.endswith(b"alive 42\r\n"),
              f"output {out!r}")


def test_exit_statuses():
    cases = [("import sys\nsys.exit(7)\n", 7), ("raise ValueError('x')\n", 1),
             ("print('ok')\n", 0)]
    for source, expected in cases:
        with Machine(args="python /python/s.py a b", files={"/python/s.py": source}) as m:
            status = m.wait_exit()
            check(status == expected, f"{source!r}: status {status}, expected {expected}; "
                  f"output {bytes(m.output)!r}")
    with Machine(args="python /python/args.py a b",
                 files={"/python/args.py": "import sys\nprint(sys.argv)\n"}) as m:
        check(m.wait_exit() == 0, "args.py status")
        out = m.read_rest()
        check(out == b"['/python/args.py', 'a', 'b']\r\n", f"argv: {out!r}")


def test_raw_repl_exec():
    with repl() as m:
        m.send(b"\r" + CTRL_A)
        m.read_until(b"raw REPL; CTRL-B to exit\r\n>")
        m.send(b"print(6 * 7)\nraise KeyError(5)" + CTRL_D)
        got = m.read_until(b"\x04>")
        check(got.startswith(b"OK42\r\n\x04"), f"raw exec: {got!r}")
        check(b"KeyError: 5" in got, f"raw exec error: {got!r}")
        m.send(CTRL_B)
        m.read_until(PROMPT)
        m.expect(b"1 + 1\r", b"1 + 1\r\n2\r\n>>> ")


def mpremote(device, *args, timeout=60):
    env = dict(os.environ, XDG_CONFIG_HOME=tempfile.gettempdir())
    done = subprocess.run([sys.executable, "-m", "mpremote", "connect", device, *args],
                          capture_output=True, timeout=timeout, env=env)
    if done.returncode != 0:
        raise TestFailure(f"mpremote {args}: status {done.returncode}\n"
                          f"  stdout {done.stdout!r}\n  stderr {done.stderr!r}")
    return done.stdout


def test_mpremote_exec_and_fs():
    from ptyharness import SerialBridge
    with repl(files={"/python/hello.py": "print(1 + 2)\n"}) as m:
        bridge = SerialBridge(m)
        try:
            out = mpremote(bridge.device, "exec", "print(sum(range(10)))")
            check(out == b"45\r\n", f"exec: {out!r}")
            out = mpremote(bridge.device, "fs", "ls", ":/python")
            check(b"hello.py" in out, f"ls: {out!r}")
            with tempfile.TemporaryDirectory() as tmp:
                local = os.path.join(tmp, "up.txt")
                data = "first line\nsecond: ünïcödé\n" * 50
                with open(local, "w", encoding="utf-8") as f:
                    f.write(data)
                mpremote(bridge.device, "fs", "cp", local, ":/tmp/up.txt")
                out = mpremote(bridge.device, "fs", "cat", ":/tmp/up.txt")
                check(out.replace(b"\r\n", b"\n") == data.encode(), f"cat: {out[:80]!r}")
                back = os.path.join(tmp, "back.txt")
                mpremote(bridge.device, "fs", "cp", ":/tmp/up.txt", back)
                with open(back, encoding="utf-8") as f:
                    check(f.read() == data, "cp back differs")
        finally:
            bridge.close()


def test_ramfb_framebuffer_is_configured():
    """With `-device ramfb` the kernel gives QEMU a 1280x800 XRGB buffer (zeroed: black);
    QMP `screendump` is how a test gets the framebuffer out as an image."""
    with repl(display=True) as m:
        m.expect(b"1 + 1\r", b"1 + 1\r\n2\r\n>>> ")
        picture = os.path.join(m.dir, "screen.ppm")
        m.qmp("screendump", filename=picture)
        with open(picture, "rb") as f:
            data = f.read()
        header = b"P6\n1280 800\n255\n"
        check(data.startswith(header), f"screendump header: {data[:20]!r}")
        pixels = data[len(header):]
        check(len(pixels) == 1280 * 800 * 3 and not any(pixels), "pixels not all black")


# tests/vibe: the python/ scripts' expected outputs, their data and the drawing test.
VIBE_DIR = os.path.join(qemuhost.ROOT, "tests", "vibe")
sys.path.insert(0, VIBE_DIR)
import run as vibe_run  # noqa: E402  (tests/vibe/run.py: .exp matching, PNG reading)

# drawing.py's framebuffer on qemu-host's 1280x800 screen (tests/vibe/drawing.png is the
# Linux host's 640x480 one); `test_qemu.py --regen-png drawing` rewrites it.
DRAWING_PNG = os.path.join(qemuhost.HERE, "drawing.png")
REGEN_PNG = "--regen-png" in sys.argv


def vibe_files():
    """tests/vibe's scripts list, runall.py, drawing.py and data/, at /tests/vibe in the
    boot archive: from the root (the cwd) the paths of scripts.txt work as in the repo."""
    files = {}
    for rel in ("scripts.txt", "scripts/runall.py", "drawing.py"):
        with open(os.path.join(VIBE_DIR, rel), "rb") as f:
            files["/tests/vibe/" + rel] = f.read()
    for base, _, names in os.walk(os.path.join(VIBE_DIR, "data")):
        for n in names:
            path = os.path.join(base, n)
            with open(path, "rb") as f:
                files["/" + os.path.relpath(path, qemuhost.ROOT)] = f.read()
    return files


def test_python_scripts_match_tests_vibe():
    """Every python/ script of tests/vibe/scripts.txt in its bounded mode, in one boot
    (runall.py runs them in turn in one python.elf), against tests/vibe/scripts/*.exp."""
    with Machine(args="python /tests/vibe/scripts/runall.py", files=vibe_files(),
                 display=True, timeout=60) as m:
        status = m.wait_exit()
        out = m.read_rest().decode("utf-8", "replace").replace("\r\n", "\n")
        check(status == 0, f"runall.py status {status}: {out[-2000:]}")
        outputs = vibe_run.runall_outputs(out)
        check(outputs is not None, f"runall.py did not finish: {out[-2000:]}")
        labels = vibe_run.script_labels()
        check(list(outputs) == labels, f"scripts run {list(outputs)}, listed {labels}")
        bad = [label for label in labels if not vibe_run.check_output(
            label, outputs[label], os.path.join(VIBE_DIR, "scripts", label + ".exp"))]
        check(not bad, f"outputs differ: {bad}")


def ppm_pixels(data):
    """(width, height, rows of RGB bytes) of a binary PPM (QMP screendump's format)."""
    magic, width, height, maxval, pixels = data.split(maxsplit=4)
    check(magic == b"P6" and maxval == b"255", f"PPM header {data[:20]!r}")
    width, height = int(width), int(height)
    return width, height, [pixels[y * width * 3:(y + 1) * width * 3] for y in range(height)]


def write_png(path, width, height, rows):
    import struct
    import zlib

    def chunk(kind, body):
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))
    raw = b"".join(b"\0" + row for row in rows)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n"
                + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def test_drawing_framebuffer_matches_golden_png():
    """tests/vibe/drawing.py run from the REPL with ramfb: its output must equal
    drawing.exp and the screen (QMP screendump) tests/qemu/drawing.png, pixel for pixel."""
    with repl(display=True, files=vibe_files(), timeout=30) as m:
        m.send(b"exec(open('/tests/vibe/drawing.py').read())\r")
        got = m.read_until(PROMPT).decode("utf-8", "replace").replace("\r\n", "\n")
        got = got.split("\n", 1)[1][:-len(PROMPT)]
        check(vibe_run.check_output("drawing.py", got,
                                    os.path.join(VIBE_DIR, "drawing.exp")),
              f"drawing.py printed {got!r}")
        picture = os.path.join(m.dir, "screen.ppm")
        m.qmp("screendump", filename=picture)
        with open(picture, "rb") as f:
            shot = ppm_pixels(f.read())
        if REGEN_PNG:
            write_png(DRAWING_PNG, *shot)
            print(f"wrote {os.path.relpath(DRAWING_PNG, qemuhost.ROOT)}")
            return
        golden = vibe_run.png_pixels(DRAWING_PNG)
        if shot != golden:
            kept = os.path.join(tempfile.mkdtemp(prefix="qemu-drawing-"), "drawing.png")
            write_png(kept, *shot)
            raise TestFailure(f"framebuffer differs from tests/qemu/drawing.png (got {kept})")


TESTS = [(name, f) for name, f in sorted(globals().items()) if name.startswith("test_")]

if __name__ == "__main__":
    qemuhost.check_tools()
    sys.exit(run_tests(TESTS, [a for a in sys.argv[1:] if a != "--regen-png"]))
