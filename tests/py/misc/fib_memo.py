# Fibonacci with a dict memo, a closure memo, and iteration; results must agree.
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print([fib(i) for i in range(20)])
print(fib(90), len(memo))
def memoized(fn):
    cache = {}
    calls = [0]
    def wrapper(n):
        calls[0] += 1
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    wrapper.calls = calls
    return wrapper
@memoized
def fib2(n):
    return n if n < 2 else fib2(n - 1) + fib2(n - 2)
print(fib2(100), len(fib2.cache), fib2.calls[0])
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(all(fib(i) == fib2(i) == fib_iter(i) for i in range(91)))
print(fib_iter(300) % 10 ** 9, len(str(fib_iter(1000))))
def fib_pairs(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b
print(list(fib_pairs(200)))
print(sum(x for x in fib_pairs(4_000_000) if x % 2 == 0))
ratios = [fib_iter(n + 1) / fib_iter(n) for n in (10, 20, 30)]
print([round(r, 10) for r in ratios])
