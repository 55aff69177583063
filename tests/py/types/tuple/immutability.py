# Tuples cannot be changed, but their mutable elements can.
t = (1, [2, 3], "s")
for action in ["t[0] = 9", "del t[0]", "t.append(4)", "t[1:2] = ()", "t.sort()"]:
    try:
        exec(action)
    except (TypeError, AttributeError) as e:
        print(action, "->", type(e).__name__, e)
t[1].append(4)
print(t)
t[1][0] = "changed"
print(t)
try:
    t[1] += [5]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
orig = (1, 2)
alias = orig
orig += (3,)
print(orig, alias, orig is alias)
orig *= 2
print(orig)
print(hasattr((), "append"), hasattr((), "count"), hasattr((), "index"))
print([m for m in ("append", "extend", "insert", "pop", "remove", "sort", "reverse", "clear") if hasattr(tuple, m)])
def f(*args):
    try:
        args[0] = 1
    except TypeError:
        return "args is an immutable tuple"
print(f(0))
frozen = tuple([1, 2, 3])
copy = frozen[:]
print(copy == frozen)
def tup_key(items):
    return {tuple(items): "used as key"}
print(tup_key([1, 2]))
point = (3, 4)
x, y = point
point = (x + 1, y)
print(point)
print(len(t), t.count("s"), t.index("s"))
