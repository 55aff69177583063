# Binary files read and write bytes exactly.
import os
TMP = "_tmp_binary_mode"
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
path = TMP + "/data.bin"
payload = bytes(range(256))
with open(path, "wb") as f:
    print(f.write(payload), f.write(b""), f.write(bytearray(b"\xff\xfe")))
with open(path, "rb") as f:
    data = f.read()
print(len(data), data[:4], data[-3:], data[:256] == payload)
with open(path, "rb") as f:
    print(f.read(3), f.read(2), type(f.read(1)).__name__)
with open(path, "rb") as f:
    chunks = []
    while True:
        chunk = f.read(100)
        if not chunk:
            break
        chunks.append(len(chunk))
print(chunks)
text = "héllo\n€"
with open(path, "wb") as f:
    f.write(text.encode("utf-8"))
with open(path, "rb") as f:
    raw = f.read()
print(raw, raw.decode("utf-8") == text)
with open(path, "rb") as f:
    print(f.readline(), f.readline())
try:
    with open(path, "wb") as f:
        f.write("str into binary file")
except TypeError as e:
    print(type(e).__name__)
try:
    with open(path, "w") as f:
        f.write(b"bytes into text file")
except TypeError as e:
    print(type(e).__name__)
print(os.stat(path)[6])
rmtree(TMP)
print(TMP in os.listdir("."))
