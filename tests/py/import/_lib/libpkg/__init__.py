# Package reachable only after _lib is added to sys.path.
libpkg_value = "libpkg via sys.path"
