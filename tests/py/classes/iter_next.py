# The iterator protocol: __iter__ returning an object with __next__.
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(CountDown(3)))
c = CountDown(2)
print(iter(c) is c, next(c), next(c), next(c, "done"))
print(list(c))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIterator(self.limit)
class FibIterator:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
f = Fib(50)
print(list(f), list(f))
print(sum(Fib(100)), max(Fib(100)))
print(list(zip(Fib(5), CountDown(10))))
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self):
        return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
class Raises:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("from __next__")
try:
    list(Raises())
except ValueError as e:
    print(type(e).__name__, e)
a, b, c = CountDown(3)
print(a, b, c)
print(dict(zip("abc", CountDown(3))))
