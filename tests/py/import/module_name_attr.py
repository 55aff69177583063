# __name__ is "__main__" for the script and the dotted name for imported modules.
print(__name__)
import _helper_mod
import pkg.sub
import pkg.subpkg.deep
print(_helper_mod.__name__, pkg.__name__, pkg.sub.__name__, pkg.subpkg.__name__, pkg.subpkg.deep.__name__)
print(pkg.sub.name_seen)
import math
print(math.__name__)
if __name__ == "__main__":
    print("running as main")
else:
    print("imported")
def who():
    return __name__
print(who())
class K:
    pass
print(K.__module__, who.__module__)
print(_helper_mod.Thing.__module__, _helper_mod.greet.__module__)
print(pkg.sub.sub_func.__module__)
ns = {"__name__": "custom_ns"}
exec("def f(): pass\nresult = __name__", ns)
print(ns["result"], ns["f"].__module__)
import sys
print(sys.modules["__main__"].__name__ if "__main__" in sys.modules else "__main__")
print(type(__name__).__name__)
