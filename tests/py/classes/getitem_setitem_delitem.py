# __getitem__, __setitem__ and __delitem__ with ints, slices and other keys.
class Recorder:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", key)
        return self.data.get(repr(key), "missing")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[repr(key)] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[repr(key)]
r = Recorder()
r[1] = "one"
r["k"] = "kay"
r[1, 2] = "tuple"
print(r[1], r["k"], r[1, 2], r[99])
r[1:3] = "slice"
print(r[::2])
del r[1]
try:
    del r["absent"]
except KeyError as e:
    print(type(e).__name__, e)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("out of range")
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
for v in Squares():
    print("iter via getitem", v)
class Seq:
    def __init__(self, items):
        self.items = list(items)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Seq(self.items[index])
        return self.items[index]
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return "Seq(%r)" % self.items
s = Seq("abcdef")
print(s[0], s[-1], s[1:4], s[::-2], len(s))
print(list(reversed(s)))
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
class NoSet:
    def __getitem__(self, k):
        return k
try:
    NoSet()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del NoSet()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
