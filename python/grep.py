# grep.py [-i] [-n] [-v] PATTERN FILE...: print lines containing PATTERN (plain text).
import sys

opts = [a for a in sys.argv[1:] if a.startswith("-") and len(a) > 1]
rest = [a for a in sys.argv[1:] if a not in opts]
if not rest:
    print("usage: grep.py [-i] [-n] [-v] PATTERN FILE...")
    raise SystemExit(2)
pattern, files = rest[0], rest[1:]
fold = "-i" in opts
if fold:
    pattern = pattern.lower()
found = False
for path in files:
    try:
        with open(path) as f:
            for n, line in enumerate(f, 1):
                text = line.rstrip("\n")
                hit = pattern in (text.lower() if fold else text)
                if hit != ("-v" in opts):
                    found = True
                    prefix = (path + ":" if len(files) > 1 else "") + ("%d:" % n if "-n" in opts else "")
                    print(prefix + text)
    except OSError as e:
        print("grep: %s: %s" % (path, e))
raise SystemExit(0 if found else 1)
