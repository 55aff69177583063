//! `float(text)` and float literals: validates Python's syntax (surrounding
//! whitespace, sign, digits with single underscores between them, optional point and
//! exponent, `inf`/`infinity`/`nan` in any case), then lets core's correctly rounded
//! `str::parse::<f64>` do the conversion.
//!
//! Inputs of any length work without allocation: the mantissa is copied without
//! underscores into a fixed buffer, keeping the first [`KEPT_DIGITS`] significant
//! digits and replacing the rest by one non-zero "sticky" digit when any of them is
//! non-zero. Every halfway point between two doubles has at most 767 significant
//! digits, so the truncated number rounds exactly like the full one.

use super::strip_python_space;

/// Significant digits kept before the sticky digit.
const KEPT_DIGITS: usize = 800;

/// Room for kept digits, the sticky digit and an `e-123456789012` style exponent.
const BUF_LEN: usize = KEPT_DIGITS + 32;

/// Parses `text` like Python's `float(text)`; `None` when it is not a float literal
/// (the caller raises "could not convert string to float: ..."). ASCII digits only.
pub fn parse_float(text: &str) -> Option<f64> {
    let text = strip_python_space(text);
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, text.get(1..)?),
        Some(b'+') => (false, text.get(1..)?),
        _ => (false, text),
    };
    let magnitude = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        parse_decimal(body.as_bytes())?
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// Reads `digit (_? digit)*` at `pos`, feeding each digit to `each`; returns how many
/// digits there were, or `None` for a misplaced underscore.
fn digit_run(bytes: &[u8], pos: &mut usize, mut each: impl FnMut(u8)) -> Option<usize> {
    let mut count = 0;
    loop {
        match bytes.get(*pos) {
            Some(&d @ b'0'..=b'9') => {
                each(d);
                count += 1;
                *pos += 1;
            }
            Some(b'_') if count > 0 && bytes.get(*pos + 1).is_some_and(u8::is_ascii_digit) => {
                *pos += 1;
            }
            Some(b'_') => return None,
            _ => return Some(count),
        }
    }
}

/// Collects significant digits: leading zeros dropped, the first `KEPT_DIGITS` kept,
/// the rest remembered only as "some were non-zero".
struct Mantissa {
    buf: [u8; BUF_LEN],
    len: usize,
    /// Digits dropped after the buffer filled (they scale the value).
    dropped: i64,
    dropped_nonzero: bool,
}

impl Mantissa {
    fn push(&mut self, d: u8) {
        if self.len == 0 && d == b'0' {
            return;
        }
        if self.len < KEPT_DIGITS {
            self.buf[self.len] = d;
            self.len += 1;
        } else {
            self.dropped += 1;
            self.dropped_nonzero |= d != b'0';
        }
    }
}

/// The value of `digits [. digits] [e [sign] digits]` (at least one mantissa digit).
fn parse_decimal(bytes: &[u8]) -> Option<f64> {
    let mut m = Mantissa {
        buf: [0; BUF_LEN],
        len: 0,
        dropped: 0,
        dropped_nonzero: false,
    };
    let mut pos = 0;
    let int_digits = digit_run(bytes, &mut pos, |d| m.push(d))?;
    let mut frac_digits = 0;
    if bytes.get(pos) == Some(&b'.') {
        pos += 1;
        frac_digits = digit_run(bytes, &mut pos, |d| m.push(d))?;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    let mut exponent: i64 = 0;
    if matches!(bytes.get(pos), Some(b'e' | b'E')) {
        pos += 1;
        let negative = match bytes.get(pos) {
            Some(b'-') => {
                pos += 1;
                true
            }
            Some(b'+') => {
                pos += 1;
                false
            }
            _ => false,
        };
        let mut value: i64 = 0;
        // far beyond any finite or non-zero result, and far from overflowing
        const EXPONENT_CAP: i64 = 1 << 40;
        let n = digit_run(bytes, &mut pos, |d| {
            value = (value * 10 + i64::from(d - b'0')).min(EXPONENT_CAP);
        })?;
        if n == 0 {
            return None;
        }
        exponent = if negative { -value } else { value };
    }
    if pos != bytes.len() {
        return None;
    }
    if m.len == 0 {
        return Some(0.0);
    }
    // value = int(kept digits) × 10^(exponent − fraction digits + dropped digits)
    let mut len = m.len;
    let mut scale = exponent - i64::try_from(frac_digits).ok()? + m.dropped;
    if m.dropped_nonzero {
        m.buf[len] = b'1';
        len += 1;
        scale -= 1;
    }
    len += write_exponent(&mut m.buf[len..], scale);
    core::str::from_utf8(&m.buf[..len])
        .ok()?
        .parse::<f64>()
        .ok()
}

/// Writes `e<scale>` into `out` (which has room for it); returns the length.
fn write_exponent(out: &mut [u8], scale: i64) -> usize {
    let mut digits = [0u8; 20];
    let mut n = 0;
    let mut v = scale.unsigned_abs();
    loop {
        digits[n] = b'0' + (v % 10) as u8;
        n += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    let mut len = 0;
    let mut put = |b: u8| {
        if let Some(slot) = out.get_mut(len) {
            *slot = b;
            len += 1;
        }
    };
    put(b'e');
    if scale < 0 {
        put(b'-');
    }
    for &d in digits[..n].iter().rev() {
        put(d);
    }
    len
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_python_syntax() {
        let cases: &[(&str, f64)] = &[
            ("1.5", 1.5),
            ("  -2.5e3\n", -2500.0),
            ("1_000.5", 1000.5),
            ("1_0e1_0", 1e11),
            (".5", 0.5),
            ("5.", 5.0),
            ("+.5e-3", 0.0005),
            ("0x", f64::NAN),
            ("1e400", f64::INFINITY),
            ("-1e400", f64::NEG_INFINITY),
            ("1e-400", 0.0),
            ("0000.000", 0.0),
            ("\u{2003}3\u{a0}", 3.0),
            ("1E5", 1e5),
            ("0.1", 0.1),
            ("2.2250738585072011e-308", 2.225073858507201e-308),
        ];
        for &(text, expect) in cases {
            let got = parse_float(text);
            if expect.is_nan() {
                assert_eq!(got, None, "{text:?}");
            } else {
                assert_eq!(got.map(f64::to_bits), Some(expect.to_bits()), "{text:?}");
            }
        }
        assert_eq!(
            parse_float("-0").map(f64::to_bits),
            Some((-0.0f64).to_bits())
        );
    }

    #[test]
    fn accepts_special_values_in_any_case() {
        for text in ["inf", "INF", "+Infinity", "iNfInItY"] {
            assert_eq!(parse_float(text), Some(f64::INFINITY), "{text}");
        }
        assert_eq!(parse_float("-inf"), Some(f64::NEG_INFINITY));
        for text in ["nan", "NaN", "-nan", "+NAN"] {
            assert!(parse_float(text).is_some_and(f64::is_nan), "{text}");
        }
    }

    #[test]
    fn rejects_malformed_text() {
        for text in [
            "", " ", ".", "e5", "1e", "1e+", "1_", "_1", "1__0", "1_.5", "1._5", "1.5_", "1e_5",
            "1e5_", "in", "infinit", "nan1", "1.5.5", "1 5", "0x10", "--1", "+-1", "1e5.0", "١",
            "inf_", "- 1",
        ] {
            assert_eq!(parse_float(text), None, "{text:?}");
        }
    }

    #[test]
    fn long_inputs_round_correctly() {
        // 0.1 written with 2000 significant digits of its exact value, then more
        let exact_tenth = "0.1000000000000000055511151231257827021181583404541015625";
        assert_eq!(parse_float(exact_tenth), Some(0.1));
        // just above the halfway point between 1 and the next double: the deciding
        // digit sits past the kept digits
        let mut above =
            alloc::string::String::from("1.00000000000000011102230246251565404236316680908203125");
        for _ in 0..1000 {
            above.push('0');
        }
        let halfway = above.clone();
        above.push('1');
        assert_eq!(parse_float(&halfway), Some(1.0));
        assert_eq!(parse_float(&above), Some(1.0000000000000002));
        let mut many = alloc::string::String::from("1");
        for _ in 0..2000 {
            many.push_str("_0");
        }
        many.push_str(".5e-2000");
        assert_eq!(parse_float(&many), Some(1.0));
        let mut zeros = alloc::string::String::from("0.");
        for _ in 0..5000 {
            zeros.push('0');
        }
        zeros.push_str("1e5000");
        assert_eq!(parse_float(&zeros), Some(0.1));
    }
}
