# Nested package pkg.subpkg.
print("executing pkg.subpkg/__init__")
from .deep import deep_value as reexported
