# import ... as and from ... import ... as bind alternative names.
import pkg.sub as s
print(s.sub_value, s.__name__)
print("pkg" in dir())
import pkg.subpkg.deep as d
print(d.deep_value, d.__name__)
import _helper_mod as h
print(h.value, "_helper_mod" in dir(), "h" in dir())
from pkg import sub as alias_sub, pkg_value as pv
print(alias_sub is s, pv)
from pkg.sub import sub_func as double, sub_value as sv
print(double(8), sv)
import pkg as p, _helper_mod as h2
print(p.pkg_value, h2 is h)
import math as m, sys as system
print(m.floor(2.5), system.byteorder in ("little", "big"))
def local_alias():
    import pkg.sub as inner
    return inner.sub_func(3)
print(local_alias(), "inner" in dir())
import pkg.subpkg as sp
print(sp.reexported)
import sys
print(sys.modules["pkg.sub"] is s, sys.modules["_helper_mod"] is h)
try:
    import pkg.nonexistent as nope
except ImportError as e:
    print(type(e).__name__, e)
