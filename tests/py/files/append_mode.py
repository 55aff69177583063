# Append mode adds to the end; 'a' creates missing files.
import os
TMP = "_tmp_append_mode"
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
log = TMP + "/log.txt"
for i in range(3):
    with open(log, "a") as f:
        f.write("entry %d\n" % i)
with open(log) as f:
    print(f.read().splitlines())
with open(log, "a") as f:
    print(f.write("last\n"))
with open(log) as f:
    print(f.readlines()[-1])
with open(log, "w") as f:
    f.write("reset\n")
with open(log, "a") as f:
    f.write("after reset\n")
with open(log) as f:
    print(f.read().splitlines())
binlog = TMP + "/log.bin"
with open(binlog, "ab") as f:
    f.write(b"\x01\x02")
with open(binlog, "ab") as f:
    f.write(bytes([3, 4]))
with open(binlog, "rb") as f:
    print(list(f.read()))
with open(log, "a") as f:
    try:
        f.read()
    except OSError as e:
        print("reading an append-only file raises OSError:", isinstance(e, OSError))
print(os.stat(log)[6], os.stat(binlog)[6])
rmtree(TMP)
print(TMP in os.listdir("."))
