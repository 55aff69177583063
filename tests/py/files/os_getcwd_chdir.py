# os.getcwd and os.chdir; relative paths follow the current directory.
import os
TMP = "_tmp_os_getcwd_chdir"
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
start = os.getcwd()
print(type(start).__name__, start.replace("\\", "/").rstrip("/").split("/")[-1])
print(start.startswith("/") or ":" in start)
os.chdir(TMP)
inside = os.getcwd()
print(inside.replace("\\", "/").split("/")[-1], inside != start, inside.startswith(start))
with open("here.txt", "w") as f:
    f.write("written with a relative path")
print(os.listdir("."))
os.mkdir("child")
os.chdir("child")
print(os.getcwd().replace("\\", "/").split("/")[-2:])
with open("../here.txt") as f:
    print(f.read())
os.chdir("..")
print(sorted(os.listdir(".")))
os.chdir(start)
print(os.getcwd() == start, TMP in os.listdir("."))
print(os.listdir(TMP + "/child"))
os.chdir(start + "/" + TMP)
print(os.getcwd().replace("\\", "/").split("/")[-1])
os.chdir(start)
try:
    os.chdir(TMP + "/does_not_exist")
except OSError as e:
    print(type(e).__name__, e.errno)
print(os.getcwd() == start)
rmtree(TMP)
print(TMP in os.listdir("."))
