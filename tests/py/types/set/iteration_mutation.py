# Iterating over sets (order-independent checks) and mutating during iteration.
s = {5, 3, 8, 1}
print(sorted(s), sum(s), len(list(s)), sorted(list(s)) == sorted(s))
total = 0
for v in s:
    total += v
print(total)
print(sorted(v * 2 for v in s), sorted(map(str, s)))
print(all(v in s for v in [1, 3, 5, 8]), any(v > 7 for v in s))
try:
    for v in s:
        s.add(v + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3, 4, 5, 6}
for v in list(s):
    if v % 2:
        s.discard(v)
print(sorted(s))
s = {1, 2, 3}
try:
    for v in s:
        s.discard(v)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
drained = []
while s:
    drained.append(s.pop())
print(sorted(drained), s)
words = {"apple", "Banana", "cherry"}
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
it = iter({42})
print(next(it), next(it, "done"))
print(sorted(enumerate(sorted({"b", "a"}))))
print(sorted(zip(sorted({3, 1}), sorted({"y", "x"}))))
