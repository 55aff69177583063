# upper, lower, title, capitalize, swapcase, casefold.
samples = ["hello World", "ALL CAPS", "mixed CaSe 123", "", "o'neil's", "snake_case_name", "élan Été", "ÀÉÎõü"]
for s in samples:
    print(repr(s), "|", s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase())
print("hello".upper().lower(), "ABC".lower().upper())
print("they're bill's friends".title())
print("hello   world".title(), "3rd place".title(), "a-b c.d".title())
print("HELLO".capitalize(), "hELLO wORLD".capitalize(), "123abc".capitalize())
print("ABC".casefold() == "abc", "Éé".casefold())
print("123".upper(), "!@#".lower(), "αβγ".upper(), "ΑΒΓ".lower())
s = "Python"
print(s.upper() is not s, s, s.swapcase().swapcase() == s)
print("".join(c.upper() if i % 2 else c.lower() for i, c in enumerate("alternating")))
print("MiXeD".lower() == "mixed", "mixed".upper() == "MIXED")
print(sorted(["banana", "Apple", "cherry"], key=str.lower))
print(sorted(["banana", "Apple", "cherry"]))
def title_words(s):
    return " ".join(w[:1].upper() + w[1:].lower() for w in s.split(" "))
for s in ["hello world", "HELLO WORLD", "hELLO wORLD"]:
    print(s.title(), title_words(s), s.title() == title_words(s))
print("x".upper(), "X".lower(), "1a".upper(), "a1".title())
