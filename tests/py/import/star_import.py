# from module import * honours __all__ and otherwise skips '_' names.
from starpkg import *
print(exported, also_exported, mod.mod_value)
print("not_listed" in dir(), "_private" in dir())
import starpkg
print(starpkg.not_listed, starpkg._private, sorted(starpkg.__all__))
from _plain_star import *
print(public_one, public_two, public_func())
print("_hidden" in dir())
import _plain_star
print(_plain_star._hidden)
try:
    exec("def f():\n    from math import *\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
ns = {}
exec("from math import *", ns)
print("sqrt" in ns, "pi" in ns, "floor" in ns)
ns2 = {}
exec("from starpkg import *", ns2)
print(sorted(k for k in ns2 if not k.startswith("__")))
exported = "rebound locally"
from starpkg import *
print(exported)
