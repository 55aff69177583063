# isinstance and issubclass with classes, tuples and builtin types.
class A: pass
class B(A): pass
class C: pass
a, b, c = A(), B(), C()
print(isinstance(b, B), isinstance(b, A), isinstance(a, B), isinstance(b, object))
print(isinstance(c, (A, B)), isinstance(c, (A, C)), isinstance(b, ()))
print(isinstance(b, (C, (A,))))
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(B, object))
print(issubclass(B, (C, A)), issubclass(C, (A, B)))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(isinstance(1, (int, float)), isinstance(1.0, int), isinstance("s", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(A, type))
print(isinstance(type, type), isinstance(object, type), issubclass(type, object))
print(isinstance(b"x", bytes), isinstance(bytearray(), bytes), isinstance(frozenset(), set))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, Exception)))
print(isinstance(ValueError(), Exception), isinstance(ValueError, Exception))
print(isinstance(len, type(len)), isinstance(lambda: 0, type(len)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, "str")
except TypeError as e:
    print(type(e).__name__, e)
class Sub(int):
    pass
print(isinstance(Sub(3), int), type(Sub(3)) is int, type(Sub(3)) == Sub)
print(isinstance(range(3), range), isinstance(iter([]), list))
