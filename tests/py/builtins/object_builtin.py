# object() as a builtin: fresh featureless instances and the root of all classes.
a = object()
b = object()
print(a is not b, a != b, a == a, type(a) is object)
print(isinstance(a, object), isinstance(5, object), isinstance(object, object))
print(issubclass(int, object), issubclass(object, object), object.__bases__)
try:
    a.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(key=1)
except TypeError as e:
    print(type(e).__name__, e)
MISSING = object()
def get(d, k, default=MISSING):
    if k in d:
        return d[k]
    if default is MISSING:
        raise KeyError(k)
    return default
print(get({"a": 1}, "a"), get({}, "b", None))
try:
    get({}, "c")
except KeyError as e:
    print(type(e).__name__, e)
print(len({object(), object(), a, a}))
print(hash(a) == hash(a), bool(a), str(a) == repr(a))
class Plain(object):
    pass
class Plainer:
    pass
print(Plain.__bases__ == Plainer.__bases__ == (object,))
print(object.__name__, type(object).__name__, object().__class__.__name__)
print("__eq__" in dir(a), "__dict__" in dir(Plain()), hasattr(a, "__dict__"))
