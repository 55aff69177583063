# bytes.hex() with separators and bytes.fromhex().
b = b"\x00\x01\xab\xff\x10"
print(b.hex(), b"".hex(), b"\xde\xad\xbe\xef".hex())
print(b.hex(":"), b.hex("-", 2), b.hex(" ", -2), b.hex(":", 1))
print(bytes.fromhex("deadbeef"), bytes.fromhex("DE AD BE EF"), bytes.fromhex(""), bytes.fromhex("  00ff  "))
print(bytes.fromhex(b.hex()) == b)
for bad in ["abc", "zz", "0g", "a b", "0x10"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    bytes.fromhex(b"00")
except TypeError as e:
    print(type(e).__name__, e)
print(bytearray.fromhex("41 42 43"), type(bytearray.fromhex("00")).__name__)
print(bytearray(b"\x01\x02").hex(), bytearray(b"\x0a\x0b").hex("."))
print(bytes(range(16)).hex())
print(bytes.fromhex("ff" * 4), len(bytes.fromhex("00" * 100)))
print("".join("%02x" % x for x in b) == b.hex())
print(int(b.hex(), 16), int.from_bytes(b, "big"))
for n in [0, 1, 255, 256, 65535]:
    print(n, n.to_bytes(2, "big").hex())
print(bytes.fromhex("e282ac").decode("utf-8"))
print(b"AZaz09".hex("_"), b"\x7f\x80".hex())
