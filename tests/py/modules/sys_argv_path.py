# sys.argv holds the script name; sys.path is a list of strings searched by import.
import sys
print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0].endswith("sys_argv_path.py"))
print(sys.argv[0].replace("\\", "/").split("/")[-1])
print(all(isinstance(a, str) for a in sys.argv))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path), len(sys.path) > 0)
before = list(sys.path)
sys.path.append("/nonexistent/extra/dir")
print(sys.path[-1], len(sys.path) == len(before) + 1)
sys.path.pop()
print(sys.path == before)
sys.path.insert(0, "_nonexistent_front")
try:
    import definitely_not_a_module_anywhere
except ImportError as e:
    print(type(e).__name__)
sys.path.remove("_nonexistent_front")
print(sys.path == before)
saved = sys.argv
sys.argv = ["replaced", "args"]
print(sys.argv)
sys.argv = saved
print(sys.argv[0].endswith(".py"))
print("sys" in sys.modules, sys.modules["sys"] is sys)
import math
print("math" in sys.modules, sys.modules["math"] is math)
print(isinstance(sys.modules, dict))
