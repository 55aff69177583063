# cat.py [-n] FILE...: print files (-n numbers the lines).
import sys

args = sys.argv[1:]
number = "-n" in args
status = 0
line_no = 0
for path in [a for a in args if a != "-n"]:
    try:
        with open(path) as f:
            for line in f:
                line_no += 1
                print(("%6d  " % line_no if number else "") + line, end="")
    except OSError as e:
        print("cat: %s: %s" % (path, e))
        status = 1
raise SystemExit(status)
