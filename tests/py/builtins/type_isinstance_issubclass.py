# type(), isinstance() and issubclass() builtins.
print(type(0).__name__, type("").__name__, type([]) is list, type(type) is type)
class A: pass
class B(A): pass
b = B()
print(type(b) is B, type(b) is A, isinstance(b, A), isinstance(b, (int, A)), isinstance(b, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(bool, int), issubclass(int, int))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("s", (list, str)), isinstance("s", (list, tuple)))
print(isinstance(None, object), isinstance(A, type), isinstance(A, object), issubclass(type, object))
T = type("T", (A,), {"x": 1})
print(T.__name__, T.x, issubclass(T, A), isinstance(T(), A))
for call in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: type(), lambda: type(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
class Meta:
    pass
print(isinstance(Meta, type), isinstance(Meta(), Meta), type(Meta()) is Meta)
values = [1, "a", 2.0, [3], None, (4,), {"k": 5}, True]
print([v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)])
print([type(v).__name__ for v in values])
print(isinstance(range(1), range), isinstance(iter([]), list), isinstance(b"", (bytes, bytearray)))
print(issubclass(ZeroDivisionError, (ArithmeticError, LookupError)), issubclass(KeyError, ArithmeticError))
