# sorted() returns a new list; reversed() returns a reverse iterator.
data = [3, 1, 2]
s = sorted(data)
print(s, data, s is not data)
print(sorted("hello"), sorted((3, 1)), sorted({2, 1}), sorted({"b": 1, "a": 2}), sorted(range(3, 0, -1)))
print(sorted(["b", "A", "c"], key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True))
print(sorted([]), sorted([[2], [1, 5], [1]]), sorted(x % 3 for x in range(6)))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
print(list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), list(reversed(b"ab")))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.values())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(Rev())))
for bad in [5, {1, 2}, (x for x in [1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
lst = [1, 2, 3]
it = reversed(lst)
lst.append(4)
print(list(it))
print(sorted(reversed([5, 1, 4])), list(reversed(sorted([5, 1, 4]))))
