# Importing a plain module runs it once and binds its name.
print("before import")
import _helper_mod
print("after import")
print(_helper_mod.value, _helper_mod.greet("world"), _helper_mod.Thing.kind)
print(_helper_mod.__name__, type(_helper_mod).__name__)
import _helper_mod
print("second import printed nothing")
print(_helper_mod.bump(), _helper_mod.bump(), _helper_mod.counter)
from _helper_mod import value, greet
print(value, greet("again"))
from _helper_mod import counter
_helper_mod.bump()
print(counter, _helper_mod.counter)
from _helper_mod import Thing as T, value as v
print(T.kind, v)
print(hasattr(_helper_mod, "_private"), "greet" in dir(_helper_mod))
_helper_mod.value = 100
import _helper_mod as again
print(again.value, again is _helper_mod)
def use_inside():
    import _helper_mod
    return _helper_mod.value
print(use_inside())
try:
    from _helper_mod import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name, str(e).startswith("cannot import name 'does_not_exist' from '_helper_mod'"))
print(callable(_helper_mod.greet), isinstance(_helper_mod.Thing(), _helper_mod.Thing))
