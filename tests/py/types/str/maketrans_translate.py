# str.maketrans in its three forms and str.translate.
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()))
print("aabbcc-abc".translate(t1))
t2 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, "c": "ccc", ord("d"): "D"})
print(sorted(t3.items()))
print("abcd".translate(t3))
print("hello".translate({ord("l"): None}))
print("hello".translate({ord("h"): "J", ord("o"): "0"}))
print("hello".translate({104: 74}))
print("abc".translate({}), "".translate(t1))
vowels = str.maketrans("", "", "aeiou")
print("programming language".translate(vowels))
rot13 = str.maketrans("ABCDEFGHIJKLMabcdefghijklmNOPQRSTUVWXYZnopqrstuvwxyz",
                      "NOPQRSTUVWXYZnopqrstuvwxyzABCDEFGHIJKLMabcdefghijklm")
msg = "Hello, World!"
print(msg.translate(rot13), msg.translate(rot13).translate(rot13))
print("é€".translate({ord("é"): "e", ord("€"): "EUR"}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".translate({ord("a"): 3.5})
except TypeError as e:
    print(type(e).__name__, e)
class Lookup:
    def __getitem__(self, code):
        if code == ord("x"):
            return "X!"
        raise LookupError
print("axbx".translate(Lookup()))
print(str.maketrans("a", "b") == {97: 98})
