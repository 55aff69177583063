# open(): modes, text vs binary, and errors (files live in a scratch directory).
import os
d = "_tmp_open_builtin"
if d not in os.listdir("."):
    os.mkdir(d)
path = d + "/sample.txt"
with open(path, "w") as f:
    print(type(f.write("hello\n")).__name__, f.write("world\n"))
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(f.readline(), end="")
with open(path, "rb") as f:
    data = f.read()
    print(data, type(data).__name__)
with open(path, "a") as f:
    f.write("appended\n")
with open(path, "rt") as f:
    print(f.read().splitlines())
with open(path, "wb") as f:
    print(f.write(b"\x00\x01binary"))
with open(path, "rb") as f:
    print(f.read())
with open(path, mode="w", encoding="utf-8") as f:
    f.write("é€")
with open(path, encoding="utf-8") as f:
    print(f.read())
with open(path, "rb") as f:
    print(f.read())
try:
    open(d + "/missing.txt")
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    open(path, "q")
except ValueError as e:
    print(type(e).__name__)
f = open(path)
print(f.closed)
f.close()
print(f.closed)
os.remove(path)
os.rmdir(d)
print(d in os.listdir("."))
