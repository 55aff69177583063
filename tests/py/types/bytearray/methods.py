# bytes methods on bytearray return bytearray.
ba = bytearray(b"  Hello, World  ")
for name, res in [("strip", ba.strip()), ("upper", ba.upper()), ("lower", ba.lower()),
                  ("replace", ba.replace(b"l", b"L")), ("center", bytearray(b"x").center(5, b"-")),
                  ("zfill", bytearray(b"7").zfill(3)), ("title", ba.title()), ("swapcase", ba.swapcase())]:
    print(name, res, type(res).__name__)
print(ba.split(), [type(p).__name__ for p in ba.split()])
print(ba.split(b","), ba.partition(b","), ba.rpartition(b"o"))
print(ba.find(b"World"), ba.index(b"H"), ba.count(b"l"), ba.rfind(b"l"), ba.find(111))
print(ba.startswith(b"  H"), ba.endswith(b"  "), ba.isalpha(), bytearray(b"abc").isalpha())
print(bytearray(b"-").join([b"a", bytearray(b"b")]), type(bytearray(b"-").join([b"a"])).__name__)
print(b"-".join([bytearray(b"a"), bytearray(b"b")]), type(b"-".join([bytearray(b"a")])).__name__)
print(ba.decode().strip(), bytearray(b"a\nb").splitlines())
print(bytearray(b"abc").copy(), bytearray(b"abc").copy() is not None)
c = bytearray(b"xyz")
d = c.copy()
d[0] = 65
print(c, d)
print(bytearray(b"hello").translate(None, b"l"), bytearray(b"a,b").split(b",", 1))
print(bytearray(b"abc").removeprefix(b"a"), bytearray(b"abc").removesuffix(b"bc"))
print(bytearray(b"a b").expandtabs(), bytearray(b"\tx").expandtabs(2))
print(bytearray(b"xxhixx").lstrip(b"x"), bytearray(b"xxhixx").rstrip(b"x"))
print(bytearray(b"abc").ljust(5, b"."), bytearray(b"abc").rjust(5))
print(sorted(bytearray(b"cba")), max(bytearray(b"az")), bytearray(b"ab") * 2)
