# Building lists with list(), displays, comprehensions and copies.
print(list(), [], list([]), list(()), list(""), list({}))
print(list("abc"), list((1, 2)), list(range(4)), list({"a": 1, "b": 2}))
print(list({"a": 1}.items()), list({"a": 1}.values()), sorted(list({3, 1, 2})))
print(list(x * x for x in range(4)), list(map(str, [1, 2])), list(zip("ab", [1, 2])))
print(list(b"hi"), list(bytearray(b"\x00\x01")), list(reversed("abc")))
src = [1, [2, 3]]
cp = list(src)
cp[0] = "changed"
cp[1].append("shared")
print(src, cp, cp is not src)
print([1, 2, 3,], [[]], [[], []], [*"ab", *[1]])
print(type([]).__name__, type(list()) is list, isinstance([], list))
class Sized:
    def __iter__(self):
        return iter([1, 2, 3])
    def __len__(self):
        return 3
print(list(Sized()))
def gen():
    yield from "xyz"
print(list(gen()), list(enumerate("ab")))
l = list(range(5))
print(l == [0, 1, 2, 3, 4], len(list(range(100000))))
print([0] * 5, [None] * 2, [i for i in range(3)])
print(repr([1, "s", 2.5, None, True, [b"b"], (1,), {"k": "v"}]))
print(str([]), repr([[]]), str(["quote's"]))
class Weird:
    def __repr__(self):
        return "W"
print([Weird(), Weird()])
print(list.__name__, [].__class__.__name__)
