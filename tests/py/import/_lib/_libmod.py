# Module reachable only after _lib is added to sys.path.
where = "found via sys.path"
