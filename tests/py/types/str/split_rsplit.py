# str.split and str.rsplit with and without separators and limits.
s = "  a  b\tc\nd  "
print(s.split(), s.split(None), s.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".split(",", 0))
print("a,b,,c,".rsplit(","), "a,b,,c,".rsplit(",", 1), "a,b,,c,".rsplit(",", 2))
print("a b c d".split(maxsplit=2), "a b c d".rsplit(maxsplit=2), "a b c d".rsplit(None, 1))
print("".split(), "".split(","), "   ".split(), "   ".split(" "))
print("abc".split("abc"), "abcabc".split("bc"), "aaa".split("a"), "aaa".split("aa"))
print("one::two::three".split("::"), "x".split("x"))
print("  lead".split(" "), "trail  ".rsplit(" "), "  both  ".split(None, 1), "  both  ".rsplit(None, 1))
print("a\x0bb\x0cc\rd\n\ne \t f".split())
print("1 2 3".split(" ", -1), "1 2 3".rsplit(" ", -1))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
line = "name=value=more"
key, _, val = line.partition("=")
print(line.split("=", 1), key, val)
csv = "1,2,3\n4,5,6"
print([row.split(",") for row in csv.split("\n")])
print([int(x) for x in "10 20 30".split()])
print("path/to/file.txt".rsplit("/", 1), "path/to/file.txt".rsplit(".", 1)[-1])
print("ab€cd€ef".split("€"), "😀a😀".split("a"))
print(len(("word " * 1000).split()), ("word " * 3).rsplit(None, 1))
