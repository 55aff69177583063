# Comprehension variables do not leak; the first iterable is evaluated outside.
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
i = "i stays"
sq = {i: i * i for i in range(2)}
print(i, sq)
j = "j stays"
print(sorted({j for j in "ab"}), j)
g = list(k for k in range(2))
print("k" in dir())
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        scaled = [v * factor for v in values for factor in [10]]
    except NameError as e:
        scaled = str(e)
print(C.doubled, C.scaled)
class D:
    n = 3
    try:
        items = [n for _ in range(2)]
    except NameError as e:
        items = type(e).__name__ + ": " + str(e)
print(D.items)
def f():
    y = 10
    return [y + z for z in range(3)]
print(f())
funcs = [lambda: n for n in range(3)]
print([fn() for fn in funcs])
def outer():
    total = 1
    return [total * m for m in range(1, 4)]
print(outer())
src = [[1, 2], [3]]
print([a for src in src for a in src])
print(src)
def gen_scope():
    base = 100
    gen = (base + v for v in range(2))
    base = 200
    return list(gen)
print(gen_scope())
