# Augmented assignment for every operator, on names, attributes and subscripts.
x = 100
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^="]:
    ns = {"v": 13}
    exec("v " + op + " 3", ns)
    print(op, ns["v"])
class Box:
    def __init__(self):
        self.n = 1
b = Box()
b.n += 4
b.n *= 3
print(b.n)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] **= 2
print(lst)
d = {"k": "a"}
d["k"] += "b"
d["k"] *= 2
print(d)
# Target sub-expressions are evaluated once.
calls = []
def idx():
    calls.append("idx")
    return 1
arr = [0, 0, 0]
arr[idx()] += 5
print(arr, calls)
# Mutable objects are updated in place; immutable ones rebound.
a = [1]
alias = a
a += [2]
print(alias, a is alias)
t = (1,)
talias = t
t += (2,)
print(talias, t, t is talias)
s = "x"
s += "y" * 2
print(s)
f = 1.5
f -= 0.25
f //= 0.5
print(f)
