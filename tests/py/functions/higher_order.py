# Higher-order helpers written in Python: compose, partial, reduce, memoize.
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def partial(fn, *bound, **bound_kw):
    def call(*args, **kw):
        merged = dict(bound_kw)
        merged.update(kw)
        return fn(*bound, *args, **merged)
    return call
def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
print(square(9), partial(power, 2)(10), partial(power, 2, mod=1000)(20))
def reduce(fn, items, initial):
    acc = initial
    for item in items:
        acc = fn(acc, item)
    return acc
print(reduce(lambda a, b: a + b, range(10), 0))
print(reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda a, b: b + a, "abc", ""))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def flip(fn):
    return lambda a, b: fn(b, a)
print(flip(pow)(2, 10), flip(lambda a, b: a - b)(1, 10))
def curry(fn):
    return lambda a: lambda b: fn(a, b)
print(curry(max)(3)(7))
def apply_n(fn, n):
    return lambda x: x if n == 0 else apply_n(fn, n - 1)(fn(x))
print(apply_n(dbl, 10)(1))
def zip_with(fn, xs, ys):
    return [fn(x, y) for x, y in zip(xs, ys)]
print(zip_with(lambda a, b: a * b, [1, 2, 3], [4, 5, 6]))
