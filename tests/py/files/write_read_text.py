# Writing a text file and reading it back in several ways.
import os
TMP = "_tmp_write_read_text"
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
path = TMP + "/notes.txt"
f = open(path, "w")
print(f.write("first line\n"), f.write("second line\n"), f.write(""))
f.write("unicode: é € 😀\n")
print("printed into file", 42, file=f)
f.close()
with open(path) as f:
    content = f.read()
print(repr(content))
print(len(content), content.count("\n"))
with open(path, "r") as f:
    print(repr(f.read(5)), repr(f.read(6)), repr(f.read(0)))
    rest = f.read()
    print(len(rest), repr(f.read()))
with open(path, encoding="utf-8") as f:
    print(f.read().splitlines()[2])
with open(path, "w") as f:
    f.write("overwritten")
with open(path) as f:
    print(f.read())
with open(path, "w") as f:
    pass
with open(path) as f:
    print(repr(f.read()))
with open(path, "w") as f:
    f.write("x" * 10000)
with open(path) as f:
    data = f.read()
print(len(data), data == "x" * 10000)
rmtree(TMP)
print(TMP in os.listdir("."))
