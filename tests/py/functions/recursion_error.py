# Unbounded recursion raises RecursionError, which can be caught and recovered from.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, "caught")
print(issubclass(RecursionError, RuntimeError))
depth_reached = [0]
def probe(n):
    depth_reached[0] = n
    probe(n + 1)
try:
    probe(1)
except RecursionError:
    print("probe stopped, deep enough:", depth_reached[0] > 50)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")
def recover():
    try:
        return forever(0)
    except RecursionError:
        return "recovered inside"
print(recover())
for attempt in range(3):
    try:
        forever(0)
    except RecursionError:
        pass
print("repeated recovery ok")
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(50))
class Node:
    def __init__(self):
        self.child = self
    def size(self):
        return 1 + self.child.size()
try:
    Node().size()
except RecursionError:
    print("method recursion caught")
def recurse_in_except(n):
    try:
        raise ValueError(n)
    except ValueError:
        return recurse_in_except(n + 1)
try:
    recurse_in_except(0)
except RecursionError:
    print("recursion inside except caught")
print("still running")
