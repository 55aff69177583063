# exp: hand-written
# gc.mem_free()/gc.mem_alloc() are MicroPython extensions that CPython lacks; expected output follows MicroPython.
import gc
gc.collect()
free = gc.mem_free()
alloc = gc.mem_alloc()
print(type(free).__name__, type(alloc).__name__)
print(free > 0, alloc > 0)
before = gc.mem_alloc()
big = [0] * 5000
after = gc.mem_alloc()
print(after > before)
del big
gc.collect()
print(gc.mem_alloc() < after)
total_before = gc.mem_free() + gc.mem_alloc()
blocks = [bytearray(100) for _ in range(50)]
total_after = gc.mem_free() + gc.mem_alloc()
print(total_before == total_after)
del blocks
gc.collect()
print(gc.mem_free() > 0)
print(callable(gc.mem_free), callable(gc.mem_alloc))
for i in range(3):
    tmp = "x" * 1000
    gc.collect()
print("done")
