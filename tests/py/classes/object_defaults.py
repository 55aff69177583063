# Behaviour every object inherits from object.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is not b)
print(hash(a) == hash(a), isinstance(hash(a), int))
print(len({a, b, a}))
print(str(a) == repr(a), repr(a).startswith("<__main__.Plain object at "))
print(bool(a))
print(type(a).__name__, a.__class__ is Plain)
print("__init__" in dir(a), "__eq__" in dir(a), "__hash__" in dir(Plain))
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(object() == object(), object() != object())
print(a.__eq__(b), a.__eq__(a), a.__ne__(b))
print(Plain.__eq__(a, a))
print(object.__name__, object.__bases__, type(object()).__name__)
print(isinstance(a, object), isinstance(1, object), isinstance(None, object))
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(a.__str__() == a.__repr__())
print(format(a, "") == str(a))
class WithInit:
    def __init__(self):
        self.x = 1
print(WithInit().__dict__, Plain().__dict__)
print(a.__class__.__name__, Plain.__name__)
print(getattr(a, "missing", "fallback"), hasattr(a, "__dict__"))
