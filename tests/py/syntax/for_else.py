# for loops over various iterables and the else clause.
for x in [1, 2, 3]:
    print(x, end=" ")
else:
    print("| else")
for x in []:
    print("never")
else:
    print("empty loop else")
for x in range(10):
    if x == 3:
        break
else:
    print("not printed")
print("x after break", x)
def is_prime(n):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return n >= 2
    return False
print([n for n in range(20) if is_prime(n)])
for ch in "hey":
    print(ch)
for k in {"a": 1, "b": 2}:
    print("key", k)
for i, v in enumerate("xy"):
    print(i, v)
for a, b in zip([1, 2], "ab"):
    print(a, b)
items = [1, 2, 3]
for item in items:
    if item == 2:
        items.append(4)
print(items)
for i in range(3):
    pass
print("loop var keeps last value", i)
for i in range(5, 0, -2):
    print("down", i)
class Obj:
    pass
o = Obj()
for o.attr in [7, 8]:
    pass
print(o.attr)
