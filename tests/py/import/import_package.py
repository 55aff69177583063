# Importing packages and submodules in every form.
import pkg
print(pkg.pkg_value, pkg.pkg_func(), pkg.__name__)
print(hasattr(pkg, "sub"))
import pkg.sub
print(hasattr(pkg, "sub"), pkg.sub.sub_value, pkg.sub.sub_func(4), pkg.sub.__name__)
from pkg import sub
print(sub is pkg.sub)
from pkg.sub import sub_func, sub_value
print(sub_func(10), sub_value)
import pkg.subpkg.deep
print(pkg.subpkg.deep.deep_value, pkg.subpkg.reexported, pkg.subpkg.deep.__name__)
from pkg.subpkg import deep
print(deep is pkg.subpkg.deep, deep.parent_value())
from pkg.subpkg.deep import deep_value
print(deep_value)
import sys
print(all(name in sys.modules for name in ["pkg", "pkg.sub", "pkg.subpkg", "pkg.subpkg.deep"]))
print(sys.modules["pkg.sub"] is sub)
print(sub.name_seen)
print(type(pkg).__name__, type(pkg.sub).__name__)
