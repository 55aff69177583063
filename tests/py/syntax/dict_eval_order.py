# Dict displays and dict comprehensions evaluate each key before its value (CPython 3.8+).
order = []
def t(x):
    order.append(x)
    return x
d = {t("k1"): t("v1"), "c": t("v2"), t("k3"): 3, **{t("k4"): t("v4")}}
print(d, order)
order.clear()
print({t(k): t(v) for k, v in [("a", "b"), ("c", "d")]}, order)
try:
    {undefined_key: undefined_value}
except NameError as e:
    print(e)
try:
    {k: undefined_value2 for k in [undefined_key2]}
except NameError as e:
    print(e)
