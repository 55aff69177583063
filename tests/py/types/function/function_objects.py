# Function objects: attributes, identity, equality, closures.
def documented(a, b=2, *args, c, d=4, **kw):
    """The docstring."""
    return a
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__module__)
print(documented.__defaults__, documented.__kwdefaults__)
print(type(documented).__name__, callable(documented))
f2 = documented
print(f2 is documented, f2 == documented, documented != (lambda: 0))
print(hash(documented) == hash(f2))
documented.extra = {"meta": 1}
print(documented.extra, sorted(documented.__dict__))
def outer():
    x = 1
    def inner():
        return x
    return inner
i1, i2 = outer(), outer()
print(i1 is i2, i1 == i2, i1() == i2(), i1.__name__, i1.__qualname__)
lam = lambda x, y=1: x + y
print(lam.__name__, lam.__defaults__, lam(1), lam.__doc__)
def no_defaults():
    pass
print(no_defaults.__defaults__, no_defaults.__kwdefaults__, no_defaults.__doc__)
class K:
    def method(self):
        "method doc"
        return self
    @staticmethod
    def st():
        pass
print(K.method.__name__, K.method.__qualname__, K.method.__doc__, K.st.__qualname__)
print(K().method.__name__, K().method.__doc__, K().method.__func__ is K.method)
print(len.__name__, callable(len), type(len) is type(abs))
try:
    documented.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
fns = {documented: "as key"}
print(fns[f2])
print(sorted([lam, no_defaults, documented], key=lambda f: f.__name__)[0].__name__)
print(isinstance(lam, type(documented)), isinstance(len, type(documented)))
print(documented(1, c=3), (lambda: "iife")())
