# close()/throw() while suspended in `yield from`: GeneratorExit closes the
# sub-iterator and is then raised in the delegating generator even if the
# sub-generator swallowed it; other exceptions go to a sub-iterator's throw().
def leaf():
    try:
        yield 1
    except GeneratorExit:
        print("leaf swallowed GeneratorExit")
        return "ret"
    yield 2


def outer():
    try:
        r = yield from leaf()
        print("not reached", r)
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise
    yield 10


g = outer()
print(next(g))
print(g.close())
print(next(g, "exhausted"))


def leaf_stop():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration(5)


def outer2():
    try:
        yield from leaf_stop()
    except Exception as e:
        print("outer2 got", type(e).__name__, e)
    yield 3


g = outer2()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close:", e)


class Sub:
    def __iter__(self):
        return self

    def __next__(self):
        return "item"

    def throw(self, e):
        print("Sub.throw", type(e).__name__)
        if isinstance(e, KeyError):
            raise StopIteration("sub done")
        return "from throw"

    def close(self):
        print("Sub.close")


def outer3():
    r = yield from Sub()
    print("returned", r)
    yield "after"


g = outer3()
print(next(g))
print(g.throw(ValueError("v")))
print(g.throw(KeyError("k")))
g.close()

g = outer3()
next(g)
g.close()


class NoThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return 0


def outer4():
    try:
        yield from NoThrow()
    except ValueError as e:
        print("outer4 caught", e)
        yield "handled"


g = outer4()
next(g)
print(g.throw(ValueError("direct")))

try:
    g.throw(1)
except TypeError as e:
    print(e)
