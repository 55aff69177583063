# Converting between bytearray, bytes, str, int and hex.
ba = bytearray("naïve €", "utf-8")
print(ba, len(ba), ba.decode("utf-8"), len(ba.decode("utf-8")))
print(ba.hex(), bytearray.fromhex(ba.hex()) == ba)
print(bytes(ba), bytes(ba) == ba, type(bytes(ba)).__name__)
try:
    ba.decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.start, e.end, e.reason)
print(ba.decode("ascii", "ignore"), ba.decode("utf-8", "replace"))
print(int.from_bytes(bytearray(b"\x01\x00"), "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"))
buf = bytearray(4)
value = 0x12345678
for i in range(4):
    buf[i] = (value >> (8 * (3 - i))) & 0xFF
print(buf.hex(), int.from_bytes(buf, "big") == value)
buf[0:2] = (0xABCD).to_bytes(2, "big")
print(buf.hex(" "))
text = bytearray()
for word in ["alpha", "beta", "gamma"]:
    text += word.encode() + b"\n"
print(text.decode().splitlines())
print(str(ba, "utf-8"), str(bytearray(b"x"), encoding="ascii"))
checksum = 0
for byte in bytearray(b"checksum me"):
    checksum = (checksum + byte) & 0xFF
print(checksum, sum(b"checksum me") % 256)
rev = bytearray(b"abc")
rev.reverse()
print(rev, rev.decode()[::-1])
print(bytearray(b"%02x" % 255), bytearray(b"") .hex() == "")
print(list(bytearray(range(250, 256))))
