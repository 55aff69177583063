# Indexing and slicing count code points, including non-ASCII ones.
s = "héllo wörld €😀"
print(len(s), s[0], s[1], s[-1], s[-2], s[7])
print(s[1:5], s[:3], s[-3:], s[::2], s[::-1])
print(s[6:11].upper(), s[100:], s[-100:2])
print([c for c in "añ€😀"], [ord(c) for c in "añ€😀"])
print(list(enumerate("ab€")))
a = "abcdefghij"
print(a[2:8:2], a[8:2:-2], a[::-3], a[-1:-4:-1], a[5:5], a[7:3])
print(a[0], a[9], a[-10])
for i in (10, -11):
    try:
        a[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    a[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a["x"]
except TypeError as e:
    print(type(e).__name__, e)
print(a[True], a[False:True])
print("".join(reversed(s)) == s[::-1])
mixed = "a\u0301b"
print(len(mixed), repr(mixed[1]))
print("😀😀😀"[1:], len("😀😀😀"[1:]))
print("x" * 0 == "", ("ab" * 3)[2:5])
for i, ch in enumerate("日本"):
    print(i, ch, hex(ord(ch)))
print(s.index("€"), s.find("😀"), "ö" in s, "öl" in s)
