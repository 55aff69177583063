# Operators and comparisons on bytearray.
a = bytearray(b"abc")
b = bytearray(b"abd")
print(a + b, a + b"!", b"!" + a, type(b"!" + a).__name__, a * 2, 3 * bytearray(b"-"))
print(a == b"abc", a != b, a < b, a <= b"abc", b > a, a == "abc")
print(sorted([bytearray(b"b"), b"a", bytearray(b"c")]))
alias = a
a += b"def"
print(a, alias, a is alias)
a *= 2
print(alias, len(alias))
print(97 in a, b"cd" in a, bytearray(b"fa") in a, 200 in a)
try:
    "a" in a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + "s"
except TypeError as e:
    print(type(e).__name__, e)
print(a[0], a[-1], a[2:5], type(a[2:5]).__name__, a[::-1][:3])
print(list(bytearray(b"xy")), [chr(c) for c in bytearray(b"hi")])
print(bool(bytearray()), bool(bytearray(1)))
c = bytearray(b"12")
d = c
c = c + b"3"
print(c, d, c is d)
print(bytearray(b"%s=%d") % (b"k", 5), type(bytearray(b"%s") % b"x").__name__)
m = bytearray(b"count")
for i in range(len(m)):
    m[i] = m[i] - 32
print(m)
print(bytearray(b"abc") == bytearray(b"abc"), bytearray(b"a") < b"b", b"b" > bytearray(b"a"))
