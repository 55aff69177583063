//! Float operations Python needs that `core` lacks without `std`: `trunc`, `floor`,
//! `ceil`, round-half-even, Python's `divmod` / `%` / `//` on floats (remainder with
//! the divisor's sign), and `round(x, ndigits)` rounded on the exact decimal value as
//! CPython does.

use core::fmt::Write;

use super::float_digits::Decimal;
use super::SliceWriter;

/// `x` with its fraction dropped (toward zero).
pub fn trunc(x: f64) -> f64 {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1023;
    if exp < 0 {
        return if x.is_sign_negative() { -0.0 } else { 0.0 };
    }
    if exp >= 52 {
        return x;
    }
    f64::from_bits(bits & !((1u64 << (52 - exp)) - 1))
}

/// The largest integer not above `x`.
pub fn floor(x: f64) -> f64 {
    let t = trunc(x);
    if t > x {
        t - 1.0
    } else {
        t
    }
}

/// The smallest integer not below `x`.
pub fn ceil(x: f64) -> f64 {
    let t = trunc(x);
    if t < x {
        t + 1.0
    } else {
        t
    }
}

/// `x` rounded to an integer, ties to even (Python's `round(x)` before the int
/// conversion); keeps the sign of zero.
pub fn round_half_even(x: f64) -> f64 {
    let t = trunc(x);
    // exact: below 2^52 the fraction is representable, above it t == x
    let frac = (x - t).abs();
    let away = if x < 0.0 { t - 1.0 } else { t + 1.0 };
    if frac > 0.5 || (frac == 0.5 && trunc(t / 2.0) != t / 2.0) {
        away
    } else {
        t
    }
}

/// Python's `divmod(x, y)` for floats: `(floor quotient, remainder with y's sign)`;
/// `None` when `y` is zero (ZeroDivisionError).
pub fn divmod(x: f64, y: f64) -> Option<(f64, f64)> {
    if y == 0.0 {
        return None;
    }
    let mut rem = x % y;
    // fmod is exact, so x - rem is an exact multiple of y up to the division's rounding
    let mut div = (x - rem) / y;
    if rem != 0.0 {
        if (y < 0.0) != (rem < 0.0) {
            rem += y;
            div -= 1.0;
        }
    } else {
        rem = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = floor(div);
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    Some((floordiv, rem))
}

/// Python's `x % y` for floats; `None` when `y` is zero.
pub fn rem(x: f64, y: f64) -> Option<f64> {
    if y == 0.0 {
        return None;
    }
    let r = x % y;
    Some(if r == 0.0 {
        0.0f64.copysign(y)
    } else if (y < 0.0) != (r < 0.0) {
        r + y
    } else {
        r
    })
}

/// Python's `x // y` for floats; `None` when `y` is zero.
pub fn floordiv(x: f64, y: f64) -> Option<f64> {
    divmod(x, y).map(|(q, _)| q)
}

/// `round(x, ndigits)` overflowed ("rounded value too large to represent").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoundOverflow;

/// Python's `round(x, ndigits)` for floats: the exact binary value rounded half-even
/// at the `ndigits`-th decimal place (negative: left of the point), read back as the
/// nearest float.
pub fn round_digits(x: f64, ndigits: i64) -> Result<f64, RoundOverflow> {
    // beyond these every float rounds to itself / to zero (CPython's NDIGITS_MAX/MIN)
    if !x.is_finite() || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    // digits D and scale s with the rounded value D × 10^s
    let mut digits = [0u8; 816];
    let (len, scale) = if ndigits >= 0 {
        let d = Decimal::fixed(x, ndigits as usize);
        let n = d.digits().len();
        digits[..n].copy_from_slice(d.digits());
        (n, i64::from(d.decpt()) - n as i64)
    } else {
        round_left_of_point(x, ndigits, &mut digits)
    };
    let mut text = [0u8; 848];
    let mut w = SliceWriter::new(&mut text);
    let body = core::str::from_utf8(&digits[..len]).map_err(|_| RoundOverflow)?;
    let sign = if x.is_sign_negative() { "-" } else { "" };
    write!(w, "{sign}{body}e{scale}").map_err(|_| RoundOverflow)?;
    let value: f64 = w.as_str().parse().map_err(|_| RoundOverflow)?;
    if value.is_infinite() {
        Err(RoundOverflow)
    } else {
        Ok(value)
    }
}

/// Rounds `|x|` half-even to a multiple of `10^-ndigits` (`ndigits < 0`) from its exact
/// digits; writes the digits into `out`, returns their count and scale.
fn round_left_of_point(x: f64, ndigits: i64, out: &mut [u8; 816]) -> (usize, i64) {
    let exact = Decimal::significant(x, super::float_digits::MAX_SIGNIFICANT);
    let d = exact.digits();
    let decpt = i64::from(exact.decpt());
    let keep = decpt + ndigits;
    let unit_scale = -ndigits;
    if exact.is_zero() || keep < 0 {
        out[0] = b'0';
        return (1, 0);
    }
    let keep = keep as usize;
    if keep >= d.len() {
        out[..d.len()].copy_from_slice(d);
        return (d.len(), decpt - d.len() as i64);
    }
    let next = d[keep];
    let beyond = d.len() > keep + 1;
    let last_odd = keep > 0 && (d[keep - 1] - b'0') % 2 == 1;
    let round_up = next > b'5' || (next == b'5' && (beyond || last_odd));
    out[..keep].copy_from_slice(&d[..keep]);
    if !round_up {
        if keep == 0 {
            out[0] = b'0';
            return (1, 0);
        }
        return (keep, unit_scale);
    }
    // add one unit in the last kept place
    let mut i = keep;
    while i > 0 && out[i - 1] == b'9' {
        out[i - 1] = b'0';
        i -= 1;
    }
    if i == 0 {
        out.copy_within(0..keep, 1);
        out[0] = b'1';
        (keep + 1, unit_scale)
    } else {
        out[i - 1] += 1;
        (keep, unit_scale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integral_parts() {
        let cases: &[(f64, f64, f64, f64, f64)] = &[
            // x, round, floor, ceil, trunc (CPython)
            (2.5, 2.0, 2.0, 3.0, 2.0),
            (3.5, 4.0, 3.0, 4.0, 3.0),
            (-2.5, -2.0, -3.0, -2.0, -2.0),
            (0.49999999999999994, 0.0, 0.0, 1.0, 0.0),
            (-0.5, -0.0, -1.0, -0.0, -0.0),
            (1e300, 1e300, 1e300, 1e300, 1e300),
            (-1.5, -2.0, -2.0, -1.0, -1.0),
            (
                4503599627370495.5,
                4503599627370496.0,
                4503599627370495.0,
                4503599627370496.0,
                4503599627370495.0,
            ),
            (0.5, 0.0, 0.0, 1.0, 0.0),
            (5e-324, 0.0, 0.0, 1.0, 0.0),
        ];
        for &(x, r, f, c, t) in cases {
            assert_eq!(round_half_even(x), r, "round({x})");
            assert_eq!(floor(x), f, "floor({x})");
            assert_eq!(ceil(x), c, "ceil({x})");
            assert_eq!(trunc(x), t, "trunc({x})");
        }
        assert!(round_half_even(-0.5).is_sign_negative());
        assert!(trunc(-0.3).is_sign_negative());
    }

    #[test]
    fn python_float_division() {
        let bits = |p: Option<(f64, f64)>| p.map(|(a, b)| (a.to_bits(), b.to_bits()));
        let inf = f64::INFINITY;
        let cases: &[(f64, f64, f64, f64)] = &[
            (7.5, 2.0, 3.0, 1.5),
            (-7.5, 2.0, -4.0, 0.5),
            (7.5, -2.0, -4.0, -0.5),
            (-7.5, -2.0, 3.0, -1.5),
            (0.0, -3.0, -0.0, -0.0),
            (-0.0, 3.0, -0.0, 0.0),
            (1e300, 1e-300, inf, 4.891554850853602e-301),
            (5.0, inf, 0.0, 5.0),
            (-5.0, inf, -1.0, inf),
            (0.1, 0.01, 10.0, 3.469446951953614e-18),
            (1.0, 0.1, 9.0, 0.09999999999999995),
            (-1e-320, 1.0, -1.0, 1.0),
        ];
        for &(x, y, q, r) in cases {
            assert_eq!(bits(divmod(x, y)), bits(Some((q, r))), "divmod({x}, {y})");
            assert_eq!(rem(x, y).map(f64::to_bits), Some(r.to_bits()), "{x} % {y}");
            assert_eq!(
                floordiv(x, y).map(f64::to_bits),
                Some(q.to_bits()),
                "{x} // {y}"
            );
        }
        assert!(divmod(inf, 2.0).is_some_and(|(q, r)| q.is_nan() && r.is_nan()));
        assert_eq!(divmod(1.0, 0.0), None);
        assert_eq!(rem(1.0, -0.0), None);
    }

    #[test]
    fn round_to_digits_like_cpython() {
        let cases: &[(f64, i64, f64)] = &[
            (2.675, 2, 2.67),
            (2.5, 0, 2.0),
            (3.5, 0, 4.0),
            (0.125, 2, 0.12),
            (1234.5678, -2, 1200.0),
            (1250.0, -2, 1200.0),
            (1350.0, -2, 1400.0),
            (15.0, -1, 20.0),
            (25.0, -1, 20.0),
            (5.0, -1, 0.0),
            (0.5, 0, 0.0),
            (1e300, -300, 1e300),
            (0.0001, 3, 0.0),
            (123.456, -5, 0.0),
            (1e-320, 320, 1e-320),
            (1e-320, 330, 1e-320),
            (1e-320, 400, 1e-320),
            (12345.0, -400, 0.0),
            (0.1, 20, 0.1),
            (99.5, -2, 100.0),
            (950.0, -3, 1000.0),
            (-950.0, -2, -1000.0),
        ];
        for &(x, n, expect) in cases {
            assert_eq!(round_digits(x, n), Ok(expect), "round({x}, {n})");
        }
        assert!(round_digits(-0.5, 0).is_ok_and(|v| v == 0.0 && v.is_sign_negative()));
        assert!(round_digits(-0.0004, 3).is_ok_and(|v| v == 0.0 && v.is_sign_negative()));
        assert_eq!(round_digits(f64::MAX, -308), Err(RoundOverflow));
        assert_eq!(round_digits(1.5e308, -308), Err(RoundOverflow));
        assert!(round_digits(f64::NAN, 2).is_ok_and(f64::is_nan));
    }
}
