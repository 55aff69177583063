# Set and dict comprehensions.
s = {x % 3 for x in range(10)}
print(sorted(s), type(s).__name__)
print(sorted({c for c in "mississippi"}))
print(len({x * 0 for x in range(5)}))
print(sorted({(a, b) for a in range(2) for b in range(2)}))
d = {x: x * x for x in range(5)}
print(d)
print({k: v for k, v in [("a", 1), ("b", 2)]})
print({v: k for k, v in {"one": 1, "two": 2}.items()})
print({x: "even" if x % 2 == 0 else "odd" for x in range(4)})
print({c: "abc".index(c) for c in "cba"})
print({k: k * 2 for k in "aab"})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
print({n: n > 2 for n in range(5) if n % 2})
print({}, {x: x for x in []})
print(type({}).__name__, type({x for x in ()}).__name__)
print(sorted({x for x in range(5)} & {x for x in range(3, 8)}))
print({(i, j): i * j for i in range(1, 3) for j in range(1, 3)})
order = []
def key(x):
    order.append("k%d" % x)
    return x
def val(x):
    order.append("v%d" % x)
    return x
{key(i): val(i) for i in range(2)}
print(order)
