# Where a block header lacks its ':', CPython says "expected ':'" only at the end of the
# line for if/elif/while/for/with/class/except, and always for def/try/else/finally.
cases = [
 "while True print(1)\n", "while True\n", "if x print(1)\n", "if x\n", "if x:\n  pass\nelif y print(1)\n", "if x:\n  pass\nelif y\n",
 "if x:\n  pass\nelse print(1)\n", "for x in y print(1)\n", "for x in y\n", "with a print(1)\n", "with a\n", "with a as b c\n",
 "class C print(1)\n", "class C\n", "class C(B) x\n", "def f() print(1)\n", "def f()\n", "def f() -> int x\n", "try print(1)\n", "try\n",
 "try:\n  pass\nexcept E print(1)\n", "try:\n  pass\nexcept E\n", "try:\n  pass\nfinally print(1)\n", "try:\n  pass\nexcept:\n  pass\nelse print(1)\n",
 "while x:\n  pass\nelse print(1)\n", "lambda x print(1)\n", "async def f() x\n",
]
for c in cases:
    try:
        compile(c, "<s>", "exec")
        print(repr(c), "ok")
    except SyntaxError as e:
        print(repr(c), "->", e.msg, e.lineno, e.offset)
