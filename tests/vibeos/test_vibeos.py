#!/usr/bin/env python3
"""python.elf on the real VibeOS kernel (../shared/vibeos), in QEMU, typed at through QMP.

Each case runs in one boot of VibeOS, started from its shell (vibesh) as /bin/python. A case
spoiled by one of the kernel's known races (a duplicated or lost key, seen in the echo of
the typed line; a block-device time-out) is retried from a fresh boot, at most 3 boots in
all. After every Python run the shell prompt must come back and run another command: the
kernel survived.

Usage: test_vibeos.py [NAME_FILTER...]   (PYTHON_ELF=path overrides build/python.elf)
"""

import os
import re
import sys
import time

import vibeos
from vibeos import PROMPT, KernelRace

ATTEMPTS = 3
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SCRIPTS = {
    "/python/three.py": "print(1 + 2)\n",
    # MemoryError in a small heap, caught: the program carries on with its heap intact.
    "/python/mem.py": """\
chunks = []
try:
    while True:
        chunks.append(bytearray(10000))
except MemoryError:
    n = len(chunks)
    chunks = None
    print("MemoryError caught", n > 5)
print("alive", 6 * 7)
""",
    # Uncaught: a traceback and exit status 1.
    "/python/memx.py": "x = [bytearray(10000) for i in range(1000)]\n",
    # RecursionError at the default limit and, with the limit lifted, at the native stack
    # bound (VibeOS's 1 MiB stack has no guard page).
    "/python/rec.py": """\
import sys
def f(n):
    return f(n + 1) + 1
try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000000)
depth = 0
def g():
    global depth
    depth += 1
    g()
try:
    g()
except RecursionError as e:
    print("deep RecursionError:", e, depth > 100)
nested = []
for i in range(100000):
    nested = [nested]
try:
    nested == [nested]
except RecursionError as e:
    print("nested:", e)
print("alive", 6 * 7)
""",
    "/python/loop.py": 'print("looping")\nwhile True:\n    pass\n',
    "/python/args.py": "import sys\nprint(sys.argv)\n",
    # The vibe module on the real kernel (the rig has no display and no desktop).
    "/python/vibet.py": """\
import vibe
print("kapi", vibe.kapi_version(), "display", vibe.has_display(), vibe.screen_size())
try:
    vibe.fill_rect(0, 0, 10, 10, vibe.RED)
except OSError as e:
    print("draw errno", e.errno)
try:
    vibe.window_create(0, 0, 100, 100, "t")
except OSError as e:
    print("window errno", e.errno)
t0 = vibe.ticks()
vibe.sleep_ms(100)
print("ticks", 8 <= vibe.ticks() - t0 <= 30)
print("ps", [name for slot, name, state in vibe.ps()])
print("mem", vibe.mem_free() > 1000000, vibe.ram_total())
y, mo, d, h, mi, s, wd = vibe.datetime()
print("date", y >= 2024, 0 <= wd <= 6)
vibe.puts("puts ok\\n")
print("alive", 6 * 7)
""",
}

# Every python/ script on the disk as /python/NAME, and what tests/vibe/scripts/runall.py
# needs to run them all in their bounded modes: tests/vibe/scripts.txt and the data, at
# /tests/vibe (the shell's cwd is /, so scripts.txt's relative paths work).
VIBE_DIR = os.path.join(REPO, "tests", "vibe")
sys.path.insert(0, VIBE_DIR)
import run as vibe_run  # noqa: E402  (tests/vibe/run.py: runall.py's output, .exp matching)

for _name in sorted(os.listdir(os.path.join(REPO, "python"))):
    if _name.endswith(".py"):
        with open(os.path.join(REPO, "python", _name), encoding="utf-8") as _f:
            SCRIPTS["/python/" + _name] = _f.read()
for _base, _, _names in sorted(os.walk(VIBE_DIR)):
    for _name in sorted(_names):
        _path = os.path.join(_base, _name)
        _rel = os.path.relpath(_path, VIBE_DIR)
        if _rel in ("scripts.txt", os.path.join("scripts", "runall.py")) \
                or _rel.startswith("data" + os.sep):
            with open(_path, "rb") as _f:
                SCRIPTS["/tests/vibe/" + _rel.replace(os.sep, "/")] = _f.read()


class Case:
    def __init__(self, name, body):
        self.name = name
        self.body = body


def shell_alive(m):
    """The shell takes another command and runs it: the kernel survived."""
    m.type_line("python /python/three.py")
    out = m.wait_for(PROMPT, timeout=30)
    assert "\n3\n" in out, f"three.py after the run printed {out!r}"


def run_shell(m, line, timeout=60):
    """Type a shell command and return what it printed up to the next prompt."""
    m.type_line(line)
    return m.wait_for(PROMPT, timeout=timeout)


def last_exit_status(m):
    statuses = re.findall(r"Process '/bin/(?:python|micropython)' \(pid \d+\) exited with "
                          r"status (-?\d+)", m.raw_log())
    assert statuses, "no exit status in the kernel log"
    return int(statuses[-1])


def case_hello(m):
    out = run_shell(m, "python /python/three.py")
    assert out.endswith("\n3\n" + PROMPT), out
    assert last_exit_status(m) == 0


def case_py_word(m):
    # vibesh runs a word ending in .py with /bin/micropython: VibePy installed there too.
    out = run_shell(m, "/python/three.py")
    assert "\n3\n" in out, out
    out = run_shell(m, "python /python/args.py a b")
    assert "['/python/args.py', 'a', 'b']" in out, out
    out = run_shell(m, "python -X heapsize=4M /python/three.py")
    assert "\n3\n" in out, out


def case_repl(m):
    m.type_line("python")
    m.wait_for(">>> ", timeout=30)
    m.type_line("1 + 2")
    out = m.wait_for(">>> ")
    assert out.strip().endswith("3\n>>>") or "\n3\n" in out, out
    m.type_line("2**100")
    out = m.wait_for(">>> ")
    assert "1267650600228229401496703205376" in out, out
    m.type_line("def sq(x): return x * x")
    m.wait_for("... ")
    m.type_line("")
    m.wait_for(">>> ")
    m.type_line("[sq(i) for i in range(5)]")
    out = m.wait_for(">>> ")
    assert "[0, 1, 4, 9, 16]" in out, out
    m.type_line("1 / 0")
    out = m.wait_for(">>> ")
    assert "ZeroDivisionError: division by zero" in out, out
    m.type_line("while True: pass")
    m.wait_for("... ")
    m.type_line("")
    time.sleep(0.5)
    m.ctrl("c")
    out = m.wait_for(">>> ", timeout=20)
    assert "KeyboardInterrupt" in out, out
    m.type_line("6 * 7")
    out = m.wait_for(">>> ")
    assert "42" in out, out
    # Up recalls the last line from the history.
    m.press("up")
    if not m.wait_for_line_end().endswith("6 * 7"):
        raise KernelRace("history recall not echoed")
    m.press("ret")
    out = m.wait_for(">>> ")
    assert "42" in out, out
    m.ctrl("d")
    m.wait_for(PROMPT, timeout=20)
    assert last_exit_status(m) == 0
    shell_alive(m)


def case_memory_error(m):
    out = run_shell(m, "python -X heapsize=256K /python/mem.py")
    assert "MemoryError caught True" in out and "alive 42" in out, out
    assert last_exit_status(m) == 0
    out = run_shell(m, "python -X heapsize=256K /python/memx.py")
    assert "MemoryError" in out and "Traceback (most recent call last):" in out, out
    assert last_exit_status(m) == 1
    shell_alive(m)


def case_recursion_error(m):
    out = run_shell(m, "python /python/rec.py", timeout=120)
    for expected in ("RecursionError: maximum recursion depth exceeded",
                     "deep RecursionError: maximum recursion depth exceeded True",
                     "nested: maximum recursion depth exceeded in comparison",
                     "alive 42"):
        assert expected in out, out
    shell_alive(m)


def case_keyboard_interrupt(m):
    m.type_line("python /python/loop.py")
    m.wait_for("looping", timeout=30)
    time.sleep(0.5)
    m.ctrl("c")
    out = m.wait_for(PROMPT, timeout=20)
    assert "KeyboardInterrupt" in out, out
    assert last_exit_status(m) == 1
    shell_alive(m)


def case_vibe_module(m):
    out = run_shell(m, "python /python/vibet.py")
    for expected in ("kapi 1 display False (0, 0)", "draw errno 19", "window errno 38",
                     "ticks True", "/bin/python", "mem True 536870912", "date True True",
                     "puts ok", "alive 42"):
        assert expected in out, out
    assert last_exit_status(m) == 0
    shell_alive(m)


# Scripts whose whole output must equal their tests/vibe/scripts/LABEL.exp on VibeOS too;
# for the others (the rig has no display), key lines.
NO_DISPLAY = ("graphics", "bounce", "mouse")
KEY_LINES = {
    "hello": ["Hello from VibePy 3.11.0 on linux\n", "kapi version 1 - cpu ", "no display\n",
              "[exit 0]\n"],
    "sysinfo": ["RAM       512.0 MiB total", "Screen    none", "Date      20", "Processes ",
                "kapi      v1\n", "[exit 0]\n"],
}
for _label in NO_DISPLAY:
    KEY_LINES[_label] = [f"{_label}.py needs a display\n[exit 1]\n"]


def case_python_scripts(m):
    """Every python/ script in its bounded mode (tests/vibe/scripts.txt), all in one
    python.elf run by tests/vibe/scripts/runall.py: one typed line, so one chance for the
    keyboard race instead of one per script."""
    out = without_cr(run_shell(m, "python /tests/vibe/scripts/runall.py", timeout=120))
    assert "=== end\n" in out, out
    outputs = vibe_run.runall_outputs(out[out.find("=== "):out.find("=== end\n") + 8])
    labels = vibe_run.script_labels()
    assert outputs is not None and list(outputs) == labels, out
    bad = []
    for label in labels:
        if label in KEY_LINES:
            missing = [k for k in KEY_LINES[label] if k not in outputs[label]]
            if missing:
                bad.append(label)
                print(f"  {label}: missing {missing} in {outputs[label]!r}")
        elif not vibe_run.check_output(
                label, outputs[label], os.path.join(VIBE_DIR, "scripts", label + ".exp")):
            bad.append(label)
    assert not bad, f"outputs differ: {bad}"
    assert last_exit_status(m) == 0
    shell_alive(m)


def without_cr(text):
    return text.replace("\r", "")


CASES = [Case(n[len("case_"):], f) for n, f in list(globals().items()) if n.startswith("case_")]


def run_case(case, disk):
    """Run one case, retrying from a fresh boot on a kernel race. Returns (ok, message).
    QEMU opens the disk with snapshot=on, so every boot starts from the same files."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with vibeos.Machine(disk) as m:
                m.wait_for(PROMPT, timeout=30)
                try:
                    case.body(m)
                    return True, f"boot {attempt}"
                except KernelRace as race:
                    note = f"kernel race ({race}), retrying"
                except AssertionError as e:
                    tail = m.raw_log()[-1500:]
                    return False, f"{e}\n--- serial log tail ---\n{tail}"
        except KernelRace as race:
            note = f"kernel race at boot ({race}), retrying"
        print(f"  {case.name}: {note}", flush=True)
    return False, f"{ATTEMPTS} boots spoiled by kernel races"


def main():
    vibeos.check_tools()
    filters = sys.argv[1:]
    passed = failed = 0
    t_all = time.monotonic()
    disk = vibeos.Disk(SCRIPTS)
    try:
        for case in CASES:
            if filters and not any(f in case.name for f in filters):
                continue
            ok = run_timed(case, disk)
            passed += ok
            failed += not ok
    finally:
        disk.remove()
    print(f"vibeos: {time.monotonic() - t_all:.0f} s")
    print(f"vibeos: {passed} passed, {failed} failed")
    return 1 if failed else 0


def run_timed(case, disk):
    t0 = time.monotonic()
    ok, msg = run_case(case, disk)
    took = time.monotonic() - t0
    if ok:
        print(f"PASS {case.name} ({took:.1f} s, {msg})", flush=True)
    else:
        print(f"FAIL {case.name} ({took:.1f} s): {msg}", flush=True)
    return ok


if __name__ == "__main__":
    sys.exit(main())
