# slice objects: attributes, indices(), use as subscripts, repr and equality.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(5), slice(1, 2))
data = list(range(12))
print(data[s], data[slice(3)], data[slice(None, None, -4)], "abcdef"[slice(1, None, 2)])
print(s.indices(6), slice(None).indices(4), slice(-2, None).indices(5), slice(None, None, -1).indices(3))
print(slice(0, 100, 3).indices(10), slice(-100, -1).indices(10), slice(5, 1, -1).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3))
print(slice(1, 2, 3) == slice(1, 2, 3), slice(None) == slice(None, None, None))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
class Rec:
    def __getitem__(self, item):
        return item
r = Rec()
print(r[1:2], r[:], r[::], r[1:2:3], r[:, 1], r[..., 1:])
key = r[2:5]
print(type(key).__name__, key.start, key.stop, key.step)
print(data[key], data[r[::3]])
print(slice("a", "b", "c").start, slice([1], None).start)
t = tuple(range(6))
sl = slice(1, 5)
print(t[sl], "hello"[sl], b"bytes"[sl], range(10)[sl])
print([data[slice(i, i + 2)] for i in range(0, 6, 2)])
print(slice(None, 3).stop, slice(4).start, slice(4).step)
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print(type(e).__name__, e)
