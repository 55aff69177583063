# break and continue in for and while loops, including nested loops.
for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print("for", i)
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("while", n)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print("pair", i, j)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    else:
        continue
    break
print("found", found, "row", row)
total = 0
for c in "a1b2c3":
    if not c.isdigit():
        continue
    total += int(c)
print(total)
i = 0
while i < 5:
    i += 1
    for k in range(100):
        if k > i:
            break
    else:
        print("never")
    if i == 3:
        continue
    print("outer", i, k)
