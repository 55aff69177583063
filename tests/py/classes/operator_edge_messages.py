# A unary special method's result is used as is, even NotImplemented; set-like dict
# views are unhashable; deleting an item of a non-container and assigning to a
# built-in type's read-only attributes give CPython's messages.
class C:
    def __neg__(self):
        return NotImplemented

    def __pos__(self):
        return "pos"

    def __invert__(self):
        return 7


c = C()
print(-c, +c, ~c)


class D(C):
    pass


print(-D(), ~D())
try:
    abs(c)
except TypeError as e:
    print("TypeError", e)

print(type(hash({}.values())).__name__)
for view in ({}.keys(), {}.items()):
    try:
        hash(view)
    except TypeError as e:
        print("TypeError", e)

for code in (
    "del (1)[0]",
    "del None[0]",
    "del (1, 2)[0]",
    "(1).real = 2",
    "del (1).imag",
    "(1.5).imag = 2",
    "range(3).start = 1",
    "slice(1).stop = 2",
    "(1j).real = 1",
    "[].append = 1",
    "del 'a'.upper",
    "object().x = 1",
):
    try:
        exec(code)
        print("no error", code)
    except (TypeError, AttributeError) as e:
        print(code, "|", type(e).__name__, e)
