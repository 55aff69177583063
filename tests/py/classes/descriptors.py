# Descriptor protocol: __get__, __set__, __delete__, data vs non-data precedence.
class Verbose:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access via " + objtype.__name__
        return "get %s from %s" % (self.name, type(obj).__name__)
class Typed:
    def __init__(self, name, kind):
        self.name = "_" + name
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)
class Model:
    label = Verbose("label")
    size = Typed("size", int)
m = Model()
print(m.label)
print(Model.label)
m.size = 5
print(m.size)
try:
    m.size = "big"
except TypeError as e:
    print(type(e).__name__, e)
del m.size
print(m.size)
m.label = "instance value"
print(m.label)
m.__dict__["size"] = "in dict"
print(m.size)
print(type(Model.size).__name__)
class Const:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, objtype=None):
        return self.v
class UsesConst:
    a = Const(1)
    b = Const(2)
print(UsesConst().a + UsesConst().b, UsesConst.a)
class Counter:
    def __init__(self):
        self.count = 0
    def __get__(self, obj, objtype=None):
        self.count += 1
        return self.count
class Holder:
    c = Counter()
h = Holder()
print(h.c, h.c, Holder.c)
