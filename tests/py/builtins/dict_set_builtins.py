# dict(), set() and frozenset() builtins.
print(dict(), dict(a=1), dict([("b", 2)]), dict({"c": 3}), dict(zip("de", [4, 5])), dict({"x": 1}, y=2))
print(sorted(set()), sorted(set([3, 1, 3])), sorted(set("hello")), sorted(set({"k": 1})), sorted(set(range(3))))
print(sorted(frozenset()), sorted(frozenset([2, 1])), type(frozenset()).__name__, type(set()).__name__)
for bad in [1, None]:
    for ctor in (dict, set, frozenset):
        try:
            ctor(bad)
        except TypeError as e:
            print(ctor.__name__, type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
d = dict.fromkeys("abc", 0)
print(d, dict(d) == d, dict(d) is not d)
s = set([1, 2])
s2 = set(s)
s2.add(3)
print(sorted(s), sorted(s2))
f = frozenset(s)
print(f == s, frozenset(f) == f, hash(frozenset([1, 2])) == hash(f))
print(set("aAbB") - set("ab") == {"A", "B"})
print(dict(enumerate("xy")), dict(map(lambda k: (k, len(k)), ["aa", "b"])))
print(len(dict.fromkeys(range(100))), len(set(range(100)) | set(range(50, 150))))
print(dict(sorted({"b": 1, "a": 2}.items())), sorted(set(map(abs, [-1, 1, -2]))))
print(type(dict()) is dict, isinstance(set(), set), isinstance(frozenset(), set))
