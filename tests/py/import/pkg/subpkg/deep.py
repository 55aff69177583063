# Module pkg.subpkg.deep, reaching up with '..'.
print("executing pkg.subpkg.deep")
deep_value = "from pkg.subpkg.deep"
def parent_value():
    from .. import pkg_value
    from ..sub import sub_value
    return pkg_value, sub_value
