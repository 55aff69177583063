# Assigning to and deleting list slices.
l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[0:0] = ["start"]
print(l)
l[len(l):] = ["end"]
print(l)
l[-2:] = []
print(l)
l[1:3] = "xyz"
print(l)
l[:] = range(6)
print(l)
l[::2] = ["e0", "e2", "e4"]
print(l)
l[::-2] = [50, 30, 10]
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    l[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
del l[::2]
print(l)
l = list(range(10))
del l[2:4]
print(l)
del l[-3:]
print(l)
del l[::-2]
print(l)
del l[:]
print(l)
l = [1, 2, 3]
l[1:2] = l
print(l)
l = [1, 2, 3]
l[5:10] = [9]
print(l)
l[-100:-99] = [0]
print(l)
l = list(range(5))
l[3:1] = ["inserted at 3"]
print(l)
l = [0, 1, 2]
l[1:1] = (x * 10 for x in range(3))
print(l)
l = list(range(6))
l[1::3] = ("a", "b")
print(l)
