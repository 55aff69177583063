# exit-code: 1
# sys.exit("message") prints the message to stderr and exits with status 1.
import sys
print("stdout before exit")
def cleanup():
    print("cleanup in finally")
count = 0
for i in range(5):
    count += i
print("count", count)
try:
    raise SystemExit(2)
except SystemExit as e:
    print("inner SystemExit", e.code)
try:
    print("about to exit")
    sys.exit("fatal: stopping with a message")
finally:
    cleanup()
print("not reached")
def never():
    pass
never()
