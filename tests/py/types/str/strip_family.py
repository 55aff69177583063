# strip, lstrip, rstrip with default and explicit characters; removeprefix/removesuffix.
s = " \t\n hello world \r\n\x0b\x0c "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("abcHELLOcba".strip("abc"), "www.example.com".strip("cmowz."))
print(repr("".strip()), repr("   ".strip()), repr("a".strip("a")))
print("  keep inner  spaces  ".strip())
print("123abc321".strip("123"), "123abc321".strip("321"), "abc".strip(""))
print("\u3000wide\u2003".strip(), repr("\xa0nbsp\xa0".strip()))
print("€€price€".strip("€"), "😀smile😀".lstrip("😀"))
print("abc".strip(None), "  x ".strip(None))
try:
    "abc".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
print("prefix-body".removeprefix("prefix-"), "prefix-body".removeprefix("nope"))
print("body.txt".removesuffix(".txt"), "body.txt".removesuffix(".py"), "aaa".removeprefix("a"))
print("".removeprefix("x"), "x".removesuffix(""))
lines = ["  a  ", "\tb\n", "c"]
print([l.strip() for l in lines])
print("--==text==--".strip("-="), "--==text==--".rstrip("-"), "--==text==--".lstrip("-"))
print("mississippi".strip("mip"), "mississippi".rstrip("ip"))
print(" a b ".strip().split(" "))
print(len("  x  ".lstrip()), len("  x  ".rstrip()))
