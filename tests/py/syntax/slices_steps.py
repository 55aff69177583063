# Slice expressions with start, stop and step, on several sequence types.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(s[5:2], s[-100:100], s[100:], s[:-100])
print(s[2:8:3], s[-1:-6:-1], s[-2::-3])
l = list(range(10))
print(l[1:9:2], l[::-3], l[9:0:-4])
t = tuple(range(6))
print(t[::2], t[4:1:-1])
b = b"abcdef"
print(b[1:4], b[::-1], b[::3])
r = range(0, 20, 2)
print(r[2:5], r[::-1], list(r[1::3]))
print(l[slice(2, 6)], l[slice(None, None, -5)])
try:
    l[::0]
except ValueError as e:
    print(type(e).__name__, e)
i, j, k = 1, 7, 2
print(s[i:j:k], s[i + 1:j - 1], s[len(s) // 2:])
print(s[None:None:None], s[None:3])
class Recorder:
    def __getitem__(self, key):
        return key
rec = Recorder()
print(rec[1:2], rec[::3], rec[1:2, 3], rec[:, ::-1])
print(rec[1:2:3].start, rec[1:2:3].stop, rec[1:2:3].step)
print(s[-1], s[-10], l[-1])
print("".join(reversed(s)) == s[::-1])
