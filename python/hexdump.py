# hexdump.py FILE: offsets, 16 bytes in hex, and the printable characters.
import sys

if len(sys.argv) != 2:
    print("usage: hexdump.py FILE")
    raise SystemExit(2)
with open(sys.argv[1], "rb") as f:
    data = f.read()
for offset in range(0, len(data), 16):
    chunk = data[offset:offset + 16]
    hexes = " ".join("%02x" % b for b in chunk)
    text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
    print("%08x  %-47s  |%s|" % (offset, hexes, text))
print("%08x" % len(data))
