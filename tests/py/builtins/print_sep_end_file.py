# print(): multiple arguments, sep, end, file and flush.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="-", end="!\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, b"b", "s")
print(sep="ignored", end="only end\n")
print("to stdout", file=sys.stdout)
print("explicit None", sep=None, end=None)
print("flushed", flush=True)
print(*range(5))
print(*"abc", sep="|")
print("", "", sep="x")
print("multi\nline", "arg")
result = print("print returns")
print(result)
class Custom:
    def __str__(self):
        return "custom __str__"
print(Custom(), str(Custom()) == "custom __str__")
for bad in [{"sep": 1}, {"end": 2}]:
    try:
        print("x", **bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
for i in range(3):
    print(i, end=" ")
print()
print("é€😀", "unicode")
print("tab\tseparated", "%d%%" % 50)
