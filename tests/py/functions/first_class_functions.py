# Functions are values: stored, passed, returned, compared.
def shout(s):
    return s.upper() + "!"
def whisper(s):
    return s.lower() + "..."
speakers = [shout, whisper]
print([f("Hello") for f in speakers])
table = {"up": shout, "down": whisper}
print(table["up"]("x"), table["down"]("Y"))
def apply(fn, value):
    return fn(value)
print(apply(shout, "hey"), apply(len, "four"), apply(str.strip, "  s  "))
def choose(loud):
    return shout if loud else whisper
print(choose(True)("a"), choose(False)("B"))
alias = shout
print(alias is shout, alias == shout, alias == whisper)
print(alias.__name__)
funcs = {}
for name in ["double", "triple"]:
    factor = 2 if name == "double" else 3
    funcs[name] = (lambda f: lambda x: x * f)(factor)
print(funcs["double"](5), funcs["triple"](5))
print(sorted(["bb", "a", "ccc"], key=len))
print(max(["bb", "a", "ccc"], key=len), min([3, -5, 2], key=abs))
print(list(map(shout, ["a", "b"])))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
value = "  Hello World  "
for step in pipeline:
    value = step(value)
print(value)
def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = counter()
print(c(), c(), counter()())
print(len.__name__, print.__name__, type(len) is type(print))
print([f.__name__ for f in (len, abs, shout)])
