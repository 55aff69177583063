# pass and ... as empty bodies everywhere a block is required.
def f():
    pass
print(f())
def g():
    ...
print(g())
class Empty:
    pass
print(Empty.__name__, Empty() is not None)
class Dots:
    ...
print(Dots.__name__)
for i in range(3):
    pass
print(i)
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
try:
    1 / 0
except ZeroDivisionError:
    pass
print("after except pass")
with open(__file__) as fh:
    pass
print(fh.closed)
def h(x):
    if x:
        pass
    return x
print(h(0), h(5))
print(Ellipsis, ..., ... is Ellipsis)
lam = lambda: None
print(lam())
