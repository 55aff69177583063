# The object base class.
o = object()
print(type(o).__name__, type(o) is object, isinstance(o, object))
print(o == o, o != object(), o is not object())
print(hash(o) == hash(o), isinstance(hash(o), int))
print(str(o) == repr(o), repr(o).startswith("<object object at "))
print(bool(o))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    o.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(object.__name__, object.__bases__, object.__mro__ == (object,))
print(issubclass(int, object), issubclass(type, object), isinstance(object, object), isinstance(type, object))
required = ["__init__", "__new__", "__repr__", "__str__", "__eq__", "__ne__", "__hash__", "__class__", "__setattr__", "__getattribute__", "__delattr__"]
print(all(name in dir(object) for name in required))
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, 1))
sentinel = object()
def find(items, target, default=sentinel):
    for i in items:
        if i == target:
            return i
    if default is sentinel:
        return "no default given"
    return default
print(find([1, 2], 3), find([1, 2], 3, None), find([1, 2], 2))
markers = [object() for _ in range(3)]
print(len(set(markers)), markers[0] in markers, markers.index(markers[2]))
class Sub(object):
    pass
print(Sub.__bases__ == (object,), Sub.__mro__[-1] is object)
print(type(object.__new__(Sub)).__name__)
print(object().__class__ is object, o.__class__.__name__)
