# Generators consumed by for, list, sum, tuple, dict, zip, sorted, join, in.
def squares(n):
    for i in range(n):
        yield i * i
for s in squares(4):
    print("for", s)
print(list(squares(5)))
print(tuple(squares(3)))
print(sum(squares(10)))
print(max(squares(6)), min(squares(6)))
print(sorted(squares(4), reverse=True))
print(dict((i, v) for i, v in enumerate(squares(3))))
print(list(zip(squares(3), "abc")))
print(",".join(str(v) for v in squares(4)))
print(9 in squares(5), 10 in squares(5))
print(set(squares(3)) == {0, 1, 4})
print(list(enumerate(squares(3), 1)))
print(list(map(str, squares(3))))
print(list(filter(None, squares(4))))
print(any(v > 10 for v in squares(5)), all(v < 100 for v in squares(5)))
a, b, c = squares(3)
print(a, b, c)
first, *rest = squares(5)
print(first, rest)
print([*squares(3), *squares(2)])
def pairs():
    yield "k1", 1
    yield "k2", 2
print(dict(pairs()))
g = squares(5)
print(list(zip(g, g)))
print(len(list(squares(1000))))
print(list(reversed(list(squares(4)))))
print(sum(1 for _ in squares(7)))
