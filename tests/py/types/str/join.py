# str.join with lists, tuples, generators and errors for non-strings.
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join(("1", "2")))
print("-".join("abc"), "+".join(str(i) for i in range(5)), "|".join([]))
print(", ".join({"k1": 1, "k2": 2}), "".join(["single"]))
print("\n".join(["line1", "line2"]))
print("€".join(["a", "b"]), "😀".join("xy"))
print(len("ab".join(["x"] * 1000)))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join([b"bytes"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(None)
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    pass
print("/".join([S("sub"), "str"]), type("/".join([S("x")])).__name__)
words = ["the", "quick", "brown", "fox"]
print(" ".join(w.capitalize() for w in words))
print("".join(reversed("stressed")))
print("".join(sorted("python")))
print(",".join(map(str, [1.5, None, True])))
parts = []
for i in range(3):
    parts.append("item%d" % i)
print("; ".join(parts))
print(str.join(":", ["a", "b"]))
