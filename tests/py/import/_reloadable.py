# Helper whose body records each execution, for the module caching test.
import _run_counter
_run_counter.runs += 1
runs = _run_counter.runs
print("executing _reloadable, run", runs)
