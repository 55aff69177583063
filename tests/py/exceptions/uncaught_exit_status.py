# exit-code: 1
# An uncaught exception ends the program with status 1 after its earlier output;
# the traceback goes to stderr, which the runner does not compare.
print("output before the uncaught exception")
def fail():
    raise ValueError("deliberately uncaught")
try:
    fail()
except TypeError:
    print("wrong handler")
finally:
    print("finally still runs before exit")
print("never printed")
