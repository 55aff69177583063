# Submodule using relative imports within pkg.
from . import sub
from .sub import sub_func as doubled
from .subpkg import deep
from . import pkg_value
relative_results = (sub.sub_value, doubled(21), deep.deep_value, pkg_value)
