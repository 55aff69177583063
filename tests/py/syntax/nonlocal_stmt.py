# nonlocal rebinds a name in the nearest enclosing function scope.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
print(c(), c(), c())
c2 = make_counter()
print(c2(), c())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    middle()
    return x
print(outer())
def two_levels():
    v = 1
    def mid():
        v = 2
        def inner():
            nonlocal v
            v += 10
        inner()
        return v
    return mid(), v
print(two_levels())
def multi():
    a = b = 0
    def setter():
        nonlocal a, b
        a, b = 5, 6
    setter()
    return a, b
print(multi())
def late():
    def get():
        return y
    y = "bound after def"
    return get()
print(late())
for src in ["nonlocal x\n", "def f():\n    nonlocal x\n", "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n"]:
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
