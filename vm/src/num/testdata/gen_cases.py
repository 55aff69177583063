#!/usr/bin/env python3
"""Regenerates the expected-output tables the num tests compare against.

Run with CPython 3.11 from this directory: `python3 gen_cases.py`. Each table is
tab-separated; floats are written as the hex of their IEEE bits so the Rust side reads
the exact value. Errors are written as `!Type: message`. A fixed seed keeps the tables
stable between runs.
"""
import math
import random
import struct

rng = random.Random(20240611)


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def outcome(f):
    try:
        return f()
    except (ValueError, OverflowError, TypeError) as e:
        return "!%s: %s" % (type(e).__name__, e)


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


SPECIAL_FLOATS = [
    0.0, -0.0, math.inf, -math.inf, math.nan, -math.nan, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5,
    0.125, 0.375, 9.5, 99.5, 1e16, 1e15, 9999999999999998.0, 1e17, 1e-4, 1e-5, 0.00012345,
    123.456, 1234567.0, 12345.678, 1e22, 1e23, 1e300, 1.7976931348623157e308, 5e-324,
    2.2250738585072014e-308, 2.225073858507201e-308, 0.3, 2.0 / 3.0, 100.0, 1e100,
    4.35, 0.045, 1.005, 2.675, 123456789012345678.0, 0.1 + 0.2, 1 / 3, -2.5e-7, 65536.0,
    float(2**53), float(2**53 + 2), 1e-310, 9.999999999999999e22,
    8828589475409.3125, 1882392329554.78125, 9860117270161.5625,
]


def random_float():
    kind = rng.randrange(5)
    if kind == 0:
        while True:
            x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
            if math.isfinite(x):
                return x
    if kind == 1:
        return round(rng.uniform(-1000, 1000), rng.randrange(0, 6))
    if kind == 2:
        return rng.uniform(-1, 1) * 10.0 ** rng.randrange(-30, 30)
    if kind == 3:
        return float(rng.randrange(-10**6, 10**6)) / (10 ** rng.randrange(0, 8))
    return rng.choice([-1, 1]) * rng.randrange(1, 2000) * 2.0 ** rng.randrange(-1074, 1000)


def float_repr_table():
    values = list(SPECIAL_FLOATS)
    values += [10.0 ** e for e in range(-325, 309)]
    values += [2.0 ** e for e in range(-1074, 1024, 7)]
    values += [random_float() for _ in range(3000)]
    with open("float_repr.txt", "w") as f:
        for x in values:
            f.write("%s\t%s\n" % (bits(x), repr(x)))


ALIGNS = ["", "<", ">", "^", "=", "*<", "0=", "x^", "\u20ac>", "0>", "=="]
SIGNS = ["", "+", "-", " "]
WIDTHS = ["", "1", "8", "12", "20", "0"]
GROUPS = ["", ",", "_"]
FLOAT_PRECISIONS = ["", ".0", ".1", ".2", ".3", ".6", ".10", ".17", ".25", ".60"]
FLOAT_TYPES = ["", "e", "E", "f", "F", "g", "G", "n", "%"]


def random_spec(precisions, types, bad_types):
    spec = rng.choice(ALIGNS) + rng.choice(SIGNS)
    if rng.random() < 0.15:
        spec += "z"
    if rng.random() < 0.2:
        spec += "#"
    if rng.random() < 0.2:
        spec += "0"
    spec += rng.choice(WIDTHS)
    if rng.random() < 0.3:
        spec += rng.choice(GROUPS)
    spec += rng.choice(precisions)
    spec += rng.choice(bad_types) if rng.random() < 0.05 else rng.choice(types)
    return spec


def float_format_table():
    rows = []
    values = SPECIAL_FLOATS + [random_float() for _ in range(300)]
    for x in values:
        for _ in range(8):
            spec = random_spec(FLOAT_PRECISIONS, FLOAT_TYPES, ["d", "x", "s", "c", "q", "\x01"])
            rows.append((x, spec))
    for x in [1.0, 0.1, 5e-324, 1e300, -1.5, math.inf]:
        for spec in [".100f", ".400f", ".800e", ".330g", "#.330g", ".1000", ".50f", ",.0f", "011,.2f"]:
            rows.append((x, spec))
    for spec in ["", ".", ".f", ",,", ",_", "_,", "abc", "0#f", "z+f", "+zf", "<<", "99999999999999999999", ".99999999999999999999", ".2147483648f", ".2147483647"]:
        rows.append((1.0, spec))
    with open("float_format.txt", "w") as f:
        for x, spec in rows:
            if spec == ".2147483647":
                continue
            f.write("%s\t%s\t%s\n" % (bits(x), esc(spec), esc(outcome(lambda: format(x, spec)))))


INT_TYPES = ["", "b", "c", "d", "o", "x", "X", "n", "e", "f", "g", "%", "G"]


def int_values():
    vals = [0, 1, -1, 7, -7, 65, 255, -255, 1234, -1234567, 10**6, 2**31, -2**63, 2**63 - 1,
            0x10FFFF, 0x110000, 2**64, -(2**64), 3**100, -(7**80), 10**400, 0xD7FF]
    vals += [rng.randrange(-10**12, 10**12) for _ in range(60)]
    vals += [rng.randrange(-2**200, 2**200) for _ in range(20)]
    return vals


def int_format_table():
    rows = []
    for v in int_values():
        for _ in range(18):
            spec = random_spec(["", "", "", "", ".2"], INT_TYPES, ["s", "q", "\u20ac", "F"])
            rows.append((v, spec))
    for spec in ["", "c", "+c", "#c", "zd", "z", ",c", "_n", ",x", "_x", "#_b", "#012_x", "#012,",
                 "0=12,", "08,", "09,", "04,", "05,", "05c", "0=5c", "^5c", "x<05", "<05", ".2",
                 ",,", "abc", "=^10"]:
        for v in [1234, -1234, 65, 0, 10**30]:
            rows.append((v, spec))
    with open("int_format.txt", "w") as f:
        for v, spec in rows:
            f.write("%d\t%s\t%s\n" % (v, esc(spec), esc(outcome(lambda: format(v, spec)))))


def percent_specs(conversions):
    for _ in range(400):
        spec = "%"
        for flag in "-+ #0":
            if rng.random() < 0.2:
                spec += flag
        spec += rng.choice(["", "", "1", "5", "12", "25"])
        spec += rng.choice(["", "", ".", ".0", ".1", ".3", ".8", ".20"])
        spec += rng.choice(conversions)
        yield spec


def percent_table():
    with open("percent.txt", "w") as f:
        floats = SPECIAL_FLOATS + [random_float() for _ in range(40)]
        specs = list(percent_specs("eEfFgG"))
        for x in floats:
            for spec in rng.sample(specs, 20):
                f.write("f\t%s\t%s\t%s\n" % (bits(x), spec, esc(spec % x)))
        specs = list(percent_specs("diuoxX"))
        for v in int_values():
            for spec in rng.sample(specs, 20):
                f.write("i\t%d\t%s\t%s\n" % (v, spec, esc(spec % v)))


if __name__ == "__main__":
    float_repr_table()
    float_format_table()
    int_format_table()
    percent_table()
