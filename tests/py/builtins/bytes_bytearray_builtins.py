# bytes() and bytearray() builtins.
print(bytes(), bytes(2), bytes([1, 255]), bytes(b"x"), bytes("é", "utf-8"), bytes(range(3)))
print(bytearray(), bytearray(2), bytearray([1, 255]), bytearray(b"x"), bytearray("é", "utf-8"))
print(bytes(bytearray(b"ba")), bytearray(bytes(b"by")), bytes(map(ord, "hi")))
for ctor in (bytes, bytearray):
    for bad in ([256], [-1], "str", 1.0, None):
        try:
            ctor(bad)
        except (ValueError, TypeError) as e:
            print(ctor.__name__, repr(bad), type(e).__name__, e)
print(bytes("abc", "ascii") == b"abc", bytearray("abc", "ascii") == b"abc")
b = bytes(5)
print(b, len(b), b.count(0))
ba = bytearray(b"abc")
ba[0] = 65
print(ba, bytes(ba), ba.decode())
class WithBytes:
    def __bytes__(self):
        return b"custom"
print(bytes(WithBytes()))
print(bytes([x for x in range(65, 70)]), bytearray(x + 1 for x in b"HAL"))
print(type(bytes()).__name__, type(bytearray()).__name__, bytes is not bytearray)
print(bytes.fromhex("6869"), bytearray.fromhex("6869"), bytes(3) == b"\x00" * 3)
