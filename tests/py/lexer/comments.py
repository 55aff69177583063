# Comments run from '#' to the end of the line, outside strings.
x = 1  # trailing comment
# full-line comment
    # indented comment line is fine anywhere
print(x)  # comment after a call
s = "# not a comment"
print(s)
t = '''# not a comment
either'''
print(t)
def f():
    # comment as the first line of a body
    return 2
    # comment after return
print(f())
if x:
# comment at a lower indentation does not end the block
    print("still in if")
y = [1,  # comment inside brackets
     2,  # another
     ]
print(y)
print(eval("1 + 2  # comment in eval"))
exec("z = 5  # comment in exec\n# only comment\n")
print(z)
print(compile("# only a comment\n", "<test>", "exec") is not None)
#no space after hash
#!also fine
#: odd characters ¬ é ∑
print("end")
