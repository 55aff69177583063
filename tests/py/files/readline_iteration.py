# readline, readlines and iterating over a file object.
import os
TMP = "_tmp_readline_iteration"
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
path = TMP + "/lines.txt"
with open(path, "w") as f:
    f.write("alpha\nbeta\n\ngamma\nno newline at end")
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for number, line in enumerate(f, 1):
        print(number, repr(line.rstrip("\n")))
with open(path) as f:
    print([len(line) for line in f])
with open(path) as f:
    first = next(f)
    rest = list(f)
print(repr(first), len(rest))
with open(path) as f:
    print(iter(f) is f)
with open(path) as f:
    print(sum(1 for _ in f), "lines")
with open(path) as f:
    f.readline()
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline(3)), repr(f.readline(100)))
with open(path, "rb") as f:
    print(f.readlines()[:2])
empty = TMP + "/empty.txt"
open(empty, "w").close()
with open(empty) as f:
    print(repr(f.readline()), f.readlines(), list(f))
rmtree(TMP)
print(TMP in os.listdir("."))
