"""Boot qemu-host (the test kernel in qemu-host/) with python.elf in QEMU, and talk to it
over its UART.

What this owns: the boot archive (a ustar file holding python.elf as /bin/python, the
repository's python/ directory as /python if there is one, and a test's extra files), the
QEMU command line (`command`, also used by `make run`), and `Machine`: one QEMU process
whose serial line is a Unix socket QEMU waits on before starting the guest, so no output
is lost. `Machine` is a `ptyharness.Session` (send, read_until, expect, wait_exit), so the
REPL tests' tools and `SerialBridge` (a pty for mpremote) work on it unchanged.

In: build/python.elf and target/aarch64-unknown-none/elf/qemu-host (QEMU_HOST=...).
Out: QEMU's exit status is the program's (semihosting).
"""

import io
import os
import shutil
import socket
import subprocess
import sys
import tarfile
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "repl"))
from ptyharness import Session, TestFailure  # noqa: E402

PYTHON_ELF = os.environ.get("PYTHON_ELF", os.path.join(ROOT, "build", "python.elf"))
QEMU_HOST = os.environ.get(
    "QEMU_HOST", os.path.join(ROOT, "target", "aarch64-unknown-none", "elf", "qemu-host"))
# python/ holds the repository's Python programs; tests bring their own fixtures.
PYTHON_DIR = os.path.join(ROOT, "python")


def check_tools():
    """Install QEMU when missing (Debian package); the two images must exist."""
    if shutil.which("qemu-system-aarch64") is None:
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True)
        subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "qemu-system-arm"],
                       check=True)
    for need, how in ((PYTHON_ELF, "make elf"), (QEMU_HOST, "make qemu-host")):
        if not os.path.exists(need):
            raise SystemExit(f"missing {need}: run `{how}`")


def _add(tar, name, data=None):
    info = tarfile.TarInfo(name)
    if data is None:
        info.type = tarfile.DIRTYPE
        info.mode = 0o755
        tar.addfile(info)
    else:
        info.size = len(data)
        info.mode = 0o644
        tar.addfile(info, io.BytesIO(data))


def make_archive(path, files=None, elf=PYTHON_ELF):
    """The boot archive at `path`: /bin/python, /python (python/ and `files` whose names
    start with /python/), /tmp, and any other `files` (name -> str or bytes)."""
    with tarfile.open(path, "w", format=tarfile.USTAR_FORMAT) as tar:
        _add(tar, "bin")
        with open(elf, "rb") as f:
            _add(tar, "bin/python", f.read())
        _add(tar, "python")
        _add(tar, "tmp")
        if os.path.isdir(PYTHON_DIR):
            for base, dirs, names in sorted(os.walk(PYTHON_DIR)):
                rel = os.path.relpath(base, ROOT)
                for d in sorted(dirs):
                    _add(tar, f"{rel}/{d}")
                for n in sorted(names):
                    with open(os.path.join(base, n), "rb") as f:
                        _add(tar, f"{rel}/{n}", f.read())
        for name, data in (files or {}).items():
            parts = name.strip("/").split("/")
            for i in range(1, len(parts)):
                if "/".join(parts[:i]) not in ("bin", "python", "tmp"):
                    _add(tar, "/".join(parts[:i]))
            _add(tar, "/".join(parts), data.encode() if isinstance(data, str) else data)


def command(archive, args="python", serial=("-nographic",), display=False):
    """The QEMU command line booting qemu-host with `archive` and the argument line."""
    cmd = ["qemu-system-aarch64", "-M", "virt", "-cpu", "cortex-a72", "-m", "512M",
           "-semihosting-config", "enable=on,target=native",
           "-kernel", QEMU_HOST,
           "-fw_cfg", f"name=opt/vibepy/fs.tar,file={archive}",
           "-fw_cfg", f"name=opt/vibepy/args,string={args}",
           *serial]
    if display:
        cmd += ["-device", "ramfb"]
    return cmd


class Machine(Session):
    """One boot of qemu-host; the test holds the serial line's far end."""

    def __init__(self, args="python", files=None, timeout=10.0, display=False):
        self.timeout = timeout
        self.output = bytearray()
        self.consumed = 0
        self.eof = False
        self.dir = tempfile.mkdtemp(prefix="qemu-host-")
        archive = os.path.join(self.dir, "fs.tar")
        make_archive(archive, files)
        sock_path = os.path.join(self.dir, "serial.sock")
        self.qmp_path = os.path.join(self.dir, "qmp.sock")
        serial = ["-display", "none", "-monitor", "none",
                  "-chardev", f"socket,id=s0,path={sock_path},server=on,wait=on",
                  "-serial", "chardev:s0",
                  "-qmp", f"unix:{self.qmp_path},server=on,wait=off"]
        self.process = subprocess.Popen(
            command(archive, args, serial, display), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        while True:
            try:
                self.sock.connect(sock_path)
                break
            except (FileNotFoundError, ConnectionRefusedError):
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise TestFailure("QEMU did not start: "
                                      + self.process.stderr.read().decode(errors="replace"))
                time.sleep(0.02)
        self.master = self.sock.fileno()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process.stderr.close()
        self.sock.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def qmp(self, command, **arguments):
        """One QMP command; its "return" value."""
        import json
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as q:
            q.connect(self.qmp_path)
            f = q.makefile("rwb")
            f.readline()
            for cmd in ({"execute": "qmp_capabilities"},
                        {"execute": command, "arguments": arguments}):
                f.write(json.dumps(cmd).encode() + b"\n")
                f.flush()
                while True:
                    reply = json.loads(f.readline())
                    if "return" in reply or "error" in reply:
                        break
            if "error" in reply:
                raise TestFailure(f"QMP {command}: {reply['error']}")
            return reply["return"]


def run(args, gui=False):
    """`make run`: boot with the REPL (or a script) on this terminal; QEMU's status.
    With `gui` (`make run-gui`) the framebuffer shows in a QEMU window (ramfb) and the
    serial line stays on this terminal."""
    check_tools()
    with tempfile.TemporaryDirectory(prefix="qemu-host-") as tmp:
        archive = os.path.join(tmp, "fs.tar")
        make_archive(archive)
        serial = ("-serial", "mon:stdio") if gui else ("-nographic",)
        return subprocess.run(command(archive, " ".join(args), serial, display=gui)).returncode


if __name__ == "__main__":
    if sys.argv[1:2] not in (["run"], ["run-gui"]):
        raise SystemExit("usage: qemuhost.py run|run-gui [python [SCRIPT [ARGS...]]]")
    sys.exit(run(sys.argv[2:] or ["python"], gui=sys.argv[1] == "run-gui"))
