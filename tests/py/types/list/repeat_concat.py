# List concatenation, repetition and the aliasing they create.
a = [1, 2]
b = a + [3]
print(a, b, a + [], [] + [])
print(a * 3, 3 * a, a * 0, a * -1, [] * 5)
grid = [[0] * 3] * 2
grid[0][0] = "aliased"
print(grid, grid[0] is grid[1])
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = "independent"
print(grid2)
alias = a
a += [3, 4]
print(a, alias, a is alias)
a = a + [5]
print(a, alias, a is alias)
alias *= 2
print(alias)
t = a
t += "xy"
print(t)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * [2]
except TypeError as e:
    print(type(e).__name__, e)
x = [1]
x *= 0
print(x)
x.extend(x)
print(x)
y = [1, 2]
y.extend(y)
print(y)
z = [0]
z += z
print(z)
print(len([None] * 10000), ([1, 2] * 1000).count(2))
print([[]] * 3, ([[]] * 3)[0] is ([[]] * 3)[1])
s = [1] * True
print(s, [1] * False)
