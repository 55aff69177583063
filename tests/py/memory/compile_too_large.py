# exp: hand-written
# MemoryError comes from VibePy's fixed heap (-X heapsize=256K): CPython has no heap limit and would compile this.
# vibepy-args: -X heapsize=256K
# Compiling a source too large for the heap raises MemoryError; the program carries on.
src = "x = 1\n" * 20000
print(len(src))
try:
    exec(src)
    print("compiled")
except MemoryError:
    print("MemoryError while compiling")
del src
print(sum(range(10)), "still running")
code = "y = " + " + ".join(["1"] * 20) + "\n"
exec(code)
print(y)
