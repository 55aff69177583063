# partition and rpartition always return three strings.
s = "key=value=more"
print(s.partition("="), s.rpartition("="))
print(s.partition("::"), s.rpartition("::"))
print("".partition("x"), "".rpartition("x"))
print("abc".partition("abc"), "abc".rpartition("abc"))
print("aXbXc".partition("X"), "aXbXc".rpartition("X"))
print("€a€".partition("€"), "😀|😀".rpartition("|"))
print("a--b--c".partition("--"), "a--b--c".rpartition("--"))
try:
    s.partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rpartition(None)
except TypeError as e:
    print(type(e).__name__, e)
def parse_header(line):
    name, sep, value = line.partition(":")
    if not sep:
        return None
    return name.strip().lower(), value.strip()
for line in ["Content-Type: text/html", "Host:example.com", "no colon here", "X-Empty:"]:
    print(repr(line), parse_header(line))
path = "/usr/local/lib/python3.11/site.py"
directory, _, filename = path.rpartition("/")
stem, dot, ext = filename.rpartition(".")
print(directory, filename, stem, ext)
print("noext".rpartition("."), "noext".partition("."))
head, sep, tail = "one two three".partition(" ")
print(head, repr(sep), tail)
print(type(s.partition("=")).__name__, len(s.rpartition("z")))
