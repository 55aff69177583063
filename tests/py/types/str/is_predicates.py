# The is* predicates on ASCII, Unicode and empty strings.
samples = ["", "abc", "ABC", "Abc", "abc123", "123", " ", " \t\n", "a b", "é", "Ω",
           "_", "abc_", "Hello World", "hello world", "HELLO WORLD", "123abc", "1.5", "-1", "x1", "A1b"]
names = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii"]
print(" ".join(n[2:6] for n in names))
for s in samples:
    print(repr(s).ljust(16), " ".join("T" if getattr(s, n)() else "." for n in names))
print("\x00".isprintable(), "\n".isprintable(), "a\tb".isprintable(), "é".isascii())
print("ABC1".isupper(), "abc1".islower(), "123".isupper(), "123".islower())
print("Title Case".istitle(), "Title case".istitle(), "T".istitle(), "1A".istitle())
print("if".isidentifier(), "class_".isidentifier(), "1x".isidentifier(), "x-y".isidentifier())
def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "lower"
    if ch.isspace():
        return "space"
    return "other"
print([classify(c) for c in "aZ9 _é\t!"])
print(all(c.isdigit() for c in "0123456789"), any(c.isdigit() for c in "abc"))
print("".isalpha(), "".isdigit(), "".isspace(), "".isupper(), "".islower(), "".isalnum())
print("ABC".isupper() and not "ABC".islower(), "abc".islower() and not "abc".isupper())
print("a1".isalnum(), "a 1".isalnum(), "a_1".isalnum())
