# Reading slices of lists with all combinations of start/stop/step.
l = list(range(10))
print(l[2:7], l[:3], l[7:], l[:], l[-3:], l[:-3], l[-5:-2])
print(l[::2], l[1::2], l[::-1], l[::-3], l[8:2:-2], l[-1:-5:-1])
print(l[5:2], l[100:], l[-100:3], l[3:100], l[::100], l[::-100])
print(l[2:2], l[9:0:-4], l[0:9:4], l[-2::-2])
s = l[:]
s[0] = "changed"
print(l[0], s[0])
nested = [[1, 2], [3, 4]]
copy = nested[:]
copy[0][0] = "shared inner"
print(nested)
print(l[slice(3)], l[slice(2, 8, 3)], l[slice(None, None, -1)][:3])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
for start in (None, -12, -3, 0, 3, 12):
    for step in (1, -1, 2):
        print(start, step, l[start::step])
print(l[True:], l[False:True])
try:
    l[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    l["a":]
except TypeError as e:
    print(type(e).__name__, e)
print(l[1.0:] if False else l[int(1.0):3])
print(type(l[1:3]).__name__, len(l[::3]))
