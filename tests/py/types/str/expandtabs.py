# expandtabs replaces tabs with spaces up to the next tab stop.
s = "a\tb\tc"
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)))
print(repr("\t".expandtabs()), repr("\t\t".expandtabs(3)), repr("".expandtabs()))
print(repr("abcdefgh\tx".expandtabs()), repr("abcdefg\tx".expandtabs()), repr("abcdefghi\tx".expandtabs(8)))
print(repr("12\t34\n5\t6".expandtabs(4)), repr("x\r\ty".expandtabs(4)))
print(repr("no tabs".expandtabs(2)))
print(repr("\ta\tbb\tccc\tdddd\t".expandtabs(4)))
print(repr("a\tb".expandtabs(tabsize=3)))
print(repr("a\tb".expandtabs(-1)))
for width in range(1, 6):
    print(width, repr("x\ty\tz".expandtabs(width)))
table = "name\tqty\tprice\napple\t3\t1.25\nbanana\t12\t0.5"
print(table.expandtabs(10))
print(len("\t".expandtabs(16)), len("abc\t".expandtabs(16)))
print(repr("€\t|".expandtabs(4)), repr("😀\t|".expandtabs(4)))
try:
    "a\tb".expandtabs("4")
except TypeError as e:
    print(type(e).__name__, e)
print("a\tb".expandtabs(8) == "a\tb".expandtabs())
