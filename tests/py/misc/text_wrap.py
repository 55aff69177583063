# Greedy word wrapping, justification and centring of a paragraph.
TEXT = ("Python is a programming language that lets you work quickly and integrate "
        "systems more effectively. Small implementations exist for microcontrollers "
        "and hobby operating systems alike.")
def wrap(text, width):
    lines, current = [], []
    for word in text.split():
        if current and len(" ".join(current + [word])) > width:
            lines.append(" ".join(current))
            current = [word]
        else:
            current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]
for width in (30, 45):
    print("width", width)
    lines = wrap(TEXT, width)
    for line in lines[:-1]:
        print("|" + justify(line, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
for line in wrap(TEXT, 50):
    print("[" + line.center(52) + "]")
print(wrap("short", 10), wrap("", 10), wrap("averyveryverylongword fits", 5))
print(all(len(l) <= 20 for l in wrap(TEXT, 20) if " " in l))
