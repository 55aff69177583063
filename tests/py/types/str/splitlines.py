# splitlines recognises every line boundary and can keep the ends.
s = "line1\nline2\r\nline3\rline4"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(), "a\n".splitlines(), "a\n\nb".splitlines())
print("no newline".splitlines(), "trailing\n".splitlines(True))
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print(len("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines()))
print("a\r\rb".splitlines(), "a\r\n\r\nb".splitlines(True))
print("x\ny".split("\n") == "x\ny".splitlines())
print("x\n".split("\n"), "x\n".splitlines())
text = """first line
  second line indented

fourth after blank"""
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line))
print([l for l in text.splitlines() if l.strip()])
print(sum(len(l) for l in text.splitlines(True)) == len(text))
print("€\n😀".splitlines())
