# ImportError and ModuleNotFoundError: types, names and messages.
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg.no_such_submodule
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name, str(e).startswith("cannot import name 'no_such_name' from 'pkg'"))
try:
    from no_such_package.module import thing
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _helper_mod.not_a_package
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(ImportError, Exception))
try:
    import no_such_module
except ImportError as e:
    print("caught as ImportError:", type(e).__name__)
import sys
print("no_such_module" in sys.modules)
def optional_import():
    try:
        import totally_optional_dependency
        return "available"
    except ImportError:
        return "fallback"
print(optional_import())
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec("import 123")
except SyntaxError as e:
    print(type(e).__name__)
try:
    from starpkg import *
    print(exported)
except ImportError:
    print("unexpected")
err = ImportError("custom", name="modname")
print(err.name, str(err), ModuleNotFoundError("x").name)
