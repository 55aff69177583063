# Changing a dict's size while iterating over it raises RuntimeError.
d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
for k in d:
    d[k] = d[k] * 10
print(d)
d = {i: i for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d = {"a": 1, "b": 2}
for k in list(d.keys()):
    d[k.upper()] = d.pop(k)
print(d)
d = {i: i for i in range(3)}
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(3)}
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"x": 1}
it = iter(d)
print(next(it))
try:
    next(it)
except StopIteration:
    print("exhausted")
d = {i: str(i) for i in range(4)}
filtered = {k: v for k, v in d.items() if k != 2}
print(filtered, d)
