# Comparing types: type(x) is T versus isinstance, and type objects as values.
class Base:
    pass
class Derived(Base):
    pass
d = Derived()
print(type(d) is Derived, type(d) is Base, isinstance(d, Base), type(d) == Derived)
print(type(d).__bases__[0] is Base, type(d).__name__, type(type(d)).__name__)
dispatch = {int: "integer", float: "float", str: "string", list: "list", type(None): "none"}
for v in [1, 2.0, "s", [1], None, True]:
    print(repr(v), dispatch.get(type(v), "unknown"))
def describe(v):
    for t, label in [(bool, "bool"), (int, "int"), (str, "str")]:
        if isinstance(v, t):
            return label
    return "other"
print([describe(v) for v in [True, 1, "x", 1.0]])
print(int in (int, float), str not in [int], type(3) in {int, float})
print(isinstance(Derived, type), type(Derived) is type(int))
kinds = [int, str, float]
print([k(x) for k, x in zip(kinds, ["1", 2, "3.5"])])
print([k.__name__ for k in (bool, bytes, bytearray, complex, dict, frozenset, list, set, tuple, range)])
make = list
print(make("ab"), make is list, list is not tuple)
def factory(kind, *args):
    return kind(*args)
print(factory(dict, [("a", 1)]), factory(set, "aab") == {"a", "b"}, factory(Derived).__class__.__name__)
print(issubclass(Derived, Derived), issubclass(bool, (str, int)), issubclass(Base, Derived))
print(type(1) is type(2), type(1) is type(1.0), type("") is str)
