# Conditional expressions: value, evaluation and precedence.
def label(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([label(v) for v in (-1, 0, 1)])
calls = []
def a():
    calls.append("a")
    return "A"
def b():
    calls.append("b")
    return "B"
print(a() if True else b(), calls)
calls.clear()
print(a() if False else b(), calls)
x = 1 + 2 if False else 10
print(x)
y = (1 + 2) if False else 10 + 5
print(y)
print((lambda v: "big" if v > 10 else "small")(11))
print([v if v % 2 else -v for v in range(5)])
print("yes" if [] else "no", "yes" if [0] else "no")
z = 3
print("odd" if z % 2 else "even", "and", "positive" if z > 0 else "not")
print(1 if True else 2, 3)
nested = (("a" if z > 1 else "b") if z > 2 else "c")
print(nested)
result = None if z is None else z * 2
print(result)
print(f"{'on' if z else 'off'}")
v = 0
w = v or "default" if True else "never"
print(w)
print(not 1 if 0 else 2)
cond = lambda: True
print("called" if cond() else "not called")
