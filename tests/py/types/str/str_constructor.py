# str() of various objects and with encodings.
print(str(), repr(str()), str(""), str("s"))
print(str(42), str(-3.5), str(1e100), str(2 ** 70), str(1 + 2j))
print(str(True), str(None), str(...), str(NotImplemented))
print(str([1, "a"]), str((1,)), str({"k": [1]}), str(set()), str(frozenset()))
print(str(b"bytes"), str(bytearray(b"ba")), str(range(3)), str(slice(1, 2)))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", "ascii", "strict"), str(b"a\xffb", "utf-8", "ignore"))
print(str(int), str(str), str(type(None)))
print(str(ValueError("v")), str(KeyError("k")))
class C:
    def __str__(self):
        return "C.__str__"
class D:
    def __repr__(self):
        return "D.__repr__"
print(str(C()), str(D()), str([D()]))
try:
    str(b"x", 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str("already str", "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__)
class S(str):
    pass
x = S("sub")
print(str(x), type(str(x)).__name__, type(x).__name__, x == "sub")
print(str(0.1), str(-0.0), str(float("inf")), str(1e-7))
print(str(object)[:8], type(str(object())).__name__)
print(len(str(10 ** 100)), str(10 ** 100)[-3:])
