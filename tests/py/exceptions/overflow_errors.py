# OverflowError and related range errors.
def attempt(label, fn):
    try:
        print(label, fn())
    except (OverflowError, ValueError) as e:
        print(label, "->", type(e).__name__, e)
attempt("float(10**400)", lambda: float(10 ** 400))
attempt("10**400 / 1", lambda: 10 ** 400 / 1)
attempt("1.0 * 10**400", lambda: 1.0 * 10 ** 400)
attempt("int(inf)", lambda: int(float("inf")))
attempt("int(nan)", lambda: int(float("nan")))
attempt("int(-inf)", lambda: int(float("-inf")))
attempt("1e308 * 10", lambda: 1e308 * 10)
attempt("round(inf)", lambda: round(float("inf")))
attempt("(2**1000).bit_length", lambda: (2 ** 1000).bit_length())
attempt("huge int exact", lambda: 10 ** 400 // 10 ** 399)
attempt("float big int fits", lambda: float(2 ** 1000) == 2.0 ** 1000)
import math
attempt("math.exp(1000)", lambda: math.exp(1000))
attempt("1 << -1", lambda: 1 << -1)
attempt("to_bytes too small", lambda: (256).to_bytes(1, "big"))
attempt("to_bytes negative unsigned", lambda: (-1).to_bytes(1, "big"))
attempt("chr(0x110000)", lambda: chr(0x110000))
attempt("float('1e500')", lambda: float("1e500"))
attempt("int / int huge", lambda: (10 ** 400) / (10 ** 399))
attempt("divmod huge float", lambda: divmod(10 ** 400, 1.5))
print(issubclass(OverflowError, ArithmeticError))
