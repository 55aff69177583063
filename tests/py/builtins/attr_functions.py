# hasattr, getattr, setattr and delattr builtins.
class Obj:
    cls_attr = "class"
    def __init__(self):
        self.inst = "instance"
    @property
    def prop(self):
        return "property"
    @property
    def broken(self):
        raise ValueError("property raised")
o = Obj()
print(hasattr(o, "inst"), hasattr(o, "cls_attr"), hasattr(o, "prop"), hasattr(o, "nope"))
print(getattr(o, "inst"), getattr(o, "cls_attr"), getattr(o, "prop"), getattr(o, "nope", "default"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hasattr(o, "broken")
except ValueError as e:
    print("hasattr propagates non-AttributeError:", e)
try:
    getattr(o, "broken", "default")
except ValueError as e:
    print("getattr default does not hide ValueError:", e)
setattr(o, "new", 42)
setattr(o, "with space", "odd name")
print(o.new, getattr(o, "with space"), sorted(vars(o)))
delattr(o, "new")
print(hasattr(o, "new"))
try:
    delattr(o, "new")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(o, None, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr("abc", "upper")(), getattr([], "append").__name__, hasattr(len, "__call__"))
setattr(Obj, "added_to_class", "via setattr")
print(o.added_to_class, Obj.added_to_class)
for name in ["inst", "cls_attr", "missing"]:
    print(name, getattr(o, name, None))
import math
print(getattr(math, "pi") == math.pi, hasattr(math, "tau"))
