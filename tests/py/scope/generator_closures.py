# Generators and closures keep their enclosing scope alive.
def make_gen(prefix):
    def gen():
        for i in range(3):
            yield prefix + str(i)
    return gen
g = make_gen("item")
print(list(g()), list(g()))
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    def gen():
        while count < 3:
            bump()
            yield count
    return gen()
print(list(counter_gen()))
def frozen_locals():
    values = []
    def gen():
        for v in values:
            yield v
    values.extend([1, 2])
    it = gen()
    values.append(3)
    return list(it)
print(frozen_locals())
def outer():
    x = "outer"
    def gen():
        yield x
        yield x
    it = gen()
    first = next(it)
    x = "rebound"
    second = next(it)
    return first, second
print(outer())
def nested_gen_scope():
    base = 10
    return [list(base + k for k in range(j)) for j in range(3)]
print(nested_gen_scope())
def gen_with_local():
    total = 0
    for n in range(4):
        total += n
        yield total
print(list(gen_with_local()))
gens = [make_gen(p)() for p in "ab"]
print([next(x) for x in gens], [next(x) for x in gens])
