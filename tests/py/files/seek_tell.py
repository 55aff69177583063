# seek() and tell() on binary and text files.
import os
TMP = "_tmp_seek_tell"
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
path = TMP + "/seek.bin"
with open(path, "wb") as f:
    f.write(b"0123456789")
    print(f.tell())
with open(path, "rb") as f:
    print(f.tell(), f.read(3), f.tell())
    print(f.seek(7), f.read(), f.tell())
    print(f.seek(0), f.read(2))
    print(f.seek(-3, 2), f.read())
    print(f.seek(2), f.seek(3, 1), f.read(1))
    print(f.seek(100), f.read(), f.tell())
    print(f.seek(0, 2), f.tell())
with open(path, "r+b") as f:
    f.seek(4)
    f.write(b"XY")
    f.seek(0)
    print(f.read())
with open(path, "rb+") as f:
    f.seek(0, 2)
    f.write(b"END")
    f.seek(-5, 2)
    print(f.read())
text = TMP + "/seek.txt"
with open(text, "w") as f:
    f.write("hello\nworld\n")
with open(text) as f:
    f.readline()
    pos = f.tell()
    line2 = f.readline()
    f.seek(pos)
    print(repr(line2), f.readline() == line2)
    f.seek(0)
    print(repr(f.read(5)))
with open(path, "rb") as f:
    try:
        f.seek(-1)
    except (OSError, ValueError) as e:
        print("negative seek:", type(e).__name__)
rmtree(TMP)
print(TMP in os.listdir("."))
