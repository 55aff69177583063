# A circular import sees the first module partially initialised.
import sys
print("importing _circ_a")
import _circ_a
print("back in test")
import _circ_b
print(_circ_b.seen_early, _circ_b.seen_late)
print(_circ_a.early, _circ_a.late)
print(_circ_a.from_a())
print(_circ_a._circ_b is _circ_b, _circ_b._circ_a is _circ_a)
print("_circ_a" in sys.modules, "_circ_b" in sys.modules)
import _circ_a as again
print(again is _circ_a)
def partial_attribute_access():
    try:
        from _circ_a import not_defined_anywhere
    except ImportError as e:
        return type(e).__name__
print(partial_attribute_access())
print(sorted(k for k in vars(_circ_b) if not k.startswith("_")))
print(sorted(k for k in vars(_circ_a) if not k.startswith("_")))
print(_circ_b.from_b_value)
print(callable(_circ_a.from_a))
print(type(_circ_b).__name__)
print("done")
