# vibepy-args: -X heapsize=256K
# Unbounded recursion raises RecursionError well before the native stack runs out, repeatedly.
import gc
def down(n):
    return down(n + 1)
def down_with_locals(n):
    a, b, c = n, n * 2, [n]
    return down_with_locals(n + 1) + a + b + len(c)
class Recurser:
    def method(self, n):
        return self.method(n + 1)
    def __getattr__(self, name):
        # The same name each level: a growing one would need O(depth**2) bytes of
        # strings, which a 256K heap cannot hold at CPython's depth of ~1000.
        return getattr(self, name)
cases = [("plain", lambda: down(0)), ("locals", lambda: down_with_locals(0)),
         ("method", lambda: Recurser().method(0)), ("getattr", lambda: Recurser().missing)]
for label, fn in cases:
    for _ in range(2):
        try:
            fn()
            print(label, "returned?!")
        except RecursionError:
            pass
    print(label, "RecursionError caught twice")
    gc.collect()
def gen_recurse(n):
    yield from gen_recurse(n + 1)
try:
    next(gen_recurse(0))
except RecursionError:
    print("generator recursion caught")
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(100))
print("alive")
