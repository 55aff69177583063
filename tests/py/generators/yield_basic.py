# Generator functions produce values lazily with yield.
def count_to(n):
    i = 1
    while i <= n:
        yield i
        i += 1
g = count_to(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.value)
print(list(count_to(5)))
print(list(count_to(0)))
def trace():
    print("start")
    yield "a"
    print("middle")
    yield "b"
    print("end")
t = trace()
print("created")
print(next(t))
print(next(t))
print(list(t))
def empty():
    return
    yield
print(list(empty()))
def multiple_yields():
    yield 1
    yield from ()
    yield 2
    for x in "ab":
        yield x
print(list(multiple_yields()))
def gen_func_is_function():
    yield
print(type(gen_func_is_function).__name__, type(gen_func_is_function()).__name__)
g2 = count_to(2)
print(iter(g2) is g2)
it = count_to(4)
print(next(it), list(it))
def yield_none():
    yield
    yield None
print(list(yield_none()))
print(sum(count_to(100)))
