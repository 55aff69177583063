# Assignment to attributes, subscripts and slices, and evaluation order.
class Obj:
    pass
o = Obj()
o.x = 1
o.y = o.x + 1
print(o.x, o.y)
o.inner = Obj()
o.inner.v = "deep"
print(o.inner.v)
l = [0] * 5
l[0] = "a"
l[-1] = "e"
l[1:3] = ["b", "c", "extra"]
print(l)
l[::2] = [1, 2, 3]
print(l)
d = {}
d[1, 2] = "tuple key"
d[(3, 4)] = "parens"
print(d)
grid = [[0] * 2 for _ in range(2)]
grid[1][0] = 5
print(grid)
log = []
class Logger:
    def __init__(self, name):
        self.name = name
    def __setitem__(self, k, v):
        log.append(("set", self.name, k, v))
def obj(name):
    log.append(("obj", name))
    return Logger(name)
def key(k):
    log.append(("key", k))
    return k
def val(v):
    log.append(("val", v))
    return v
obj("A")[key(1)] = val("x")
for entry in log:
    print(entry)
o.a, o.b = 10, 20
l2 = [0, 0]
l2[0], l2[1] = l2[1] + 1, l2[0] + 2
print(o.a, o.b, l2)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
