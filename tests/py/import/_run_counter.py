# Holds a counter that survives re-executing _reloadable.
runs = 0
