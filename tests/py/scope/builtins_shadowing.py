# Builtins can be shadowed at module, function and class level, and restored by del.
print(max(1, 2))
def max(*args):
    return "shadowed max"
print(max(1, 2))
del max
print(max(1, 2))
def f():
    list = tuple
    return list([1, 2])
print(f(), list((1, 2)))
class C:
    str = "class attribute named str"
    def m(self):
        return str(5)
print(C.str, C().m())
def g(print=None):
    return print
print(g(), g("param"))
sum = lambda xs: "fake sum"
def uses_sum():
    return sum([1, 2])
print(uses_sum())
del sum
print(uses_sum())
try:
    del len
except NameError as e:
    print(type(e).__name__, e)
True_ = True
print(True_, True)
def local_builtin_name():
    abs = 5
    return abs
print(local_builtin_name(), abs(-5))
range_ = range
for range in [1]:
    pass
print(range)
del range
print(list(range(3)), range is range_)
