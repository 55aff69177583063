# Field names with attribute access and indexing in str.format.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ["a", "b"]
p = Point(3, 4)
print("{0.x}, {0.y}".format(p))
print("{p.x} {p.y} {p.tags[1]}".format(p=p))
print("{0[0]} {0[2]}".format([10, 20, 30]))
print("{0[key]} {0[other]}".format({"key": "v", "other": 1}))
print("{data[1][0]}".format(data=[[0], ["nested"]]))
print("{0.real} {0.imag}".format(3 + 4j))
print("{.__name__}".format(int))
print("{0[-1]}".format({"-1": "string key"}))
try:
    "{0[-1]}".format([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print("{0[1]}".format({1: "int key"}))
try:
    "{0.missing}".format(p)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{0[k]}".format({})
except KeyError as e:
    print(type(e).__name__, e)
print("{0.x:>5}|{0.y:<5}|".format(p))
print("{0.tags!r}".format(p))
rows = [{"n": "apple", "q": 3}, {"n": "kiwi", "q": 12}]
for r in rows:
    print("{r[n]:<8}{r[q]:>4}".format(r=r))
print("{0[0].x}".format([p]))
print("{a.x}{a.y}".format(a=p) * 2)
