# __setattr__ and __delattr__ intercept every assignment and deletion.
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
l = Logged()
l.b = 2
l.a += 10
print(l.a, l.b)
del l.b
print(hasattr(l, "b"))
setattr(l, "c", 3)
delattr(l, "c")
class ReadOnly:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("read-only: " + name)
    def __delattr__(self, name):
        raise AttributeError("cannot delete " + name)
r = ReadOnly(5)
print(r.v)
try:
    r.v = 6
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.v
except AttributeError as e:
    print(type(e).__name__, e)
class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        self.__dict__[name] = value
v = Validated()
v.age = 30
try:
    v.age = -1
except ValueError as e:
    print(type(e).__name__, e)
print(v.age, v.__dict__)
class Upper:
    def __setattr__(self, name, value):
        super().__setattr__(name.upper(), value)
u = Upper()
u.name = "x"
print(hasattr(u, "name"), u.NAME)
class Plain:
    pass
p = Plain()
setattr(p, "with space", 1)
print(getattr(p, "with space"))
try:
    delattr(p, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
