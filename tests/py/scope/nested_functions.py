# Nested function definitions see enclosing locals; each call makes new functions.
def outer(n):
    def double():
        return n * 2
    def triple():
        return n * 3
    return double() + triple()
print(outer(1), outer(10))
def make_pair():
    def f():
        return "f"
    return f
a, b = make_pair(), make_pair()
print(a(), a is b, a.__name__)
def deep(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d
            return l3
        return l2
    return l1
print(deep(1)(2)(3)(4))
def recursive_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recursive_inner(10))
def mutual():
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)
    def is_odd(k):
        return False if k == 0 else is_even(k - 1)
    return is_even(10), is_odd(7)
print(mutual())
def shadowing(x):
    def inner(x):
        return x + 1
    return inner(x * 10)
print(shadowing(2))
def qualnames():
    def inner():
        pass
    return inner
print(qualnames().__qualname__, qualnames.__qualname__)
def enclosing_param(items):
    def contains(v):
        return v in items
    return [contains(v) for v in (1, 5)]
print(enclosing_param([1, 2, 3]))
def closure_over_loop():
    total = 0
    for k in range(4):
        def add():
            return total + k
        total = add()
    return total
print(closure_over_loop())
