# try/finally and with blocks inside generators.
log = []
def gen():
    try:
        log.append("start")
        yield 1
        yield 2
    finally:
        log.append("finally")
print(list(gen()), log)
log.clear()
g = gen()
next(g)
g.close()
print(log)
log.clear()
def explicit_close_after_break():
    g = gen()
    for v in g:
        if v == 1:
            break
    g.close()
    return log[-1]
print(explicit_close_after_break())
class CM:
    def __enter__(self):
        log.append("enter")
        return self
    def __exit__(self, *args):
        log.append("exit " + str(args[0].__name__ if args[0] else None))
        return False
def with_gen():
    with CM():
        yield "inside with"
log.clear()
print(list(with_gen()), log)
log.clear()
w = with_gen()
next(w)
w.close()
print(log)
def finally_yield():
    try:
        yield 1
    finally:
        log.append("finally before yield 2")
    yield 2
log.clear()
print(list(finally_yield()), log)
def nested_finally():
    try:
        try:
            yield "inner"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
log.clear()
n = nested_finally()
next(n)
n.close()
print(log)
def return_in_finally():
    try:
        yield 1
    finally:
        log.append("finally with return")
log.clear()
print(list(return_in_finally()), log)
