# Error messages raised by list operations.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
l = [1, 2, 3]
attempt("get 3", lambda: l[3])
attempt("get -4", lambda: l[-4])
attempt("get str", lambda: l["0"])
attempt("get float", lambda: l[1.0])
attempt("set 5", lambda: l.__setitem__(5, 0))
attempt("del 5", lambda: l.__delitem__(5))
attempt("pop 10", lambda: l.pop(10))
attempt("pop empty", lambda: [].pop())
attempt("pop str", lambda: l.pop("0"))
attempt("remove 9", lambda: l.remove(9))
attempt("index 9", lambda: l.index(9))
attempt("index 'x'", lambda: l.index("x"))
attempt("index range", lambda: l.index(1, 1))
attempt("insert str", lambda: l.insert("0", 1))
attempt("extend int", lambda: l.extend(5))
attempt("append 2 args", lambda: l.append(1, 2))
attempt("list(5)", lambda: list(5))
attempt("list(None)", lambda: list(None))
attempt("hash", lambda: hash([]))
attempt("as dict key", lambda: {[1]: 2})
attempt("get None", lambda: l[None])
attempt("slice step 0", lambda: l[::0])
attempt("neg index ok", lambda: l[-3])
attempt("count no arg", lambda: l.count())
print(l)
try:
    l[10] = "x"
except IndexError as e:
    print("assignment:", e)
try:
    del l[10]
except IndexError as e:
    print("deletion:", e)
