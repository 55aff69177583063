# del on names, attributes, subscripts, slices and target lists.
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print("a" in dir(), "b" in dir(), c)
l = list(range(10))
del l[0]
print(l)
del l[-1]
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
class O:
    pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
[p, q] = 1, 2
del [p, q]
print("p" in dir())
try:
    del undefined_name
except NameError as e:
    print(type(e).__name__, e)
