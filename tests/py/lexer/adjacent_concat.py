# Adjacent string literals are joined at compile time.
print("a" "b" "c")
print('x' "y" '''z''')
s = ("first "
     "second "
     "third")
print(s)
print(len("ab" "cd"))
print(r"\n" "\n" == "\\n\n")
print("a" f"{1 + 1}" "c")
print(f"{'x'}" f"{'y'}")
print(b"a" b"b" b'c')
try:
    compile('b"a" "b"', "<test>", "eval")
    print("compiled")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print("abc" "def".upper())
print(("abc" "def").upper())
t = ["a" "b", "c"]
print(t, len(t))
d = {"k" "ey": "v" "al"}
print(d)
print("x"
      # a comment between the parts
      "y")
print("""one"""
      "two")
print("%s-%s" % ("a" "b", "c" "d"))
