# map() and filter() are lazy iterators.
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])), list(map(abs, [-1, 2, -3])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(int, "123")), list(map(str.upper, "ab")), list(map(lambda: 0, [])))
m = map(lambda v: v * 10, [1, 2])
print(type(m).__name__, next(m), next(m), next(m, "done"), iter(m) is m)
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2c3")))
f = filter(lambda v: v > 1, [1, 2, 3])
print(type(f).__name__, next(f), list(f))
calls = []
def tracked(v):
    calls.append(v)
    return v * 2
lazy = map(tracked, [1, 2, 3])
print(calls)
print(next(lazy), calls)
print(list(lazy), calls)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(len, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__, e)
words = ["apple", "Bob", "cat", "Dave"]
print(list(map(str.lower, filter(lambda w: w[0].isupper(), words))))
print(sum(map(int, "12345")), "".join(map(chr, [72, 105])))
print(list(filter(lambda kv: kv[1] > 1, {"a": 1, "b": 2, "c": 3}.items())))
print(list(map(lambda t: t[0] + t[1], zip([1, 2], [10, 20]))))
