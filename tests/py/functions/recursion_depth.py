# Moderately deep recursion (a few hundred frames) works in every call form.
def plain(n):
    return 0 if n == 0 else 1 + plain(n - 1)
print(plain(300))
def with_args(n, *rest, **kw):
    return len(rest) + len(kw) if n == 0 else with_args(n - 1, *rest, **kw)
print(with_args(200, 1, 2, a=3))
class R:
    def down(self, n):
        return n if n == 0 else self.down(n - 1) + 1
print(R().down(250))
lam = lambda n: 0 if n == 0 else lam(n - 1) + 2
print(lam(200))
def gen_depth(n):
    if n == 0:
        yield 0
    else:
        for v in gen_depth(n - 1):
            yield v + 1
print(list(gen_depth(100)))
def nested_lists(n):
    return [] if n == 0 else [nested_lists(n - 1)]
deep = nested_lists(150)
count = 0
while deep:
    deep = deep[0]
    count += 1
print(count)
def try_depth(n):
    try:
        return 0 if n == 0 else try_depth(n - 1) + 1
    finally:
        pass
print(try_depth(200))
def sum_list(xs):
    return 0 if not xs else xs[0] + sum_list(xs[1:])
print(sum_list(list(range(200))))
def with_closure(n):
    def inner():
        return with_closure(n - 1) + 1 if n else 0
    return inner()
print(with_closure(150))
print(repr(nested_lists(20)))
