# bool(), list() and tuple() builtins.
print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([[]]), bool(None), bool(0.0), bool(-0.0), bool(1e-300))
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __len__(self):
        return 0
print(bool(B(True)), bool(B(False)), bool(L()), bool(object()))
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__)
print(list(), list("abc"), list((1, 2)), list({3: 4}), list(range(3)), list(b"ab"), list(x for x in "xy"))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple({5}), tuple(range(2)), tuple(iter([9])))
l1 = [1, 2]
l2 = list(l1)
print(l1 == l2, l1 is l2)
t1 = (1, 2)
t2 = tuple(t1)
print(t1 == t2)
for bad in [1, None, 2.5]:
    for ctor in (list, tuple):
        try:
            ctor(bad)
        except TypeError as e:
            print(ctor.__name__, type(e).__name__, e)
try:
    list([1], [2])
except TypeError as e:
    print(type(e).__name__)
class It:
    def __iter__(self):
        yield "from"
        yield "iter"
print(list(It()), tuple(It()))
print(list(zip("ab", "cd")), tuple(enumerate("z")))
print(list(map(bool, [0, 1, "", "x"])), [bool(v) for v in ([], {}, set(), ())])
print(type(list()).__name__, type(tuple()).__name__, type(bool()).__name__)
