# Chained assignment binds every target to the same object, left to right.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
class Obj:
    pass
o = Obj()
o.p = o.q = "shared"
print(o.p, o.q)
d = {}
d["a"] = d["b"] = 0
print(d)
l = [0, 0, 0]
i = l[i] = 1
print(i, l)
order = []
class Rec:
    def __setitem__(self, k, v):
        order.append((k, v))
r = Rec()
r[1] = r[2] = r[3] = "v"
print(order)
p, q = m = (1, 2)
print(p, q, m)
s = t = u = "str"
t += "!"
print(s, t, u)
n1 = n2 = 0
n1 += 1
print(n1, n2)
def f():
    u = v = w = 7
    return u + v + w
print(f())
