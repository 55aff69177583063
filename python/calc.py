# calc.py: a calculator for + - * / // % ** and parentheses, with variables
# (`x = 2 * 3`) and `_` for the last result. Reads lines until an empty one or end of
# input; `calc.py EXPR...` evaluates its arguments; `calc.py --demo` a fixed session.
import sys

DEMO = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 10 / 4", "7 // 2", "7 % 3", "-(4 - 6) ** 2",
        "r = 5", "3.14159 * r ** 2", "_ / 2", "1 / 0", "2 +", "unknown * 2"]


def tokens(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            out.append(float(text[i:j]) if "." in text[i:j] else int(text[i:j]))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            out.append(text[i:j])
            i = j
        elif text[i:i + 2] in ("**", "//"):
            out.append(text[i:i + 2])
            i += 2
        elif c in "+-*/%()=":
            out.append(c)
            i += 1
        else:
            raise ValueError("unexpected %r" % c)
    return out


class Parser:
    def __init__(self, toks, names):
        self.toks, self.pos, self.names = toks, 0, names

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self):
        tok = self.peek()
        if tok is None:
            raise ValueError("unexpected end")
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            value = value + self.term() if self.take() == "+" else value - self.term()
        return value

    def term(self):
        value = self.unary()
        while self.peek() in ("*", "/", "//", "%"):
            op, rhs = self.take(), self.unary()
            if op != "*" and rhs == 0:
                raise ValueError("division by zero")
            value = {"*": lambda: value * rhs, "/": lambda: value / rhs,
                     "//": lambda: value // rhs, "%": lambda: value % rhs}[op]()
        return value

    def unary(self):
        if self.peek() in ("+", "-"):
            return -self.unary() if self.take() == "-" else self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek() == "**":
            self.take()
            return base ** self.unary()
        return base

    def atom(self):
        tok = self.take()
        if tok == "(":
            value = self.expr()
            if self.take() != ")":
                raise ValueError("expected )")
            return value
        if isinstance(tok, str):
            if tok in self.names:
                return self.names[tok]
            raise ValueError("unknown name %r" % tok) if tok[0].isalpha() or tok == "_" else ValueError("unexpected %r" % tok)
        return tok


def evaluate(line, names):
    toks = tokens(line)
    target = None
    if len(toks) > 2 and toks[1] == "=" and isinstance(toks[0], str):
        target, toks = toks[0], toks[2:]
    p = Parser(toks, names)
    value = p.expr()
    if p.peek() is not None:
        raise ValueError("unexpected %r" % (p.peek(),))
    names["_"] = value
    if target:
        names[target] = value
    return value


def main():
    names = {}
    args = sys.argv[1:]
    lines = DEMO if args == ["--demo"] else args
    interactive = not lines
    while True:
        if interactive:
            try:
                line = input("calc> ")
            except EOFError:
                break
            if not line.strip():
                break
        elif lines:
            line = lines.pop(0)
            print("calc>", line)
        else:
            break
        try:
            print(evaluate(line, names))
        except ValueError as e:
            print("error:", e)


main()
