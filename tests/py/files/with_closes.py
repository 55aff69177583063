# with closes files, even on exceptions; closed files reject I/O.
import os
TMP = "_tmp_with_closes"
def rmtree(path):
    for name in os.listdir(path):
        p = path + "/" + name
        if os.stat(p)[0] & 0x4000:
            rmtree(p)
        else:
            os.remove(p)
    os.rmdir(path)
if TMP in os.listdir("."):
    rmtree(TMP)
os.mkdir(TMP)
path = TMP + "/f.txt"
with open(path, "w") as f:
    print(f.closed)
    f.write("data")
print(f.closed)
try:
    with open(path) as g:
        raise RuntimeError("inside with")
except RuntimeError as e:
    print(type(e).__name__, e, g.closed)
for op in ["read", "readline", "write", "seek"]:
    try:
        if op == "write":
            f.write("x")
        elif op == "seek":
            f.seek(0)
        else:
            getattr(f, op)()
    except ValueError as e:
        print(op, type(e).__name__, e)
h = open(path)
print(h.read(), h.closed)
h.close()
h.close()
print(h.closed)
with open(path) as a, open(path, "rb") as b:
    print(a.read(2), b.read(2))
print(a.closed, b.closed)
with open(path) as f2:
    entered = f2
print(entered is f2, entered.closed)
def read_all(p):
    with open(p) as fh:
        return fh.read()
print(read_all(path))
try:
    iter(h).__next__()
except ValueError as e:
    print("iterating closed file:", type(e).__name__)
rmtree(TMP)
print(TMP in os.listdir("."))
