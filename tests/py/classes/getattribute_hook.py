# A Python __getattribute__ intercepts every attribute read (methods included);
# object.__getattribute__ is the plain lookup, and __getattr__ still runs when
# __getattribute__ raises AttributeError.
class Logged:
    cls_attr = "class value"

    def __init__(self):
        self.x = 1

    def method(self):
        return "method result"

    def __getattribute__(self, name):
        print("get", name)
        if name == "virtual":
            return "virtual value"
        return object.__getattribute__(self, name)


o = Logged()
print(o.x)
print(o.virtual)
print(o.cls_attr)
print(o.method())
print(getattr(o, "x"), hasattr(o, "nope"))
try:
    o.nope
except AttributeError as e:
    print("AttributeError", e)


class Fallback:
    def __getattribute__(self, name):
        if name.startswith("hidden"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback for " + name


f = Fallback()
f.real = 5
print(f.real, f.hidden_one, f.other)


class Child(Logged):
    pass


c = Child()
print(c.x, c.virtual)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattribute__(self, name):
        target = object.__getattribute__(self, "_target")
        return getattr(target, name)


p = Proxy([3, 1, 2])
print(p.count(1), p.index(2))
print(object.__getattribute__(p, "_target"))
