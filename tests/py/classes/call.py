# __call__ makes instances callable.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10))
print(callable(add5), callable(Adder))
print(list(map(Adder(100), [1, 2, 3])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c(); c()
print(c.calls)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def slow_square(n):
    return n * n
print(slow_square(4), slow_square(4), len(slow_square.cache), type(slow_square).__name__)
class Chain:
    def __call__(self, v):
        print("called with", v)
        return self
Chain()(1)(2)(3)
class Sub(Adder):
    pass
print(Sub(1)(1))
class CallAttr:
    pass
ca = CallAttr()
ca.__call__ = lambda: "instance"
print(callable(ca))
class Factory:
    def __call__(self, cls):
        return cls()
print(type(Factory()(list)).__name__)
def takes_callable(fn):
    return fn(10)
print(takes_callable(Adder(-10)), takes_callable(str))
