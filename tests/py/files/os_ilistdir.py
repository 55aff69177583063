# exp: hand-written
# os.ilistdir is MicroPython's directory iterator (CPython's os has no ilistdir); output follows MicroPython.
import os
TMP = "_tmp_os_ilistdir"
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
try:
    os.mkdir(TMP + "/subdir")
    with open(TMP + "/file.txt", "w") as f:
        f.write("12345")
    entries = sorted(os.ilistdir(TMP))
    for entry in entries:
        print(entry[0], hex(entry[1]), len(entry) >= 3)
    it = os.ilistdir(TMP)
    print(type(next(it)).__name__)
    names = sorted(e[0] for e in os.ilistdir(TMP))
    print(names, names == sorted(os.listdir(TMP)))
    dirs = [e[0] for e in os.ilistdir(TMP) if e[1] == 0x4000]
    files = [e[0] for e in os.ilistdir(TMP) if e[1] == 0x8000]
    print(dirs, files)
    print(list(os.ilistdir(TMP + "/subdir")))
    try:
        list(os.ilistdir(TMP + "/missing"))
    except OSError as e:
        print(type(e).__name__, e.errno)
finally:
    rmtree(TMP)
print(TMP in os.listdir("."))
