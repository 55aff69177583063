# os.mkdir, os.rmdir and os.listdir.
import os
TMP = "_tmp_os_dirs"
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
print(TMP in os.listdir("."))
os.mkdir(TMP)
print(TMP in os.listdir("."), os.listdir(TMP))
for name in ["b_dir", "a_dir", "c_dir"]:
    os.mkdir(TMP + "/" + name)
for name in ["z.txt", "y.txt"]:
    with open(TMP + "/" + name, "w") as f:
        f.write(name)
print(sorted(os.listdir(TMP)))
print(type(os.listdir(TMP)).__name__, all(isinstance(n, str) for n in os.listdir(TMP)))
os.mkdir(TMP + "/a_dir/nested")
print(os.listdir(TMP + "/a_dir"))
try:
    os.mkdir(TMP + "/a_dir")
except OSError as e:
    print("mkdir existing:", type(e).__name__, e.errno)
try:
    os.rmdir(TMP + "/a_dir")
except OSError as e:
    print("rmdir non-empty:", isinstance(e, OSError))
os.rmdir(TMP + "/a_dir/nested")
os.rmdir(TMP + "/a_dir")
print(sorted(os.listdir(TMP)))
try:
    os.mkdir(TMP + "/missing_parent/child")
except OSError as e:
    print("mkdir without parent:", type(e).__name__, e.errno)
dirs = sorted(n for n in os.listdir(TMP) if os.stat(TMP + "/" + n)[0] & 0x4000)
files = sorted(n for n in os.listdir(TMP) if not os.stat(TMP + "/" + n)[0] & 0x4000)
print(dirs, files)
print("." not in os.listdir(TMP), ".." not in os.listdir(TMP))
rmtree(TMP)
print(TMP in os.listdir("."))
