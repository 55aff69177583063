# A JSON-like pretty printer and serializer written in plain Python.
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 32:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
def dumps(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [inner + dumps(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [inner + escape(str(k)) + ": " + dumps(v, indent + step, step) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError("cannot serialize %s" % type(value).__name__)
doc = {
    "name": "VibePy",
    "version": [0, 1],
    "tags": ["python", "rust", "tiny"],
    "ok": True,
    "missing": None,
    "ratio": 0.75,
    "nested": {"empty_list": [], "empty_dict": {}, "quote": 'say "hi"\n'},
}
print(dumps(doc))
print(dumps([1, [2, [3, []]]], step=4))
print(dumps("tab\there"))
try:
    dumps({"bad": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
print(dumps((True, False, None)))
