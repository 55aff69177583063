# Portable sys attributes: byteorder, maxsize, version_info, implementation, stdout.
import sys
print(sys.byteorder in ("little", "big"), sys.byteorder)
print(sys.maxsize > 2 ** 31, sys.maxsize >= 2 ** 31 - 1, isinstance(sys.maxsize, int))
print(sys.version_info[0], sys.version_info[0] == 3, len(sys.version_info) >= 3)
print(sys.version_info >= (3, 0), isinstance(sys.version, str))
print(hasattr(sys.implementation, "name"), isinstance(sys.implementation.name, str))
print(sys.implementation.name == sys.implementation.name.lower())
n = sys.stdout.write("written directly\n")
print(n)
print(sys.stdout.write(""), sys.stdout.write("é€\n"))
sys.stdout.write("no newline ")
sys.stdout.write("then newline\n")
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"), hasattr(sys.stdin, "read"))
print(callable(sys.exit), hasattr(sys, "modules"), hasattr(sys, "path"), hasattr(sys, "argv"))
print(type(sys.platform).__name__, len(sys.platform) > 0)
print(print("via print", file=sys.stdout))
def show(*parts):
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
show("custom", "writer", 1, 2.5)
buf = []
class Collector:
    def write(self, s):
        buf.append(s)
        return len(s)
print("captured", 42, file=Collector())
print(buf)
