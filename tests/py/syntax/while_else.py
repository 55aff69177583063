# while loops and their else clause (runs when the condition goes false).
n = 3
while n > 0:
    print("tick", n)
    n -= 1
else:
    print("else after normal exit", n)
n = 0
while n < 10:
    n += 1
    if n == 4:
        break
else:
    print("not printed")
print("broke at", n)
while False:
    print("never")
else:
    print("else with zero iterations")
def search(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            return i
        i += 1
    else:
        return -1
print(search([5, 6, 7], 7), search([5, 6, 7], 9))
count = 0
while count < 3:
    count += 1
    if count == 2:
        continue
else:
    print("else after continue", count)
items = [1, 2, 3]
while items:
    print("pop", items.pop())
print(items)
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
