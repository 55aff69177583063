# os.remove and os.rename on files and directories.
import os
TMP = "_tmp_os_remove_rename"
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
a = TMP + "/a.txt"
with open(a, "w") as f:
    f.write("content of a")
os.rename(a, TMP + "/b.txt")
print(sorted(os.listdir(TMP)))
with open(TMP + "/b.txt") as f:
    print(f.read())
with open(TMP + "/c.txt", "w") as f:
    f.write("c")
os.rename(TMP + "/c.txt", TMP + "/b.txt")
with open(TMP + "/b.txt") as f:
    print("rename over existing:", f.read(), sorted(os.listdir(TMP)))
os.mkdir(TMP + "/sub")
os.rename(TMP + "/b.txt", TMP + "/sub/moved.txt")
print(sorted(os.listdir(TMP)), os.listdir(TMP + "/sub"))
os.rename(TMP + "/sub", TMP + "/renamed_dir")
print(sorted(os.listdir(TMP)), os.listdir(TMP + "/renamed_dir"))
os.remove(TMP + "/renamed_dir/moved.txt")
print(os.listdir(TMP + "/renamed_dir"))
try:
    os.remove(TMP + "/renamed_dir/moved.txt")
except OSError as e:
    print("remove missing:", type(e).__name__, e.errno)
try:
    os.remove(TMP + "/renamed_dir")
except OSError as e:
    print("remove a directory:", isinstance(e, OSError))
os.rmdir(TMP + "/renamed_dir")
for i in range(5):
    with open(TMP + "/f%d" % i, "w") as f:
        f.write(str(i))
for name in sorted(os.listdir(TMP)):
    if name in ("f1", "f3"):
        os.remove(TMP + "/" + name)
print(sorted(os.listdir(TMP)))
print(os.remove.__name__, os.rename.__name__)
rmtree(TMP)
print(TMP in os.listdir("."))
