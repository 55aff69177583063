# Helper for the circular import test: imports _circ_b, which imports this module back.
print("start _circ_a")
early = "defined before importing _circ_b"
import _circ_b
late = "defined after importing _circ_b"
def from_a():
    return "from_a sees " + _circ_b.from_b_value
print("end _circ_a")
