# A recursive-descent calculator with variables, precedence and error reporting.
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c, j = src[i], i + 1
        if c.isdigit() or c == ".":
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(float(src[i:j]) if "." in src[i:j] else int(src[i:j]))
        elif c.isalpha():
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(src[i:j])
        elif src.startswith("**", i):
            j = i + 2
            tokens.append("**")
        elif c in "+-*/%()=":
            tokens.append(c)
        elif c != " ":
            raise ValueError("bad character %r" % c)
        i = j
    return tokens
class Calc:
    def __init__(self):
        self.vars = {"pi": 3.14159}
    def run(self, src):
        self.toks, self.pos = tokenize(src), 0
        name = None
        if len(self.toks) > 2 and self.toks[1] == "=" and isinstance(self.toks[0], str):
            name, self.pos = self.toks[0], 2
        value = self.expr()
        if self.pos != len(self.toks):
            raise ValueError("unexpected %r" % (self.toks[self.pos],))
        if name:
            self.vars[name] = value
        return value
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None
    def take(self):
        self.pos += 1
        return self.toks[self.pos - 1] if self.pos <= len(self.toks) else None
    LEVELS = [("+", "-"), ("*", "/", "%")]
    APPLY = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
             "/": lambda a, b: a / b, "%": lambda a, b: a % b}
    def expr(self, level=0):
        if level == len(self.LEVELS):
            return self.power()
        value = self.expr(level + 1)
        while self.peek() in self.LEVELS[level]:
            value = self.APPLY[self.take()](value, self.expr(level + 1))
        return value
    def power(self):
        if self.peek() == "-":
            self.take()
            return -self.power()
        base = self.atom()
        if self.peek() == "**":
            self.take()
            return base ** self.power()
        return base
    def atom(self):
        tok = self.take()
        if tok == "(":
            value = self.expr()
            if self.take() != ")":
                raise ValueError("missing )")
            return value
        if isinstance(tok, (int, float)):
            return tok
        if tok in self.vars:
            return self.vars[tok]
        raise ValueError("unexpected or unknown %r" % (tok,))
calc = Calc()
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 10", "x * x - 1", "y = x / 4",
             "y", "7 % 3 + 0.5", "2 * pi", "(1 + 2", "1 + $", "z + 1", "3 3", "10 / 0"]:
    try:
        print(line, "=>", calc.run(line))
    except (ValueError, ZeroDivisionError) as e:
        print(line, "=>", type(e).__name__, e)
print(sorted(calc.vars.items()))
