# yield from delegates to a sub-iterator and evaluates to its return value.
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    result = yield from inner()
    yield "got " + result
print(list(outer()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)))))
def plain_iterable():
    r = yield from [1, 2]
    yield r
print(list(plain_iterable()))
def depth(n):
    if n == 0:
        return 0
    got = yield from depth(n - 1)
    yield n
    return got + n
def run_depth():
    total = yield from depth(4)
    yield "total", total
print(list(run_depth()))
def no_return():
    yield "x"
def collect():
    r = yield from no_return()
    yield r
print(list(collect()))
def gen_return(v):
    return v
    yield
def wrapper():
    a = yield from gen_return(10)
    b = yield from gen_return(20)
    yield a + b
print(list(wrapper()))
def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)
t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
print(list(tree(t)))
g = outer()
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("done", e.value)
def bad_delegate():
    yield from 5
try:
    list(bad_delegate())
except TypeError as e:
    print(type(e).__name__, e)
