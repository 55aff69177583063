# os.sep and building paths by hand.
import os
print(os.sep, len(os.sep), os.sep == "/")
TMP = "_tmp_os_sep_paths"
def rmtree(path):
    for name in os.listdir(path):
        p = path + os.sep + name
        if os.stat(p)[0] & 0x4000:
            rmtree(p)
        else:
            os.remove(p)
    os.rmdir(path)
if TMP in os.listdir("."):
    rmtree(TMP)
os.mkdir(TMP)
def join(*parts):
    return os.sep.join(parts)
nested = join(TMP, "one", "two")
os.mkdir(join(TMP, "one"))
os.mkdir(nested)
with open(join(nested, "leaf.txt"), "w") as f:
    f.write("leaf")
print(nested.split(os.sep), os.listdir(nested))
def walk(top):
    out = []
    for name in sorted(os.listdir(top)):
        p = join(top, name)
        if os.stat(p)[0] & 0x4000:
            out.append(p + os.sep)
            out.extend(walk(p))
        else:
            out.append(p)
    return out
for p in walk(TMP):
    print(p)
def basename(p):
    return p.rstrip(os.sep).split(os.sep)[-1]
def dirname(p):
    return os.sep.join(p.split(os.sep)[:-1])
leaf = join(nested, "leaf.txt")
print(basename(leaf), dirname(leaf), basename(nested + os.sep))
print(join("a", "b") == "a" + os.sep + "b", "." + os.sep + TMP in ["." + os.sep + n for n in os.listdir(".")])
with open("." + os.sep + leaf) as f:
    print(f.read())
rmtree(TMP)
print(TMP in os.listdir("."))
