# if / elif / else chains and truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(v) for v in (-3, 0, 7, 42)])
for value in [0, 1, "", "a", [], [0], {}, {"k": 0}, None, 0.0, 0.1, (), (None,)]:
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")
x = 5
if x > 3: print("one-line if")
if x > 10:
    print("no")
elif x > 4:
    print("elif taken")
if not x:
    print("no")
else:
    print("else taken")
if x == 5 and x != 6 or False:
    print("compound")
if (y := x * 2) > 8:
    print("walrus in if", y)
calls = []
def t(name, result):
    calls.append(name)
    return result
if t("a", False):
    pass
elif t("b", True):
    pass
elif t("c", True):
    pass
print(calls)
