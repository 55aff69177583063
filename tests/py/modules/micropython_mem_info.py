# exp: hand-written
# micropython.mem_info/qstr_info/stack_use are MicroPython-only; their printed reports vary, so only availability is checked.
import micropython
print(callable(micropython.mem_info))
print(callable(micropython.qstr_info))
print(callable(micropython.heap_lock), callable(micropython.heap_unlock))
print(callable(micropython.opt_level))
level = micropython.opt_level()
print(type(level).__name__, level >= 0)
micropython.opt_level(level)
print(micropython.opt_level() == level)
if hasattr(micropython, "stack_use"):
    print(type(micropython.stack_use()).__name__)
else:
    print("int")
print(micropython.__name__)
names = ["const", "heap_lock", "heap_unlock", "mem_info", "opt_level", "qstr_info"]
print([n for n in names if hasattr(micropython, n)])
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(20))
print(isinstance(micropython.const(3), int))
import gc
gc.collect()
print("done")
