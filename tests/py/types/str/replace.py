# str.replace with counts, empty strings and overlapping patterns.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("three", "3"), s.replace(" ", ""), s.replace("o", "oo"))
print("aaa".replace("a", "b"), "aaaa".replace("aa", "b"), "aaa".replace("aa", "b"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("abc".replace("abc", ""), "abcabc".replace("b", ""))
print("€uro €".replace("€", "EUR"), "😀😀".replace("😀", ":)", 1))
print("tab\there".replace("\t", "    "))
print("a.b.c".replace(".", "/"), "path\\to".replace("\\", "/"))
text = "The cat sat on the mat"
for old, new in [("cat", "dog"), ("at", "og"), ("the", "a"), ("The", "A")]:
    print(old, "->", text.replace(old, new))
try:
    "abc".replace(1, "x")
except TypeError as e:
    print(type(e).__name__, e)
print("x".replace("x", "xx").replace("x", "xx"))
result = "aXbXc"
for ch in "X":
    result = result.replace(ch, "")
print(result)
print("ababab".replace("aba", "X"), "mississippi".replace("ss", "SS", 1))
print(len(("ab" * 500).replace("a", "")), ("ab" * 3).replace("b", "cd"))
s2 = "immutable"
s3 = s2.replace("i", "I")
print(s2, s3)
