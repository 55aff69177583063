# Importing a submodule first runs every enclosing package's __init__, once.
import sys
for name in ["pkg", "pkg.subpkg", "pkg.subpkg.deep", "pkg.sub"]:
    print(name, name in sys.modules)
import pkg.subpkg.deep
for name in ["pkg", "pkg.subpkg", "pkg.subpkg.deep", "pkg.sub"]:
    print(name, name in sys.modules)
print(hasattr(pkg, "subpkg"), hasattr(pkg.subpkg, "deep"), hasattr(pkg, "sub"))
import pkg.sub
print(hasattr(pkg, "sub"))
import pkg
print("re-import of pkg printed nothing")
print(pkg.subpkg.reexported)
from pkg import subpkg
print(subpkg is sys.modules["pkg.subpkg"])
import pkg.subpkg.deep as deep_alias
print(deep_alias is pkg.subpkg.deep)
print(sorted(k for k in vars(pkg) if not k.startswith("_")))
print(sorted(k for k in vars(pkg.subpkg) if not k.startswith("_")))
print(pkg.subpkg.deep.parent_value())
print("done")
