# repr() of strings: quote choice, escapes, and printable Unicode.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "", "tab\there", "nl\n", "cr\r", "back\\slash",
           "\x00\x01\x1f\x7f", "\x80\x9f", "é ñ ü", "日本語", "😀", "Ωmega", "\x1b[0m", "'", '"', "'\""]
for s in samples:
    print(repr(s), len(repr(s)))
print(ascii("é日😀\n"), ascii("plain"), ascii("it's"))
print(str("it's"), repr(repr("x")))
print([["quote's"]], {"k'": 'v"'})
print(eval(repr("mixed 'quotes' \"here\" \\ é \x00")) == "mixed 'quotes' \"here\" \\ é \x00")
for s in samples:
    assert eval(repr(s)) == s
print("all round-trip")
print(repr("a" * 5), repr("\t" * 2))
print("%r" % "x\ny", "{!r}".format("\\"), f"{chr(7)!r}")
def quote_choice(s):
    r = repr(s)
    return r[0]
print([quote_choice(s) for s in ["a", "'", '"', "'\"", "\"'"]])
print(repr("\\n"), len("\\n"), repr(r"\d"))
for code in [0, 7, 8, 9, 10, 13, 27, 31, 32, 126, 127, 128, 160, 255]:
    print(code, repr(chr(code)))
