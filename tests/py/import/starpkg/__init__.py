# Package with __all__ limiting what 'from starpkg import *' binds.
__all__ = ["exported", "also_exported", "mod"]
exported = "exported"
also_exported = "also exported"
not_listed = "not in __all__"
_private = "private"
