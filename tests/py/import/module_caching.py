# sys.modules caches modules; removing an entry makes the next import re-run the module.
import sys
print("_reloadable" in sys.modules)
import _reloadable
print(_reloadable.runs, "_reloadable" in sys.modules)
import _reloadable
print(_reloadable.runs)
first = _reloadable
del sys.modules["_reloadable"]
import _reloadable
print(_reloadable.runs, first is _reloadable, first.runs)
import _run_counter
print(_run_counter.runs)
cached = sys.modules["_reloadable"]
print(cached is _reloadable)
class FakeModule:
    attribute = "from a fake entry in sys.modules"
sys.modules["_fake_module"] = FakeModule()
import _fake_module
print(_fake_module.attribute)
del sys.modules["_fake_module"]
try:
    import _fake_module as gone
except ImportError as e:
    print(type(e).__name__, e)
names_before = set(sys.modules)
import _helper_mod
print(sorted(set(sys.modules) - names_before))
print(isinstance(sys.modules, dict), all(isinstance(k, str) for k in sys.modules))
