# str/repr/format of ints in every presentation.
n = 255
print(str(n), repr(n), str(-n), format(n), format(n, ""))
print(format(n, "b"), format(n, "o"), format(n, "x"), format(n, "X"), format(n, "d"))
print(format(n, "#b"), format(n, "#o"), format(n, "#x"), format(n, "#X"))
print(format(-n, "#x"), format(-n, "b"), format(0, "#b"))
print(format(n, "10"), format(n, "<10") + "|", format(n, "^10") + "|", format(n, "010"))
print(format(n, "+"), format(-n, "+"), format(n, " "), format(-n, " "), format(n, "-"))
print(format(1234567, ","), format(1234567, "_"), format(0xdeadbeef, "_x"), format(255, "_b"))
print(format(-1234567, "015,"), format(1234, "=+8"), format(-1234, "=8"))
print(format(65, "c"), format(0x263a, "c"))
print(format(5, "e"), format(5, ".2f"), format(5, "%"), format(5, "g"))
print(format(10 ** 20, "e"), format(10 ** 20, ","))
print(format(n, "*>8x"), format(n, "*<#8x"), format(n, "0=#10x"))
print(bin(5), oct(5), hex(5), bin(-5), oct(-5), hex(-5), bin(0), hex(0))
print("%d %i %o %x %X %5d %-5d| %05d %+d" % (n, n, n, n, n, n, n, n, n))
print("%#o %#x %#X" % (n, n, n))
print("{:d} {:x} {:#b} {:>6}".format(n, n, n, n))
print(f"{n:08b} {n:#06x} {-n:08d}")
for bad in ["s", ".2"]:
    try:
        format(n, bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(format(True, "d"), format(True, ""), str(True), format(False, "x"))
print(int.__repr__(7), (7).__str__(), (-0).__format__("+"))
