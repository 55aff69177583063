# Single, double and mixed quotes in string literals.
print('single', "double")
print('it\'s', "say \"hi\"")
print("it's", 'say "hi"')
print('', "", len(''), len(""))
print('a' 'b', "c" "d")
s = 'mixed "quotes" and \'escapes\''
print(s)
print(repr(s))
print(repr("it's"))
print(repr('say "hi"'))
print(repr('both \' and "'))
print(repr(""), repr(''))
print(len('\''), len("\""))
print('#not a comment', "# also not")
print("tab\there", 'nl\\n literal')
t = "line1\
line2"
print(t)
print(type('x').__name__, type("x") is str)
print('abc' == "abc")
print("a" * 3, 'ab' + "cd")
print(str("x"), 'x' in "xyz")
print("\x41\u0042\U00000043")
