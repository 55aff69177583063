# runall.py [LIST [LABEL...]]: run the python/ scripts of LIST (default
# tests/vibe/scripts.txt) one after another in this one process, for hosts where starting
# a program per script is slow or impossible to automate (qemu-host, the real VibeOS):
# each script runs as __main__ in a fresh namespace with its own sys.argv. For every
# script it prints `=== LABEL`, the script's output and `[exit STATUS]`, the form of
# tests/vibe/scripts/LABEL.exp; `=== end` closes the run. Paths are relative to the cwd,
# which must hold python/ and tests/vibe/ (the repository root, or / on the test disks).
import sys

args = sys.argv[1:]
listing = args[0] if args else "tests/vibe/scripts.txt"
wanted = args[1:]


def status_of(e):
    code = e.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code)
    return 1


for line in open(listing).read().split("\n"):
    words = line.split()
    if not words or words[0].startswith("#") or wanted and words[0] not in wanted:
        continue
    print("=== " + words[0])
    path = words[1]
    sys.argv = words[1:]
    try:
        code = compile(open(path).read(), path, "exec")
        exec(code, {"__name__": "__main__", "__file__": path})
        status = 0
    except SystemExit as e:
        status = status_of(e)
    except Exception as e:
        print("Traceback: %s: %s" % (type(e).__name__, e))
        status = 1
    print("[exit %d]" % status)
print("=== end")
