# bytearray() constructor forms and conversions.
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray(b"copy"))
print(bytearray("héllo", "utf-8"), bytearray(range(3)), bytearray(x for x in b"gen"))
print(bytearray(bytearray(b"nested")), bytes(bytearray(b"to bytes")))
for bad in [[256], [-5], "text", 1.5]:
    try:
        bytearray(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    bytearray(-1)
except ValueError as e:
    print(type(e).__name__, e)
src = b"shared"
ba = bytearray(src)
ba[0] = ord("S")
print(src, ba)
ba2 = bytearray(ba)
ba2[0] = ord("Z")
print(ba, ba2)
print(type(bytearray()).__name__, isinstance(bytearray(), bytes), isinstance(bytearray(), bytearray))
print(bytearray(b"abc") == b"abc", bytearray(b"abc") == bytearray(b"abc"), bytearray() == b"")
print(list(bytearray(b"\x00\x7f\xff")), len(bytearray(100)))
print(bytearray(b"x").decode(), bytearray("€", "utf-8").decode("utf-8"))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(bytearray(b"ab") in [b"ab"], b"ab" in [bytearray(b"ab")])
print(bytearray.fromhex("ff00"), bytearray(b"\x01").hex())
print(repr(bytearray(b"it's")), str(bytearray(b"a")))
