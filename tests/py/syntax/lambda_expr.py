# lambda expressions: parameters, defaults, closures, immediate calls.
square = lambda x: x * x
print(square(7), square.__name__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
varargs = lambda *a, **k: (a, sorted(k))
print(varargs(1, 2, z=3, y=4))
kwonly = lambda *, k: k
print(kwonly(k="kw"))
print((lambda: "no args")())
print((lambda x, y: x if x > y else y)(3, 9))
funcs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in funcs])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
def make_adder(n):
    return lambda x: x + n
add5 = make_adder(5)
print(add5(1), make_adder(-1)(1))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda v: v * 2, [1, 2, 3])))
print(list(filter(lambda v: v % 2, range(7))))
nested = lambda x: lambda y: x * y
print(nested(3)(4))
cond = lambda n: "even" if n % 2 == 0 else "odd"
print(cond(2), cond(3))
print((lambda *a: len(a))(1, 2, 3))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, square)(5) + "!")
