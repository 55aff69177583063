# yield is an expression: its value is what send() passes, None for next().
def recorder():
    got = []
    while len(got) < 4:
        value = yield len(got)
        got.append(value)
    return got
r = recorder()
print(next(r))
print(r.send("a"))
print(next(r))
print(r.send([1, 2]))
try:
    r.send(3.5)
except StopIteration as e:
    print(e.value)
def expr_forms():
    a = (yield 1) or "default"
    b = (yield 2) * 2
    c = [(yield 3), (yield 4)]
    yield a, b, c
g = expr_forms()
print(next(g), g.send(None), g.send(21), g.send("x"), g.send("y"))
def yield_in_call():
    print("printing", (yield "first"))
    yield "done"
y = yield_in_call()
print(next(y))
print(y.send("sent value"))
def yield_tuple():
    yield 1, 2
    x = yield
    yield x
t = yield_tuple()
print(next(t), next(t), t.send("after bare yield"))
def yield_precedence():
    x = yield 1 + 2
    yield x
p = yield_precedence()
print(next(p), p.send(7))
def yield_in_condition():
    while (cmd := (yield "ready")) != "stop":
        print("command", cmd)
    yield "stopped"
c = yield_in_condition()
next(c)
c.send("go")
c.send("turn")
print(c.send("stop"))
