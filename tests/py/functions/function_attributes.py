# Attributes of function objects.
def documented(a, b=2):
    """Adds two numbers."""
    return a + b
print(documented.__name__, documented.__doc__)
print(documented.__defaults__)
print(documented.__qualname__, documented.__module__)
def undocumented():
    pass
print(undocumented.__doc__)
documented.custom = "custom attribute"
print(documented.custom)
print(documented.__dict__)
documented.__name__ = "renamed"
print(documented.__name__, documented(1))
lam = lambda: 0
print(lam.__name__)
class C:
    def method(self):
        pass
    class Inner:
        def deep(self):
            pass
print(C.method.__name__, C.method.__qualname__)
print(C.Inner.deep.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print(callable(documented), callable(documented.__name__))
print(type(documented).__name__)
try:
    undocumented.missing
except AttributeError as e:
    print(type(e).__name__, e)
def kw(*, a=1, b=2):
    pass
print(kw.__kwdefaults__, undocumented.__defaults__, undocumented.__kwdefaults__)
print(hasattr(documented, "__call__"))
def counted():
    counted.calls += 1
    return counted.calls
counted.calls = 0
counted(); counted()
print(counted.calls)
