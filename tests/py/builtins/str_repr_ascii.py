# str(), repr() and ascii() builtins.
vals = [1, -2.5, 1j, "text", "it's", b"by", None, True, [1, "a"], (1,), {"k": "v"}, range(2), 1e100]
for v in vals:
    print(str(v), "|", repr(v), "|", ascii(v))
print(repr("é"), ascii("é"), str("é"), ascii(["ü", b"\xff"]), ascii("\n"))
class Both:
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R"
class OnlyRepr:
    def __repr__(self):
        return "only-repr-é"
print(str(Both()), repr(Both()), ascii(Both()), str(OnlyRepr()), ascii(OnlyRepr()))
print(str(), repr(""), str(b"x", "ascii"))
for bad in [lambda: str(1, 2), lambda: repr(), lambda: ascii(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__)
nested = [[1, [2, ["deep"]]], {"a": (1, {"b": None})}]
print(repr(nested), str(nested) == repr(nested))
print(repr(1.0), repr(0.1), repr(-0.0), repr(float("inf")), repr(2 ** 64))
print(eval(repr(nested)) == nested)
print(str(str), repr(int), str(type(None)))
print(repr(Ellipsis), repr(NotImplemented), str(...))
