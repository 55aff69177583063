# Generator expressions are lazy, single-use iterators.
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((c for c in "banana"), reverse=True))
print("-".join(str(i) for i in range(4)))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
evaluated = []
def source():
    for i in range(3):
        evaluated.append(i)
        yield i
lazy = (v * 10 for v in source())
print(evaluated)
print(next(lazy), evaluated)
print(list(lazy), evaluated)
try:
    (1 / 0 for _ in range(1))
    print("creating does not run the body")
except ZeroDivisionError:
    print("unexpected")
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
nested = ((i, j) for i in range(2) for j in range(2) if i != j)
print(list(nested))
print(tuple(x for x in "ab"), set(x % 2 for x in range(4)) == {0, 1})
def f(*args):
    return args
print(f(*(i for i in range(3))))
print(list(x for x in range(3)))
