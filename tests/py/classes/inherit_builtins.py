# Subclassing built-in types.
class MyList(list):
    def sum(self):
        return sum(self)
    def __repr__(self):
        return "MyList(" + list.__repr__(self) + ")"
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), ml[1:], type(ml[1:]).__name__)
print(isinstance(ml, list), ml == [1, 2, 3, 4])
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = "default-" + str(key)
        return self[key]
dd = DefaultDict(a=1)
print(dd["a"], dd["b"], dd)
print(dd.get("zzz"), "zzz" in dd)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, u.shout(), u + "x", type(u + "x").__name__, len(u))
class Meters(float):
    def __repr__(self):
        return "%gm" % self
m = Meters(2.5)
print(repr(m), m + 1, type(m + 1).__name__, m * 2)
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
print(Even(7), Even(8) + 1, type(Even(3)).__name__)
class MyTuple(tuple):
    @property
    def first(self):
        return self[0]
t = MyTuple((9, 8))
print(t, t.first, len(t))
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
md = MyDict()
md["x"] = 5
print(md)
class MyError(ValueError):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise MyError(404)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)
class MySet(set):
    pass
print(sorted(MySet([3, 1, 2]) | {5}), type(MySet() | {1}).__name__)
