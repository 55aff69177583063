# Closures capture variables (cells), not values.
def make():
    value = 1
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make()
print(get())
set_(42)
print(get())
get2, set2 = make()
print(get2(), get())
def counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
c = counter(10)
print(c(), c(5), c())
def outer():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()
print(outer()())
def shared():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def view():
        return list(items)
    return add, view
add, view = shared()
add("a"); add("b")
print(view())
def param_capture(p):
    return lambda: p * 2
print(param_capture(21)(), param_capture("ab")())
fns = []
for i in range(3):
    def f(i=i):
        return i
    fns.append(f)
print([f() for f in fns])
def cell_after_return():
    x = "early"
    fn = lambda: x
    x = "late"
    return fn()
print(cell_after_return())
def independent_cells():
    return [counter(0) for _ in range(2)]
c1, c2 = independent_cells()
print(c1(), c1(), c2())
