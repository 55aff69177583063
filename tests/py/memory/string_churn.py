# vibepy-args: -X heapsize=256K
# Building and discarding many strings, lists and dicts under a small heap.
import gc
parts = []
for i in range(500):
    parts.append(str(i))
    if len(parts) > 50:
        parts = parts[-10:]
print(parts[-3:], len(parts))
acc = ""
for i in range(3000):
    acc += chr(97 + i % 26)
    if len(acc) > 200:
        acc = acc[100:]
print(len(acc), acc[:10])
counts = {}
text = "the quick brown fox jumps over the lazy dog " * 200
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items())[:3], sum(counts.values()))
joined = None
for round_no in range(50):
    joined = ",".join(str(j) for j in range(round_no * 10, round_no * 10 + 30))
print(joined[:20], len(joined))
lines = []
for i in range(1000):
    line = "line %d: %s" % (i, "#" * (i % 40))
    if i % 100 == 0:
        lines.append(line)
print(len(lines), lines[-1])
gc.collect()
upper = [w.upper() for w in "alpha beta gamma".split()] * 100
print(len(upper), upper[:3])
print("done")
