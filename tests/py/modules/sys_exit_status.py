# exit-code: 3
# sys.exit(3) ends the program with status 3; finally blocks run first and output before it is kept.
import sys
print("before exit")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
def work():
    try:
        print("in work")
        sys.exit(3)
    finally:
        print("finally in work")
results = []
for code in (1, "text", None):
    try:
        sys.exit(code)
    except SystemExit as e:
        results.append(e.code)
print(results)
sys.stdout.flush()
work()
print("not reached")
