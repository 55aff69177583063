# Misplaced control-flow statements are SyntaxErrors at compile time.
def check(src):
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
check("break")
check("continue")
check("return 1")
check("yield 1")
check("x = 1\nif x:\n    break\n")
check("def f():\n    pass\nreturn\n")
check("class C:\n    return 1\n")
check("class C:\n    yield 1\n")
check("for i in range(3):\n    def f():\n        break\n")
check("while True:\n    class C:\n        continue\n")
check("for i in range(3):\n    try:\n        pass\n    finally:\n        continue\n")
check("while True:\n    break\nelse:\n    pass\n")
check("def g():\n    yield 1\n    return 2\n")
# The same errors raised by exec() with the default file name.
try:
    exec("pass\nbreak\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename)
try:
    eval("return")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
# compile() reports the given file name.
try:
    compile("\n\ncontinue", "myfile.py", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno, e.msg)
print(issubclass(SyntaxError, Exception))
