# Package used by the import tests.
print("executing pkg/__init__")
pkg_value = "from pkg/__init__"
def pkg_func():
    return "pkg_func"
