# __getattr__ is called only when normal attribute lookup fails.
class Dynamic:
    existing = "class attribute"
    def __init__(self):
        self.own = "instance attribute"
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: "dynamic " + name[4:]
        if name == "computed":
            return 42
        raise AttributeError("no attribute %r here" % name)
d = Dynamic()
print(d.own, d.existing, d.computed, d.get_thing())
try:
    d.unknown
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(d, "computed"), hasattr(d, "unknown"), getattr(d, "unknown", "default"))
class Proxy:
    def __init__(self, target):
        self._target = target
        self.log = []
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.log)
try:
    p.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
class Defaults:
    def __getattr__(self, name):
        return "default-" + name
x = Defaults()
x.real = "set"
print(x.real, x.anything, x.other)
class Inherits(Dynamic):
    pass
print(Inherits().get_inherited())
class ErrorInProperty:
    @property
    def broken(self):
        raise AttributeError("inside property")
    def __getattr__(self, name):
        return "fallback for " + name
print(ErrorInProperty().broken)
class NoGetattr:
    pass
try:
    NoGetattr().x
except AttributeError as e:
    print(type(e).__name__, e)
