# Default parameter values: use, override, and evaluation at def time.
def f(a, b=2, c="three"):
    return (a, b, c)
print(f(1))
print(f(1, 20))
print(f(1, c="C"))
print(f(a=0, c=None, b=[]))
print(f.__defaults__)
counter = [0]
def make_default():
    counter[0] += 1
    return counter[0]
def g(x=make_default()):
    return x
print(g(), g(), counter)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2))
print(append_to(3, []))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
v = 10
def snapshot(x=v):
    return x
v = 20
print(snapshot())
def h(*, key=lambda s: s.lower()):
    return sorted(["b", "A", "c"], key=key)
print(h(), h(key=None))
def k(a, b=None, *rest, kw=5):
    return a, b, rest, kw
print(k(1), k(1, 2, 3, 4), k(1, kw=0))
print(k.__defaults__, k.__kwdefaults__)
def none_default(x=None):
    return x is None
print(none_default(), none_default(0))
