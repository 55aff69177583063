# Exceptions raised inside a generator propagate to the consumer and finish it.
def faulty():
    yield 1
    raise ValueError("inside generator")
    yield 2
g = faulty()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
try:
    next(g)
except StopIteration:
    print("finished after exception")
def handled():
    for x in [1, 0, 2]:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div by zero"
print(list(handled()))
def divide_all(values):
    for v in values:
        yield 100 / v
results = []
try:
    for r in divide_all([1, 2, 0, 4]):
        results.append(r)
except ZeroDivisionError as e:
    print(type(e).__name__, e, results)
def gen_with_handler():
    try:
        yield 1
        yield 1 / 0
    except ZeroDivisionError:
        yield "handled internally"
print(list(gen_with_handler()))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def error_in_yield_from():
    yield from faulty()
try:
    print(list(error_in_yield_from()))
except ValueError as e:
    print("via yield from:", e)
def key_error():
    d = {}
    yield d["missing"]
try:
    list(key_error())
except KeyError as e:
    print(type(e).__name__, e)
