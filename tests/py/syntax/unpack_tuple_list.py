# Tuple and list unpacking in assignments.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = (5, 6)
print(e, f)
g, = [7]
print(g)
[h] = "x"
print(h)
p, q, r = "abc"
print(p, q, r)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
x, y = range(2)
print(x, y)
i, j = iter([8, 9])
print(i, j)
for src in ["a, b = 1, 2, 3", "a, b = [1]", "a, b = 5"]:
    try:
        exec(src)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
def gen():
    yield 1
    yield 2
m, n = gen()
print(m, n)
() = []
[] = ()
print("empty ok")
a = b = 0
a, b = b + 1, a + 2
print(a, b)
