# exp: hand-written
# micropython.heap_lock()/heap_unlock() are MicroPython-only: while locked, allocating raises MemoryError.
import micropython
def try_alloc_list():
    micropython.heap_lock()
    try:
        data = [1, 2, 3]
        outcome = 1
    except MemoryError:
        outcome = 2
    depth = micropython.heap_unlock()
    return outcome, depth
outcome, depth = try_alloc_list()
print("allocated" if outcome == 1 else "MemoryError while locked", depth)
lst = [1, 2, 3]
print("allocation works again", lst)
def nested_locks():
    micropython.heap_lock()
    micropython.heap_lock()
    first = micropython.heap_unlock()
    second = micropython.heap_unlock()
    return first, second
print(nested_locks())
def arithmetic_locked():
    micropython.heap_lock()
    total = 0
    for i in range(10):
        total += i
    micropython.heap_unlock()
    return total
print("small-int arithmetic while locked:", arithmetic_locked())
def try_alloc_str():
    micropython.heap_lock()
    try:
        s = "abc" * 100
        r = 1
    except MemoryError:
        r = 2
    micropython.heap_unlock()
    return r
print("allocated" if try_alloc_str() == 1 else "MemoryError")
print("done")
