# exit-code: 4
# exit() and quit() raise SystemExit like sys.exit(); an uncaught one ends the program
# with its code.
try:
    exit(3)
except SystemExit as e:
    print("exit", e.code)
try:
    quit()
except SystemExit as e:
    print("quit", e.code, e.args)
print(callable(exit), callable(quit))
exit(4)
print("not reached")
