# Relative imports inside a package: '.', '.module', '..'.
import pkg.rel
print(pkg.rel.relative_results)
from pkg.subpkg.deep import parent_value
print(parent_value())
from pkg.subpkg import reexported
print(reexported)
import pkg.subpkg
print(pkg.subpkg.reexported is reexported)
for src in ["from . import x", "from .mod import y"]:
    try:
        exec(src, {"__name__": "__main__"})
    except ImportError as e:
        print(type(e).__name__)
import sys
print("pkg.rel" in sys.modules, "pkg.subpkg.deep" in sys.modules)
print(pkg.rel.sub is sys.modules["pkg.sub"])
print(pkg.rel.doubled(5))
print(pkg.rel.deep is sys.modules["pkg.subpkg.deep"])
print(sorted(k for k in vars(pkg.rel) if not k.startswith("_")))
print(pkg.rel.pkg_value == pkg.pkg_value)
print(pkg.subpkg.deep.parent_value()[0])
print("done")
