# ls.py [-l] [PATH...]: list directories (and name files).
import os
import sys

args = sys.argv[1:]
long_form = "-l" in args
paths = [a for a in args if a != "-l"] or ["."]


def show(name, path):
    st = os.stat(path)
    is_dir = st[0] & 0x4000
    if long_form:
        print("%s %8d  %s" % ("d" if is_dir else "-", 0 if is_dir else st[6], name + ("/" if is_dir else "")))
    else:
        print(name + ("/" if is_dir else ""))


status = 0
for i, path in enumerate(paths):
    try:
        st = os.stat(path)
    except OSError as e:
        print("ls: %s: %s" % (path, e))
        status = 1
        continue
    if not st[0] & 0x4000:
        show(path, path)
        continue
    if len(paths) > 1:
        print(("\n" if i else "") + path + ":")
    for name in sorted(os.listdir(path)):
        show(name, path.rstrip("/") + "/" + name)
raise SystemExit(status)
