# Default values are evaluated once, when def runs.
log = []
def make(tag):
    log.append(tag)
    return tag
def f(a=make("a-default"), b=make("b-default")):
    return a, b
print(log)
print(f(), f(1), log)
x = 1
def g(v=x):
    return v
x = 2
print(g())
def acc(item, bucket=[]):
    bucket.append(item)
    return len(bucket)
print(acc("a"), acc("b"), acc("c", []), acc("d"))
print(acc.__defaults__)
def dict_default(k, d={}):
    d[k] = len(d)
    return d
dict_default("x")
print(dict_default("y"))
def make_functions():
    out = []
    for i in range(3):
        def fn(v=i * 10):
            return v
        out.append(fn)
    return out
print([fn() for fn in make_functions()])
class C:
    counter = 0
    def method(self, n=counter):
        return n
C.counter = 5
print(C().method())
def kwdefault(*, k=make("kw-default")):
    return k
print(kwdefault(), log[-1])
def replace_defaults(a=1):
    return a
replace_defaults.__defaults__ = (99,)
print(replace_defaults())
lam = lambda v=make("lambda-default"): v
print(lam(), log.count("lambda-default"))
