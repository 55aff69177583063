# find, rfind, index, rindex and count with optional start/end.
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.find(""), s.find("", 100))
print(s.rfind("hello"), s.rfind("hello", 0, 10), s.rfind("o"), s.rfind(""), s.rfind("z"))
print(s.find("o", 5, 8), s.find("o", -5), s.find("h", -100), s.find("n", 0, -1))
print(s.index("world"), s.rindex("o"), s.index("l", 5))
try:
    s.index("missing")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("missing")
except ValueError as e:
    print(type(e).__name__, e)
print(s.count("o"), s.count("hello"), s.count("l", 5), s.count("l", 0, 4), s.count(""), "".count(""))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "ababab".count("aba"))
print("€a€b€".find("€", 1), "€a€b€".rfind("€"), "€a€b€".count("€"))
print("😀x😀".index("x"), "abc".find("c", 2, 3), "abc".find("c", 3))
print("abc".find("abcd"), "".find("a"), "".find(""), "".rfind(""))
print(s.find("o", None, None), s.count("o", None), s.rfind("l", None, 5))
print("Case".find("case"), "Case".lower().find("case"))
def all_positions(text, sub):
    pos, out = text.find(sub), []
    while pos != -1:
        out.append(pos)
        pos = text.find(sub, pos + 1)
    return out
print(all_positions("banana", "a"), all_positions("banana", "ana"))
print("banana".count("a", -3), "banana".rindex("a", 0, 4))
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
