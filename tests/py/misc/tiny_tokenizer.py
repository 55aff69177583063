# A tiny tokenizer for arithmetic and assignments, with error positions.
KEYWORDS = {"let", "print", "if", "else"}
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUMBER", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KEYWORD" if word in KEYWORDS else "NAME", word))
            i = j
        elif src.startswith("==", i) or src.startswith("!=", i) or src.startswith("<=", i) or src.startswith(">=", i):
            tokens.append(("OP", src[i:i + 2]))
            i += 2
        elif ch in "+-*/()=<>;":
            tokens.append(("OP", ch))
            i += 1
        elif ch == '"':
            j = src.find('"', i + 1)
            if j == -1:
                raise SyntaxError("unterminated string at %d" % i)
            tokens.append(("STRING", src[i + 1:j]))
            i = j + 1
        else:
            raise SyntaxError("unexpected %r at %d" % (ch, i))
    return tokens
for line in ['let x = 3 + 4.5 * (y - 2);', 'print "hello world"', 'if a >= 10 == b', "x_1=__y"]:
    print(line)
    for tok in tokenize(line):
        print("   ", tok)
for bad in ['let s = "open', "x = 3 $ 4"]:
    try:
        tokenize(bad)
    except SyntaxError as e:
        print("error:", e)
print(len(tokenize("1+2+3+4+5")), [t[1] for t in tokenize("a<=b!=c")])
