"""Boot the real VibeOS kernel (../shared/vibeos) in QEMU and drive its shell.

What this owns: a private copy of VibeOS's disk with python.elf installed as /bin/python and
/bin/micropython (and any extra files), one QEMU process per `Machine`, typing through QMP
(keys come only from the virtio keyboard on VibeOS), and reading the serial log, where the
shell, the programs and the kernel all print when no display is attached.

In: the path of python.elf and the shared VibeOS files. Out: `Machine` (boot, type a line
and check its echo, wait for text, press Ctrl+C/Ctrl+D) and `KernelRace`, raised when the
kernel's known races (duplicated or lost keys, block-device time-outs) spoil a run, so the
caller can retry from a fresh boot.
"""

import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def find_shared():
    """VibeOS's files: $VIBEOS_DIR, else shared/vibeos beside the repository (a clone) or
    beside its parent (a worktree under wt/)."""
    if os.environ.get("VIBEOS_DIR"):
        return os.environ["VIBEOS_DIR"]
    bases = [ROOT]
    # A clone made from a local checkout (CI's clean clone) finds the files beside it.
    try:
        origin = subprocess.run(["git", "-C", ROOT, "config", "remote.origin.url"],
                                capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        origin = ""
    if origin and os.path.isdir(origin):
        bases.append(os.path.abspath(origin))
    for base in bases:
        for up in ("..", os.path.join("..", "..")):
            candidate = os.path.normpath(os.path.join(base, up, "shared", "vibeos"))
            if os.path.exists(os.path.join(candidate, "vibeos.bin")):
                return candidate
    return os.path.normpath(os.path.join(ROOT, "..", "shared", "vibeos"))


SHARED = find_shared()
PYTHON_ELF = os.environ.get("PYTHON_ELF", os.path.join(ROOT, "build", "python.elf"))
PROMPT = "/ $ "

# US layout: characters typed without and with Shift, as QEMU key codes.
PLAIN = {" ": "spc", "\n": "ret", "-": "minus", "=": "equal", "[": "bracket_left",
         "]": "bracket_right", "\\": "backslash", ";": "semicolon", "'": "apostrophe",
         "`": "grave_accent", ",": "comma", ".": "dot", "/": "slash", "\t": "tab",
         "\b": "backspace"}
SHIFTED = {"!": "1", "@": "2", "#": "3", "$": "4", "%": "5", "^": "6", "&": "7", "*": "8",
           "(": "9", ")": "0", "_": "minus", "+": "equal", "{": "bracket_left",
           "}": "bracket_right", "|": "backslash", ":": "semicolon", '"': "apostrophe",
           "~": "grave_accent", "<": "comma", ">": "dot", "?": "slash"}


# A kernel log line ("[PROC] Started ...", "[KBD] IRQ! ..."), which may land in the middle
# of a program's line, or the start of one still being written at the end of the log.
KERNEL_LINE = re.compile(r"\[[A-Z0-9]+\] [^\n]*(?:\n|$)|\[[A-Z0-9]*\]?$")


def without_kernel_lines(text):
    return KERNEL_LINE.sub("", text)


class KernelRace(Exception):
    """A run spoiled by one of VibeOS's known races: retry from a fresh boot."""


def key_of(ch):
    """(qcode, shift) for one character."""
    if ch.isascii() and ch.isalpha():
        return ch.lower(), ch.isupper()
    if ch.isascii() and ch.isdigit():
        return ch, False
    if ch in PLAIN:
        return PLAIN[ch], False
    if ch in SHIFTED:
        return SHIFTED[ch], True
    raise ValueError(f"no key for {ch!r}")


def check_tools():
    """Install QEMU, mtools and xz when missing (Debian packages); VibeOS's files and
    python.elf must be there."""
    for need in (os.path.join(SHARED, "vibeos.bin"), os.path.join(SHARED, "disk.img.xz")):
        if not os.path.exists(need):
            raise SystemExit(f"missing {need}: set VIBEOS_DIR to VibeOS's files")
    if not os.path.exists(PYTHON_ELF):
        raise SystemExit(f"missing {PYTHON_ELF}: run `make elf`")
    missing = [pkg for tool, pkg in (("qemu-system-aarch64", "qemu-system-arm"),
                                     ("mcopy", "mtools"), ("xz", "xz-utils"))
               if shutil.which(tool) is None]
    if missing:
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True)
        subprocess.run(sudo + ["apt-get", "install", "-y", "-qq"] + missing, check=True)


class Disk:
    """An unpacked private copy of VibeOS's disk with python.elf and extra files on it."""

    def __init__(self, files=None, elf=PYTHON_ELF):
        self.dir = tempfile.mkdtemp(prefix="vibeos-")
        self.path = os.path.join(self.dir, "disk.img")
        self.dirs = {"", "/bin", "/python", "/tmp", "/etc"}
        with open(self.path, "wb") as out:
            subprocess.run(["xz", "-dc", os.path.join(SHARED, "disk.img.xz")], stdout=out,
                           check=True)
        self.put_file(elf, "/bin/python")
        self.put_file(elf, "/bin/micropython")
        for dest, data in (files or {}).items():
            local = os.path.join(self.dir, "upload")
            with open(local, "wb") as f:
                f.write(data.encode("utf-8") if isinstance(data, str) else data)
            self.put_file(local, dest)

    def put_file(self, local, dest):
        """Copy `local` to `dest` on the disk, making its missing parent directories."""
        env = dict(os.environ, MTOOLS_SKIP_CHECK="1")
        parts = dest.split("/")[:-1]
        for i in range(2, len(parts) + 1):
            d = "/".join(parts[:i])
            if d not in self.dirs:
                subprocess.run(["mmd", "-i", self.path, "::" + d], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                self.dirs.add(d)
        subprocess.run(["mcopy", "-i", self.path, "-o", local, "::" + dest], check=True,
                       env=env)

    def remove(self):
        shutil.rmtree(self.dir, ignore_errors=True)


class Machine:
    """One boot of VibeOS in QEMU over `disk` (opened with snapshot=on: writes are dropped)."""

    def __init__(self, disk, key_delay=0.03):
        self.disk = disk
        self.key_delay = key_delay
        self.serial = os.path.join(disk.dir, "serial.log")
        self.qmp_path = os.path.join(disk.dir, "qmp.sock")
        for p in (self.serial, self.qmp_path):
            if os.path.exists(p):
                os.unlink(p)
        self.consumed = 0
        self.started = time.monotonic()
        self.proc = subprocess.Popen([
            "qemu-system-aarch64", "-M", "virt,secure=on", "-cpu", "cortex-a72", "-m", "512M",
            "-rtc", "base=utc,clock=host", "-global", "virtio-mmio.force-legacy=false",
            "-device", "virtio-blk-device,drive=hd0",
            "-drive", f"file={disk.path},if=none,format=raw,id=hd0,snapshot=on",
            "-device", "virtio-keyboard-device", "-device", "virtio-tablet-device",
            "-nic", "none", "-display", "none", "-monitor", "none",
            "-serial", f"file:{self.serial}",
            "-qmp", f"unix:{self.qmp_path},server=on,wait=off",
            "-bios", os.path.join(SHARED, "vibeos.bin"),
        ], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.qmp = self._connect()

    def _connect(self):
        deadline = time.monotonic() + 10
        while True:
            try:
                s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                s.connect(self.qmp_path)
                break
            except OSError:
                s.close()
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise RuntimeError("QEMU did not start: " + self._qemu_errors())
                time.sleep(0.02)
        self.qmp_file = s.makefile("rw", encoding="utf-8")
        json.loads(self.qmp_file.readline())  # greeting
        self._command("qmp_capabilities")
        return s

    def _qemu_errors(self):
        if self.proc.poll() is None:
            return "(still running)"
        return self.proc.stderr.read().decode(errors="replace")

    def _command(self, name, **arguments):
        msg = {"execute": name}
        if arguments:
            msg["arguments"] = arguments
        self.qmp_file.write(json.dumps(msg) + "\n")
        self.qmp_file.flush()
        while True:
            reply = json.loads(self.qmp_file.readline())
            if "return" in reply:
                return reply["return"]
            if "error" in reply:
                raise RuntimeError(f"QMP {name}: {reply['error']}")

    def close(self):
        if self.proc.poll() is None:
            try:
                self._command("quit")
            except (OSError, RuntimeError, ValueError):
                pass
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.qmp.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ---- output -------------------------------------------------------------------

    def raw_log(self):
        """The whole serial log so far, CR LF as LF."""
        with open(self.serial, "rb") as f:
            return f.read().decode("utf-8", errors="replace").replace("\r\n", "\n")

    def log(self):
        """What the shell and programs printed so far: the serial log less kernel lines."""
        return without_kernel_lines(self.raw_log())

    def new_output(self):
        """The serial log after what earlier waits consumed."""
        return self.log()[self.consumed:]

    def wait_for(self, text, timeout=20.0):
        """Wait until `text` appears after the consumed part; consume up to its end and return
        everything up to it."""
        deadline = time.monotonic() + timeout
        while True:
            log = self.log()
            at = log.find(text, self.consumed)
            if at >= 0:
                seen = log[self.consumed:at + len(text)]
                self.consumed = at + len(text)
                return seen
            if "[BLK] Request timed out" in self.raw_log():
                raise KernelRace("block device timed out")
            if self.proc.poll() is not None:
                raise AssertionError(f"QEMU exited; waiting for {text!r}; log:\n{log[-2000:]}")
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"timed out waiting for {text!r}; output since:\n{log[self.consumed:][-3000:]}")
            time.sleep(0.01)

    # ---- input --------------------------------------------------------------------

    def _keys(self, qcodes, down):
        self._command("input-send-event", events=[
            {"type": "key", "data": {"down": down, "key": {"type": "qcode", "data": q}}}
            for q in qcodes])

    def press(self, qcode, *modifiers):
        """Press and release one key with modifiers (qcodes such as 'ctrl', 'shift')."""
        self._keys(list(modifiers) + [qcode], True)
        self._keys([qcode] + list(reversed(modifiers)), False)
        time.sleep(self.key_delay)

    def type_text(self, text):
        for ch in text:
            code, shift = key_of(ch)
            if shift:
                self.press(code, "shift")
            else:
                self.press(code)

    def type_line(self, line):
        """Type `line` and Enter, then check that it was echoed exactly: a duplicated or lost
        key (the kernel's keyboard race) raises KernelRace."""
        self.type_text(line)
        echo = self.wait_for_line_end()
        if not echo.endswith(line):
            raise KernelRace(f"typed {line!r}, echoed {echo!r}")
        self.press("ret")

    def wait_for_line_end(self, settle=0.3, timeout=10.0):
        """The text echoed since the last consumed output once it stops changing."""
        deadline = time.monotonic() + timeout
        last, stable_since = None, time.monotonic()
        while time.monotonic() < deadline:
            now = self.new_output()
            if now != last:
                last, stable_since = now, time.monotonic()
            elif time.monotonic() - stable_since >= settle:
                break
            time.sleep(0.02)
        return last or ""

    def ctrl(self, letter):
        self.press(letter, "ctrl")
