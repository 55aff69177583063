# ':=' may not rebind a comprehension's iteration variable, nor appear in a
# comprehension's iterable expression (including scopes nested inside it).
for src in ["[i := 0 for i in range(3)]", "[[j := 1 for i in range(2)] for j in range(2)]", "[i for i in (j := [1])]", "[x for i in range(2) if (i := 1)]", "{i: (i := 0) for i in range(3)}", "[(a, b) for a, (b := 1) in []]","[[(i := 1) for j in range(2)] for i in range(2)]", "[i for i in range(2) for j in (i := [1])]", "[j for i in range(2) for j in (k := [1])]", "[x for x in (lambda: (y := 1))()]", "[(y := x) for x in range(2)]", "def f():\n    [(y := x) for x in [1]]\n    return y"]:
    try:
        compile(src, "<s>", "exec"); print(src, "ok")
    except SyntaxError as e:
        print(src, "->", e.msg, e.lineno, e.offset)
for src in ["[x for x in [y := 1 for z in w]]", "[x for x in [1 for z in (y := w)]]", "[x for x in (lambda: [(y := 1) for q in r])()]", "[x for x in (lambda: lambda: (y := 1))()]", "def f():\n  [x for x in (lambda: (y := 1))()]"]:
    try:
        compile(src, "<s>", "exec"); print(src, "ok")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
