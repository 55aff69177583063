# Directories added to sys.path become import roots.
import sys
try:
    import _libmod
except ImportError as e:
    print("before:", type(e).__name__)
sys.path.append("_lib")
import _libmod
print(_libmod.where, _libmod.__name__)
import libpkg
print(libpkg.libpkg_value, libpkg.__name__)
sys.path.remove("_lib")
import _libmod as still_cached
print(still_cached is _libmod)
del sys.modules["_libmod"]
try:
    import _libmod
except ImportError as e:
    print("after removal:", type(e).__name__)
sys.path.insert(0, "_lib")
import _libmod
print(_libmod.where)
sys.path.pop(0)
print("_lib" in sys.path)
print(isinstance(sys.path, list), len(sys.path) > 0)
saved = list(sys.path)
sys.path[:] = [p for p in sys.path]
print(sys.path == saved)
def import_from(directory, name):
    sys.path.insert(0, directory)
    try:
        return __import__(name)
    finally:
        sys.path.remove(directory)
print(import_from("_lib", "libpkg").libpkg_value)
print("done")
