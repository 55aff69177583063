# A generator's return value travels in StopIteration.value.
def gen(result):
    yield "only"
    return result
g = gen(42)
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
g = gen(None)
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
g = gen((1, 2))
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
e = StopIteration()
print(e.value, e.args)
e = StopIteration("v", "w")
print(e.value, e.args)
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("list iterator:", e.value, e.args)
class Manual:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("manual value")
try:
    next(Manual())
except StopIteration as e:
    print(e.value)
print(list(Manual()))
print(next(iter([]), "default used"))
def gen_bare_return():
    yield 1
    return
g = gen_bare_return()
print(list(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)
print(issubclass(StopIteration, Exception))
