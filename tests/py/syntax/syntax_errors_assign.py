# Invalid assignment and deletion targets.
def check(src):
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, "@", e.lineno)
check("None = 1")
check("True = 1")
check("False = 0")
check("del 1")
check("del f()")
check("for 1 in x: pass")
check("*a = 1")
check("*a, *b = c")
check("a, b += 1")
check("with a as 1: pass")
check("x = 1\ny = 2\n*z = 3\n")
check("x + 1 += 2")
check("[*x for x in y]")
check("f(x for x in y, 1)")
# Valid targets for comparison.
check("a.b = 1")
check("a[0] = 1")
check("a[1:2] = []")
check("(a) = 1")
check("[a, (b, c)] = x")
check("a, *b = c")
