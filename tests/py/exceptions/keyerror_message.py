# KeyError's str() is the repr of the key.
def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        return "KeyError str=%s repr=%r args=%r" % (e, e, e.args)
d = {"present": 1}
print(lookup(d, "missing"))
print(lookup(d, 42))
print(lookup(d, (1, 2)))
print(lookup(d, ""))
print(lookup(d, None))
print(lookup(d, 1.5))
print(lookup(d, "it's"))
print(lookup(d, frozenset()))
print(lookup({}, "with\nnewline"))
try:
    {}.pop("absent")
except KeyError as e:
    print("pop:", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)
try:
    set().pop()
except KeyError as e:
    print("set.pop:", e)
try:
    set().remove("x")
except KeyError as e:
    print("set.remove:", e)
try:
    raise KeyError("custom", "two")
except KeyError as e:
    print(e)
try:
    raise KeyError
except KeyError as e:
    print(repr(str(e)))
class K:
    def __repr__(self):
        return "<K key>"
print(lookup(d, K()))
e = KeyError("x")
print(str(e) == repr("x"), len(str(e)))
