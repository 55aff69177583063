# exit-code: 1
# An uncaught exception ends the program with status 1 after its earlier output;
# the traceback goes to stderr, which the runner does not compare.
import sys
print("output before the uncaught exception")
sys.stdout.flush()
def fail(depth):
    if depth == 0:
        raise ValueError("deliberately uncaught")
    fail(depth - 1)
results = []
for i in range(3):
    try:
        fail(i)
    except ValueError as e:
        results.append((i, str(e)))
print("caught while looping:", results)
try:
    fail(2)
except TypeError:
    print("wrong handler")
finally:
    print("finally still runs before exit")
print("never printed")
