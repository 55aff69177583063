# Assignment expressions (:=).
if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4]
while (item := data.pop()) > 2:
    print("popped", item)
print("stopped at", item, data)
values = [y for x in range(6) if (y := x * x) % 2 == 0]
print(values, y)
print((z := 5) + z)
def f():
    [w := i for i in range(3)]
    return w
print(f())
total = 0
print([total := total + v for v in [1, 2, 3]], total)
print(any((hit := v) > 2 for v in [1, 3, 5]), hit)
text = "key=value"
if (pos := text.find("=")) != -1:
    print(text[:pos], text[pos + 1:])
def g():
    if (local := 3):
        pass
    return local
print(g())
print([(a := 1), a])
for src in ["x := 1", "(a.b := 1)", "[i := 0 for i in range(3)]", "def f(x := 1): pass"]:
    try:
        compile(src, "<test>", "exec")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, "->", type(e).__name__)
k = (m := 2) ** 3
print(k, m)
