# SystemExit carries an exit code; catching it keeps the program running.
import sys
for args in [(), (0,), (3,), ("message",), (None,), (1, 2)]:
    try:
        raise SystemExit(*args)
    except SystemExit as e:
        print(args, "->", repr(e.code), e.args)
for arg in [None, 0, 5, "text"]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("sys.exit(%r) code=%r" % (arg, e.code))
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() code", e.code)
try:
    try:
        sys.exit(7)
    except Exception:
        print("wrong: Exception caught SystemExit")
except SystemExit as e:
    print("only BaseException handlers see it:", e.code)
def cleanup_runs():
    try:
        sys.exit(1)
    finally:
        print("finally runs on sys.exit")
try:
    cleanup_runs()
except SystemExit:
    pass
e = SystemExit(42)
e.code = 43
print(e.code, e.args)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
try:
    raise SystemExit
except SystemExit as e:
    print("bare class:", e.code, e.args)
print("still running")
