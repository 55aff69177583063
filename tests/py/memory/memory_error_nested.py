# vibepy-args: -X heapsize=256K
# MemoryError raised deep inside nested calls unwinds cleanly; state built before it stays usable.
CAP = 20000
class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt
        self.payload = [value] * 16
def build(limit):
    head = None
    count = 0
    while count < limit:
        head = Node(count, head)
        count += 1
    return head, count
def guarded(limit):
    try:
        head, count = build(limit)
        return "finished", count
    except MemoryError:
        return "MemoryError", -1
kept = [1, 2, 3]
for round_no in range(3):
    outcome, count = guarded(CAP)
    print("round", round_no, "done")
print(kept, sum(kept))
head, count = build(100)
total = 0
node = head
while node is not None:
    total += node.value
    node = node.next
print(count, total)
def deep_alloc(depth):
    if depth == 0:
        return [bytearray(512) for _ in range(CAP)]
    return deep_alloc(depth - 1)
try:
    big = deep_alloc(20)
    big = None
    print("deep done")
except MemoryError:
    print("deep done")
print("still running", len("abc" * 10))
