# Opening missing files raises FileNotFoundError (errno 2) with CPython's message.
import os
TMP = "_tmp_file_not_found"
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
missing = TMP + "/missing.txt"
for mode in ["r", "rb", "r+"]:
    try:
        open(missing, mode)
    except FileNotFoundError as e:
        print(mode, type(e).__name__, e.errno, e)
try:
    open(TMP + "/no_dir/file.txt", "w")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(missing)
except OSError as e:
    print(isinstance(e, FileNotFoundError), e.args, e.filename)
try:
    os.stat(missing)
except OSError as e:
    print("stat:", type(e).__name__, e.errno)
try:
    os.remove(missing)
except OSError as e:
    print("remove:", type(e).__name__, e.errno)
try:
    os.rmdir(TMP + "/nope")
except OSError as e:
    print("rmdir:", type(e).__name__, e.errno)
try:
    os.listdir(TMP + "/nope")
except OSError as e:
    print("listdir:", type(e).__name__, e.errno)
try:
    os.rename(missing, TMP + "/other")
except OSError as e:
    print("rename:", type(e).__name__, e.errno)
with open(missing, "w") as f:
    f.write("now it exists")
with open(missing) as f:
    print(f.read())
def exists(p):
    try:
        os.stat(p)
        return True
    except OSError:
        return False
print(exists(missing), exists(TMP + "/still_missing"))
rmtree(TMP)
print(TMP in os.listdir("."))
