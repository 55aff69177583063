# vibepy-args: -X heapsize=256K
# Allocate 1 KB strings until MemoryError (small heap) or a 64 MB cap (CPython), then free
# everything and carry on: both ways the output is the same.
CAP = 64 * 1024
def fill():
    chunks = []
    try:
        while len(chunks) < CAP:
            chunks.append("x" * 1023 + str(len(chunks) % 10))
        stopped = "cap"
    except MemoryError:
        stopped = "MemoryError"
    count = len(chunks)
    chunks = None
    return stopped, count
for attempt in range(3):
    stopped, count = fill()
    print("attempt", attempt, "done", count > 10)
after = [i * i for i in range(100)]
print(sum(after))
text = "-".join(str(i) for i in range(50))
print(len(text), text[:20])
d = {}
for i in range(200):
    d[i] = str(i)
print(len(d), d[199])
def recurse(n):
    return 0 if n == 0 else 1 + recurse(n - 1)
print(recurse(50))
print("recovered")
