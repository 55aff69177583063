# Calls with more than 255 positional or keyword arguments, or a *argument after
# 30 or more positional ones, work as in CPython.
def f(*a, **k):
    return len(a), len(k), a[:3], a[-3:], sorted(k)[:2]
src = "f(" + ",".join(str(i) for i in range(300)) + ")"
print(eval(src))
src = "f(" + ",".join(str(i) for i in range(40)) + ", *range(5), 7, *[8, 9])"
print(eval(src))
src = "f(" + ",".join("k%d=%d" % (i, i) for i in range(300)) + ", **{'zz': 1})"
print(eval(src))
src = "f(*[1], " + ",".join(str(i) for i in range(300)) + ", " + ",".join("k%d=%d" % (i, i) for i in range(300)) + ")"
print(eval(src))
class C:
    def m(self, *a, **k): return len(a), len(k)
c = C()
print(eval("c.m(" + ",".join(str(i) for i in range(50)) + ", *(1, 2))"))
print(eval("max(" + ",".join(str(i) for i in range(1000)) + ")"))
def g(a, b, *rest, key=None): return a, b, len(rest), key
print(eval("g(" + ",".join(str(i) for i in range(40)) + ", *[1], key=5)"))
try:
    eval("g(" + ",".join(str(i) for i in range(300)) + ", key=1, **{'key': 2})")
except TypeError as e:
    print("TypeError", e)
