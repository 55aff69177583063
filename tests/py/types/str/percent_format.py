# printf-style % formatting: every conversion and flag.
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u" % (42, -42, 7))
print("%o %x %X %#o %#x %#X" % (8, 255, 255, 8, 255, 255))
print("%e %E %f %F %g %G" % (12345.678, 12345.678, 12345.678, 12345.678, 12345.678, 0.00001234))
print("%c %c %%" % (65, "z"))
print("[%5d] [%-5d] [%05d] [%+d] [% d] [%+05d]" % (42, 42, 42, 42, 42, -42))
print("[%8.3f] [%-8.2f] [%08.2f] [%.0f] [%+.1e]" % (3.14159, 2.5, -2.5, 2.5, 12345.0))
print("[%10s] [%-10s] [%.2s] [%10.3s]" % ("right", "left", "truncate", "abcdef"))
print("[%*d] [%-*d] [%.*f]" % (6, 7, 6, 7, 2, 3.14159))
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (1, 2), "%s" % (None,))
print("%r" % "quote's", "%r" % 1.5, "%r" % [None])
print("%d" % 3.99, "%d" % True, "%x" % 2 ** 70, "%d" % -(10 ** 20))
print("%s" % 5, "no args %%" % (), "%s" % "only")
print("%.3s|%5.1s|" % ("abcdef", "xyz"))
print("%i%%" % 50, "%5.1f%%" % 99.5)
print("%x" % -255, "%o" % -8, "%#x" % 0)
errors = [("%d", "str"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%c", "ab"), ("%c", -1), ("%d", None), ("%", 1)]
for fmt, arg in errors:
    try:
        print(repr(fmt % arg))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print(b"%s and %d" % (b"bytes", 5))
print("%s" % b"raw", "%a" % "日本")
