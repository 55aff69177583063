# center, ljust, rjust with fill characters; zfill.
s = "abc"
for w in [0, 2, 3, 4, 5, 6, 7, 10]:
    print(w, repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)))
print(s.center(9, "*"), s.ljust(6, "-"), s.rjust(6, "."), s.center(8, "€"))
print("ab".center(5, "x"), "ab".center(6, "x"), "a".center(4, "x"), "abc".center(6, "x"))
print("".center(3, "-"), "".ljust(2, "+"), "😀".rjust(3, "*"))
for n in ["42", "-42", "+42", "", "abc", "3.14", "-0", "12345"]:
    print(repr(n), n.zfill(6), n.zfill(2))
print("-".zfill(3), "+".zfill(3), "--1".zfill(5))
try:
    s.center(10, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.ljust(10, "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.rjust("10")
except TypeError as e:
    print(type(e).__name__, e)
rows = [("apple", 1.5), ("kiwi", 12.25), ("banana", 100.0)]
for name, price in rows:
    print(name.ljust(8, ".") + ("%.2f" % price).rjust(8))
print("|" + "title".center(20, "=") + "|")
print(s.ljust(-5), s.rjust(-1), s.center(-3))
print(str(7).zfill(3), str(-7).zfill(3), format(7, "03"))
