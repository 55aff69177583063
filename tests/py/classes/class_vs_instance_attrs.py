# Class attributes are shared; instance attributes shadow them.
class Config:
    color = "red"
    items = []
    def __init__(self, name):
        self.name = name
a = Config("a")
b = Config("b")
print(a.color, b.color, Config.color)
a.color = "blue"
print(a.color, b.color, Config.color)
Config.color = "green"
print(a.color, b.color)
del a.color
print(a.color)
a.items.append("shared")
print(b.items, Config.items is a.items)
a.items = ["own"]
print(a.items, b.items)
print(sorted(vars(a)), sorted(vars(b)))
print("color" in Config.__dict__, "name" in Config.__dict__)
print(a.__dict__)
class Counter:
    total = 0
    def add(self):
        self.total += 1
c1, c2 = Counter(), Counter()
c1.add(); c1.add(); c2.add()
print(c1.total, c2.total, Counter.total)
class Sub(Config):
    pass
s = Sub("s")
print(s.color, "color" in Sub.__dict__)
Sub.color = "sub color"
print(s.color, Config.color)
try:
    del s.color
except AttributeError as e:
    print(type(e).__name__, e)
a.method_like = lambda: "instance function is not bound"
print(a.method_like())
print(getattr(Config, "missing", "default"), hasattr(a, "name"), hasattr(Config, "name"))
