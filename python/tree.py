# tree.py [DIR]: the directory tree below DIR (default '.'), sorted, with a count.
import os
import sys

counts = [0, 0]


def walk(path, prefix):
    names = sorted(os.listdir(path))
    for i, name in enumerate(names):
        last = i == len(names) - 1
        full = path.rstrip("/") + "/" + name
        is_dir = os.stat(full)[0] & 0x4000
        print(prefix + ("`-- " if last else "|-- ") + name)
        if is_dir:
            counts[0] += 1
            walk(full, prefix + ("    " if last else "|   "))
        else:
            counts[1] += 1


root = sys.argv[1] if len(sys.argv) > 1 else "."
print(root)
walk(root, "")
print("\n%d directories, %d files" % tuple(counts))
