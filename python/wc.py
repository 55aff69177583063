# wc.py FILE...: lines, words and bytes of each file, and the total.
import sys

totals = [0, 0, 0]
files = sys.argv[1:]
for path in files:
    with open(path, "rb") as f:
        data = f.read()
    counts = [data.count(b"\n"), len(data.split()), len(data)]
    totals = [a + b for a, b in zip(totals, counts)]
    print("%7d %7d %7d %s" % (counts[0], counts[1], counts[2], path))
if len(files) > 1:
    print("%7d %7d %7d total" % tuple(totals))
