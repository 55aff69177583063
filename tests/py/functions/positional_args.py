# Positional arguments bind left to right.
def f(a, b, c):
    return "a=%r b=%r c=%r" % (a, b, c)
print(f(1, 2, 3))
print(f("x", [1], None))
print(f(*[1, 2, 3]))
print(f(1, *(2, 3)))
def no_args():
    return "none"
print(no_args())
def one(x):
    return x
print(one(one)(5))
def many(a, b, c, d, e, f, g, h):
    return a + b + c + d + e + f + g + h
print(many(1, 2, 3, 4, 5, 6, 7, 8))
def mutate(lst):
    lst.append("changed")
def rebind(lst):
    lst = ["new"]
    return lst
data = []
mutate(data)
print(data, rebind(data), data)
def swap(a, b):
    return b, a
print(swap(1, 2), swap(*swap(1, 2)))
def count(*args):
    return len(args)
print(count(), count(None), count(*range(100)))
def nested_call(x):
    return x * 2
print(nested_call(nested_call(nested_call(1))))
print(f(c=3, b=2, a=1) == f(1, 2, 3))
big = list(range(200))
def total(*xs):
    return sum(xs)
print(total(*big))
