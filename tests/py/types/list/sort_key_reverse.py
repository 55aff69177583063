# list.sort and sorted(): key, reverse, stability.
words = ["banana", "Apple", "cherry", "date", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
data = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
data.sort(key=lambda t: t[0])
print(data)
data.sort(key=lambda t: t[0], reverse=True)
print(data)
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
nums.sort(key=lambda v: -v)
print(nums)
print(sorted([]), sorted([1]), sorted("cba"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}))
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, "'<' not supported" in str(e))
try:
    sorted([1, 2], key=lambda v: None if v == 1 else 0)
except TypeError as e:
    print(type(e).__name__, "'<' not supported" in str(e))
calls = []
def key(v):
    calls.append(v)
    return v
sorted([3, 1, 2], key=key)
print(len(calls))
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(999)))
stable = sorted([(v % 3, i) for i, v in enumerate(range(12))], key=lambda t: t[0])
print(stable)
lst = [5, 2, 8]
result = lst.sort()
print(result, lst)
try:
    lst.sort(lambda v: v)
except TypeError as e:
    print(type(e).__name__, e)
