# Comparison, concatenation, repetition and membership of strings.
print("abc" == "abc", "abc" != "abd", "abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a")
print("apple" < "banana" < "cherry", "a" * 3 == "aaa", "10" < "9", "é" > "z")
print(sorted(["b", "B", "a", "A", "é", "_", "1", " "]))
print(max("hello"), min("hello"), max(["aa", "b"]), min(["aa", "b"]))
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100)
s = "x"
s += "y"
s *= 2
print(s)
print("a" in "abc", "bc" in "abc", "" in "abc", "ac" in "abc", "abc" in "abc", "abcd" in "abc")
print("€" in "price €5", "😀" not in "text")
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
print(list("abc"), tuple("ab"), set("aab") == {"a", "b"})
print(["x" for _ in "abc"], [c * 2 for c in "abc"])
print(len("abc" * 1000), ("ab" * 1000).count("ab"))
print("abc".__eq__("abc"), "abc".__lt__("abd"), "a".__add__("b"), "a".__mul__(2))
print("abc".__contains__("b"), "abc".__len__(), "abc".__getitem__(1))
print(hash("abc") == hash("ab" + "c"), "abc" != None)
print(str() == "", str("x") == "x", str is type("x"))
