# Closures look up variables when called, not when created.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 100
print([f() for f in funcs])
def make_late():
    fs = []
    for j in range(3):
        fs.append(lambda: j)
    return fs
print([f() for f in make_late()])
def make_bound():
    return [lambda j=j: j for j in range(3)]
print([f() for f in make_bound()])
def make_factory():
    def factory(n):
        return lambda: n
    return [factory(k) for k in range(3)]
print([f() for f in make_factory()])
def greeting():
    return message
message = "defined after the function"
print(greeting())
message = "changed"
print(greeting())
def uses_later_function():
    return helper() + 1
def helper():
    return 1
print(uses_later_function())
def helper():
    return 10
print(uses_later_function())
gens = [(x for _ in range(1)) for x in range(3)]
print([next(g) for g in gens])
def delayed():
    v = "first"
    get = lambda: v
    results = [get()]
    v = "second"
    results.append(get())
    return results
print(delayed())
