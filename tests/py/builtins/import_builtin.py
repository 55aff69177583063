# __import__() returns modules; for dotted names the top-level package.
m = __import__("math")
import math
print(m is math, m.__name__, m.sqrt(16))
s = __import__("sys")
print(s.__name__, "math" in s.modules)
o = __import__("os")
print(o.__name__, hasattr(o, "listdir"))
try:
    __import__("no_such_module_xyz")
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__)
names = ["math", "sys", "gc"]
mods = [__import__(n) for n in names]
print([mod.__name__ for mod in mods])
print(__import__("math") is __import__("math"))
t = __import__("time")
print(callable(t.sleep), t.__name__)
def lazy(name):
    return __import__(name)
print(lazy("math").floor(2.7))
g = {}
exec("import math as mm", g)
print(g["mm"] is math)
print(type(__import__).__name__ == type(len).__name__)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
