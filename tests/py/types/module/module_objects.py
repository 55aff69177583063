# Module objects: attributes, identity across imports, dir().
import math
import sys
print(type(math).__name__, math.__name__, sys.__name__, __name__)
import math as m2
print(m2 is math, sys.modules["math"] is math)
print(hasattr(math, "pi"), hasattr(math, "nothing"), getattr(math, "nothing", "default"))
print("sqrt" in dir(math), "pi" in dir(math), "__name__" in dir(math))
try:
    math.not_there
except AttributeError as e:
    print(type(e).__name__, e)
math.custom_attribute = "set on module"
print(math.custom_attribute)
import math as again
print(again.custom_attribute)
del math.custom_attribute
print(hasattr(again, "custom_attribute"))
this = sys.modules[__name__]
print(this.__name__, hasattr(this, "this"), this.m2 is math)
module_var = 42
print(this.module_var, getattr(this, "module_var"))
setattr(this, "dynamic", "created")
print(dynamic)
print(isinstance(math, type(sys)), type(math) is type(sys))
print(callable(math), callable(math.sqrt))
from math import sqrt, pi as PI
print(sqrt is math.sqrt, PI == math.pi)
print(sorted(k for k in ("sqrt", "floor", "ceil") if k in vars(math)))
print(type(vars(math)).__name__, vars(math) is math.__dict__)
print("module_var" in globals(), globals() is vars(this))
