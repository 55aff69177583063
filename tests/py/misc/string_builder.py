# Building strings efficiently: list+join, a StringBuilder class, and formatting tables.
class StringBuilder:
    def __init__(self):
        self.parts = []
        self.length = 0
    def append(self, text):
        text = str(text)
        self.parts.append(text)
        self.length += len(text)
        return self
    def line(self, text=""):
        return self.append(text).append("\n")
    def build(self):
        return "".join(self.parts)
    def __len__(self):
        return self.length
sb = StringBuilder()
sb.append("Header").line().line("-" * 6)
for i in range(3):
    sb.append("row ").append(i).append(": ").line(i * i)
text = sb.build()
print(text, end="")
print(len(sb), len(text), len(sb) == len(text))
rows = [("apple", 3, 1.25), ("banana", 12, 0.5), ("cherry", 100, 10.0)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
table = StringBuilder()
for name, qty, price in rows:
    table.line("| %s | %s | %s |" % (name.ljust(widths[0]), str(qty).rjust(widths[1]), ("%.2f" % price).rjust(6)))
print(table.build(), end="")
csv = ",".join(["a", "b", "c"]) + "\n" + "\n".join(",".join(str(c) for c in r) for r in rows)
print(csv)
pieces = []
for i in range(1000):
    pieces.append(str(i % 10))
joined = "".join(pieces)
print(len(joined), joined[:20], joined.count("7"))
s = ""
for word in ["concatenation", "in", "a", "loop"]:
    s += word + " "
print(repr(s.strip()))
print("".join(reversed("builder")), "-".join("abc").upper())
print(StringBuilder().append(1).append(2.5).append(None).append([1]).build())
