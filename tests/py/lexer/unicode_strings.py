# Non-ASCII source text in strings: lengths count code points.
s = "héllo wörld"
print(s, len(s))
print(s[1], s[7], s[-1])
print(s.upper())
e = "€100"
print(e, len(e), ord(e[0]))
emoji = "a😀b"
print(len(emoji), emoji[1] == "\U0001F600", emoji[2])
print(emoji[::-1] == "b😀a")
cjk = "日本語テキスト"
print(cjk, len(cjk), cjk[2], cjk[1:3])
print("é".encode("utf-8"), len("é".encode()), len("😀".encode()))
print(b"\xc3\xa9".decode("utf-8") == "é")
print(repr("é"), repr("日本"), repr("\u200b"), repr("\x00é"))
print(ascii("é"), ascii("日本"), ascii("😀"))
print(chr(233), chr(0x65e5), chr(0x1F600) == "😀")
print(ord("ß"), "ß".upper() if False else "skip")
print(sorted("cába"))
print("ü" in "Über über", "Ü" == "Ü")
print(" ".join(["α", "β", "γ"]))
print("ñ".center(5, "*"), "ñ".rjust(3, "-"))
print("x".join("λμ"))
print("é" < "ê", "z" < "é", max("aé€"))
print(str(b"\xc3\xa9", "utf-8"), len(str(b"\xe2\x82\xac", "utf-8")))
