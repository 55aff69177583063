# dir() lists attribute names sorted; only membership is checked.
print("append" in dir(list), "keys" in dir(dict), "upper" in dir(str), "bit_length" in dir(int))
print("__len__" in dir([]), "__add__" in dir(1), "real" in dir(1.0), "__iter__" in dir({}))
print("nope" in dir(list), "append" in dir(tuple), "add" in dir(set), "add" in dir(frozenset))
d = dir(str)
print(isinstance(d, list), d == sorted(d), len(set(d)) == len(d))
class C:
    class_attr = 1
    def method(self):
        pass
c = C()
c.inst = 2
print("class_attr" in dir(C), "method" in dir(C), "inst" in dir(C), "inst" in dir(c), "method" in dir(c))
class D(C):
    extra = 3
print("class_attr" in dir(D), "extra" in dir(D), "extra" in dir(C))
class Custom:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Custom()))
import math
print("sqrt" in dir(math), "pi" in dir(math), "nonexistent" in dir(math))
x = 5
def f():
    local_one = 1
    local_two = 2
    return dir()
print(f())
print("x" in dir(), "f" in dir(), "math" in dir())
print("__init__" in dir(object), "__class__" in dir(None), "__doc__" in dir(f))
print(all(name in dir(list) for name in ["append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "copy", "clear"]))
print(all(name in dir(dict) for name in ["get", "items", "keys", "values", "pop", "popitem", "setdefault", "update", "fromkeys", "copy", "clear"]))
