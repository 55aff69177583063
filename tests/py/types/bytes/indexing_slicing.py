# Indexing bytes gives ints; slicing gives bytes.
b = b"hello\x00\xff"
print(len(b), b[0], b[-1], b[5], type(b[0]).__name__)
print(b[1:4], b[:0], b[::-1], b[::2], b[-3:], type(b[1:2]).__name__)
print(list(b), [x for x in b[:3]], tuple(b"ab"))
for i, v in enumerate(b"AZ"):
    print(i, v, chr(v))
try:
    b[7]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[-8]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b["x"]
except TypeError as e:
    print(type(e).__name__, e)
print(104 in b, b"ell" in b, b"" in b, 0 in b)
try:
    "h" in b
except TypeError as e:
    print(type(e).__name__, e)
try:
    256 in b
except ValueError as e:
    print(type(e).__name__, e)
print(b[1:3] == b"el", b[slice(0, 5, 2)])
print(sum(b"\x01\x02\x03"), max(b"abc"), min(b"abc"), sorted(b"cab"))
print(bytes(reversed(b"abc")), b"abc"[::-1] == bytes(reversed(b"abc")))
print(b"abcdef"[10:], b"abcdef"[-100:2], b"abcdef"[4:1:-1])
