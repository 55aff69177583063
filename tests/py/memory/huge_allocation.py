# vibepy-args: -X heapsize=256K
# Requests far beyond any heap fail with MemoryError (or OverflowError for sizes past the
# address space) and the program continues.
def attempt(label, make):
    try:
        obj = make()
        print(label, "allocated?!", len(obj))
    except (MemoryError, OverflowError):
        print(label, "failed cleanly")
attempt("bytearray 2**50", lambda: bytearray(2 ** 50))
attempt("bytes 2**50", lambda: bytes(2 ** 50))
attempt("list 2**50", lambda: [0] * (2 ** 50))
attempt("str 2**50", lambda: "x" * (2 ** 50))
attempt("tuple 2**50", lambda: (None,) * (2 ** 50))
attempt("bytes repeat 2**50", lambda: b"ab" * (2 ** 49))
small = bytearray(100)
small[0] = 1
print(len(small), small[0])
values = list(range(1000))
print(sum(values))
words = ["w%d" % i for i in range(300)]
print(len(words), words[-1])
try:
    raise MemoryError("raised by hand")
except MemoryError as e:
    print(type(e).__name__, e)
print(issubclass(MemoryError, Exception))
print("continued")
