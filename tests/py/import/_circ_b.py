# Helper for the circular import test: sees _circ_a only partially initialised.
print("start _circ_b")
import _circ_a
seen_early = hasattr(_circ_a, "early")
seen_late = hasattr(_circ_a, "late")
from_b_value = "value from _circ_b"
print("end _circ_b", seen_early, seen_late)
