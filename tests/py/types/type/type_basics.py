# type: the metaclass of classes; type(x) returns the class.
vals = [1, 1.5, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, True, range(1), slice(1), type, object()]
print([type(v).__name__ for v in vals])
print(type(1) is int, type(True) is bool, type(True) is not int, type(type) is type)
print(type(int) is type, type(object) is type, isinstance(int, type), isinstance(1, type))
class C:
    pass
print(type(C) is type, type(C()) is C, type(C()).__name__, C.__class__ is type)
print(type.__name__, type(type).__name__, type.__bases__ == (object,))
print(int("5") == type(5)("5"), type("")(), type([])("ab"), type({})(a=1))
print(repr(int), repr(type), repr(C).endswith(".C'>"), str(float))
print(isinstance(C, type), issubclass(type, object), issubclass(C, object))
def same_type(a, b):
    return type(a) is type(b)
print(same_type(1, 2), same_type(1, 1.0), same_type([], []), same_type(True, 1))
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
t = type("T", (C,), {"attr": 42})
print(t.__name__, t.attr, issubclass(t, C), type(t()).__mro__[1] is C)
print(hash(int) == hash(int), {int: "int", str: "str"}[int], int == int, int != float)
print(sorted([int, str, float], key=lambda k: k.__name__))
print(type(lambda: 0).__name__, type((x for x in ())).__name__)
print(callable(type), callable(int), type(int).__call__ is not None)
print(int.__mro__, bool.__mro__)
