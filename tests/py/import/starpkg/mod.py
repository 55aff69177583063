# Submodule listed in starpkg.__all__, loaded by 'from starpkg import *'.
mod_value = "starpkg.mod loaded"
