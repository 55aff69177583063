# Searching and splitting methods on bytes.
b = b"one two one two"
print(b.find(b"two"), b.find(b"two", 5), b.rfind(b"one"), b.find(b"x"), b.find(111), b.find(b""))
print(b.index(b"two"), b.rindex(b"two"), b.count(b"one"), b.count(b"o"), b.count(111))
try:
    b.index(b"zzz")
except ValueError as e:
    print(type(e).__name__, e)
print(b.startswith(b"one"), b.endswith(b"two"), b.startswith((b"x", b"on")), b.endswith(b"one", 0, 3))
print(b.replace(b"one", b"1"), b.replace(b"one", b"1", 1), b.replace(b"", b"-")[:10])
print(b.split(), b.split(b" "), b.split(b" ", 1), b.rsplit(b" ", 1), b"a,,b".split(b","))
print(b"  pad  ".strip(), b"  pad  ".lstrip(), b"  pad  ".rstrip(), b"xxpadxx".strip(b"x"))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join([bytearray(b"x"), b"y"]))
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
print(b"key=val".partition(b"="), b"a.b.c".rpartition(b"."), b"none".partition(b"="))
print(b"l1\nl2\r\nl3".splitlines(), b"l1\nl2".splitlines(True))
print(b"abc".center(7, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5))
print(b"a\tb".expandtabs(4), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
print(b"hello".translate(None, b"l"), b"hello".translate(bytes.maketrans(b"el", b"ip")))
try:
    b.find("two")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.split("x")
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc".find(b"c", -1), b"aaa".count(b"aa"), b"".split(), b" ".split(b" "))
