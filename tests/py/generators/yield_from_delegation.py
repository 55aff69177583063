# yield from forwards send(), throw() and close() to the sub-generator.
def sub():
    log = []
    try:
        while True:
            x = yield len(log)
            if x == "return":
                return log
            log.append(x)
    except ValueError as e:
        yield "sub caught " + str(e)
    finally:
        print("sub finally")
def outer():
    result = yield from sub()
    yield ("sub returned", result)
g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("return"))
g2 = outer()
next(g2)
print(g2.throw(ValueError("thrown")))
g2.close()
print("g2 closed")
g3 = outer()
next(g3)
g3.send("x")
g3.close()
print("closed")
def counting():
    n = 0
    while True:
        got = yield n
        n += got or 1
def delegator():
    yield from counting()
d = delegator()
print(next(d), d.send(10), next(d), d.send(5))
def unhandled():
    yield 1
def deleg2():
    try:
        yield from unhandled()
    except KeyError:
        yield "outer caught KeyError"
d2 = deleg2()
next(d2)
print(d2.throw(KeyError("k")))
def list_delegate():
    yield from [1, 2, 3]
ld = list_delegate()
next(ld)
try:
    ld.send("ignored?")
    print("send to list delegate: next value")
except AttributeError as e:
    print(type(e).__name__)
