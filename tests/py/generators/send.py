# send() resumes a generator and makes the yield expression evaluate to the value.
def echo():
    received = None
    while True:
        received = yield "echo: %r" % (received,)
g = echo()
print(next(g))
print(g.send("hello"))
print(g.send(42))
print(next(g))
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = running_average()
next(avg)
print([avg.send(v) for v in (10, 20, 30, 40)])
def fresh():
    yield 1
f = fresh()
try:
    f.send("not none")
except TypeError as e:
    print(type(e).__name__, e)
print(f.send(None))
def accumulate():
    items = []
    while True:
        item = yield len(items)
        if item is None:
            return items
        items.append(item)
acc = accumulate()
next(acc)
acc.send("a")
acc.send("b")
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)
def two_way():
    x = yield 1
    y = yield x * 2
    yield x + y
t = two_way()
print(next(t), t.send(10), t.send(5))
done = fresh()
list(done)
try:
    done.send(None)
except StopIteration:
    print("send to finished generator raises StopIteration")
