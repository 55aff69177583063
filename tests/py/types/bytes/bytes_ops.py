# Operators on bytes: concatenation, repetition, comparison, hashing.
a, b = b"abc", b"abd"
print(a + b, a * 2, 2 * a, a * 0, a * -1, b"" + b"")
print(a == b"abc", a != b, a < b, a <= a, b > a, b"" < b"\x00", b"ab" < b"abc")
print(sorted([b"b", b"a", b"ab", b"", b"\xff", b"A"]))
print(max(b"x", b"y"), min([b"bb", b"b"]))
print(a == "abc", a == bytearray(b"abc"), bytearray(b"abc") == a)
try:
    a + "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < "abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * 1.5
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b"abc") == hash(b"ab" + b"c"), {b"k": 1}[b"k"], len({b"a", b"a", b"b"}))
print(a + bytearray(b"!"), type(a + bytearray(b"!")).__name__)
print(bytearray(b"x") + a, type(bytearray(b"x") + a).__name__)
x = b"start"
y = x
x += b"-more"
print(x, y, x is y)
print(b"%d-%s-%x" % (5, b"b", 255), b"%5s|%-5s|" % (b"r", b"l"), b"%c%c" % (65, b"B"))
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
print(len(b"abc" * 1000), (b"ab" * 3).count(b"ab"))
print(list(zip(b"ab", b"xy")), bytes(map(lambda c: c + 1, b"HAL")))
print(bool(b""), bool(b"\x00"), not b"")
