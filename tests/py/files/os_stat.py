# os.stat: size in field 6 and the directory bit 0x4000 in field 0.
import os
TMP = "_tmp_os_stat"
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
path = TMP + "/sized.bin"
for size in [0, 1, 100, 4096, 10000]:
    with open(path, "wb") as f:
        f.write(b"x" * size)
    st = os.stat(path)
    print(size, st[6], st[0] & 0x4000, bool(st[0] & 0x8000))
st = os.stat(TMP)
print("dir bit:", st[0] & 0x4000, bool(st[0] & 0x8000))
print(len(os.stat(path)) >= 10, isinstance(os.stat(path)[6], int))
with open(path, "w") as f:
    f.write("é€")
print("utf-8 text size:", os.stat(path)[6])
with open(path, "a") as f:
    f.write("more")
print("after append:", os.stat(path)[6])
print(os.stat(".")[0] & 0x4000, os.stat("os_stat.py")[0] & 0x4000)
print(os.stat("os_stat.py")[6] > 0)
def is_dir(p):
    return os.stat(p)[0] & 0x4000 != 0
def size_of(p):
    return os.stat(p)[6]
os.mkdir(TMP + "/d")
with open(TMP + "/d/f", "w") as f:
    f.write("12345")
print(is_dir(TMP + "/d"), is_dir(TMP + "/d/f"), size_of(TMP + "/d/f"))
t = os.stat(TMP + "/d/f")
print(isinstance(t[8], (int, float)), t[8] > 0)
total = sum(size_of(TMP + "/" + n) for n in os.listdir(TMP) if not is_dir(TMP + "/" + n))
print(total)
rmtree(TMP)
print(TMP in os.listdir("."))
