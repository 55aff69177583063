# startswith/endswith with strings, tuples and start/end bounds.
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.endswith("world"), s.endswith("hello"))
print(s.startswith(""), s.endswith(""), "".startswith(""), "".endswith("x"))
print(s.startswith(("hi", "he")), s.startswith(("x", "y")), s.endswith(("ld", "zz")), s.endswith(()))
print(s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9))
print(s.endswith("hello", 0, 5), s.endswith("lo", 0, 5), s.endswith("o", -5, -4))
print(s.startswith("o", -5), s.startswith("h", -100), s.endswith("d", 100))
print("€uro".startswith("€"), "smile😀".endswith("😀"), "😀".startswith("😀", 0, 1))
try:
    s.startswith(["hello"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.startswith(("ok", 5))
except TypeError as e:
    print(type(e).__name__, e)
files = ["a.py", "b.txt", "c.PY", "d.pyc", "e.md"]
print([f for f in files if f.endswith((".py", ".md"))])
print([f for f in files if f.lower().endswith(".py")])
urls = ["http://x", "https://y", "ftp://z"]
print([u for u in urls if u.startswith(("http://", "https://"))])
print("abc".startswith("abcd"), "abc".endswith("zabc"))
print(s.startswith("hello world"), s.endswith(s), s.startswith(s + "!"))
