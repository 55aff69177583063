//! `float.hex()` and `float.fromhex()`: the exact hexadecimal form CPython writes
//! (`[-]0x<lead>.<13 hex digits>p<exp>`), and a parser that rounds any number of hex
//! digits to the nearest double (ties to even), subnormals included.

use core::fmt::{self, Write};

/// Writes `x` as `float.hex()` does.
pub fn write_float_hex(out: &mut dyn Write, x: f64) -> fmt::Result {
    if x.is_nan() {
        return out.write_str("nan");
    }
    if x.is_infinite() {
        return out.write_str(if x > 0.0 { "inf" } else { "-inf" });
    }
    let bits = x.to_bits();
    if bits >> 63 == 1 {
        out.write_char('-')?;
    }
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    if exp == 0 && mant == 0 {
        return out.write_str("0x0.0p+0");
    }
    // Subnormals keep a leading 0 and the minimum exponent.
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    write!(
        out,
        "0x{}.{:013x}p{}{}",
        lead,
        mant,
        if e < 0 { '-' } else { '+' },
        e.abs()
    )
}

/// Why `float.fromhex` rejected its input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HexFloatError {
    /// ValueError "invalid hexadecimal floating-point string".
    Invalid,
    /// OverflowError "hexadecimal value too large to represent as a float".
    Overflow,
}

/// Parses `float.fromhex`'s argument (surrounding whitespace allowed).
pub fn parse_float_hex(text: &str) -> Result<f64, HexFloatError> {
    let s = super::strip_python_space(text);
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, s.get(1..).unwrap_or("")),
        Some(b'+') => (false, s.get(1..).unwrap_or("")),
        _ => (false, s),
    };
    let sign = |v: f64| if negative { -v } else { v };
    if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        return Ok(sign(f64::INFINITY));
    }
    if body.eq_ignore_ascii_case("nan") {
        return Ok(sign(f64::NAN));
    }
    let body = match body.get(..2) {
        Some(p) if p.eq_ignore_ascii_case("0x") => body.get(2..).unwrap_or(""),
        _ => body,
    };
    let (mantissa, exp_text) = match body.find(['p', 'P']) {
        Some(k) => (
            body.get(..k).unwrap_or(""),
            Some(body.get(k + 1..).unwrap_or("")),
        ),
        None => (body, None),
    };
    let (int_part, frac_part) = match mantissa.find('.') {
        Some(k) => (
            mantissa.get(..k).unwrap_or(""),
            mantissa.get(k + 1..).unwrap_or(""),
        ),
        None => (mantissa, ""),
    };
    let all_hex = |t: &str| t.bytes().all(|b| b.is_ascii_hexdigit());
    if (int_part.is_empty() && frac_part.is_empty()) || !all_hex(int_part) || !all_hex(frac_part) {
        return Err(HexFloatError::Invalid);
    }
    let exp = match exp_text {
        Some(t) => parse_exponent(t).ok_or(HexFloatError::Invalid)?,
        None => 0,
    };
    // The digits without leading zeros; `int_count` of them are before the point.
    let digits = int_part.bytes().chain(frac_part.bytes());
    let leading = digits.clone().take_while(|b| *b == b'0').count();
    let int_count = int_part.len() as i64 - leading as i64;
    let mut nibbles = digits
        .skip(leading)
        .map(|b| (b as char).to_digit(16).unwrap_or(0));
    let Some(first) = nibbles.next() else {
        return Ok(sign(0.0));
    };
    // value = 1.xxx * 2^e, e counted from the top bit of the first nibble.
    let top = 32 - first.leading_zeros() as i64; // 1..=4
    let e = 4 * int_count + exp + top - 5;
    if e > 1023 {
        return Err(HexFloatError::Overflow);
    }
    // Bits to keep: 53, fewer below the normal range.
    let precision = if e < -1022 { 53 - (-1022 - e) } else { 53 };
    if precision < 0 {
        return Ok(sign(0.0));
    }
    let mut kept: u64 = 0;
    let mut taken: i64 = 0;
    let mut round_bit = false;
    let mut sticky = false;
    let mut feed = |bit: bool| {
        if taken < precision {
            kept = (kept << 1) | u64::from(bit);
        } else if taken == precision {
            round_bit = bit;
        } else {
            sticky |= bit;
        }
        taken += 1;
    };
    for i in (0..top).rev() {
        feed((first >> i) & 1 == 1);
    }
    for n in nibbles {
        for i in (0..4).rev() {
            feed((n >> i) & 1 == 1);
        }
    }
    // Short inputs: pad with zero bits up to the precision.
    if taken < precision {
        kept <<= precision - taken;
    }
    if round_bit && (sticky || kept & 1 == 1) {
        kept += 1;
    }
    // kept * 2^(e - precision + 1); a carry out of the top bit is still exact here.
    let scale = e - precision + 1;
    let value = libm::ldexp(kept as f64, scale as i32);
    if value.is_infinite() {
        return Err(HexFloatError::Overflow);
    }
    Ok(sign(value))
}

/// A decimal exponent with optional sign, saturated far outside the double range.
fn parse_exponent(t: &str) -> Option<i64> {
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, t.get(1..)?),
        Some(b'+') => (false, t.get(1..)?),
        _ => (false, t),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut v: i64 = 0;
    for b in digits.bytes() {
        v = (v * 10 + i64::from(b - b'0')).min(1 << 40);
    }
    Some(if neg { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;

    fn hex(x: f64) -> String {
        let mut s = String::new();
        write_float_hex(&mut s, x).unwrap();
        s
    }

    #[test]
    fn writes_like_cpython() {
        assert_eq!(hex(1.0), "0x1.0000000000000p+0");
        assert_eq!(hex(-0.5), "-0x1.0000000000000p-1");
        assert_eq!(hex(0.0), "0x0.0p+0");
        assert_eq!(hex(-0.0), "-0x0.0p+0");
        assert_eq!(hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(hex(f64::MAX), "0x1.fffffffffffffp+1023");
    }

    #[test]
    fn parses_and_rounds() {
        assert_eq!(parse_float_hex("0x1p0"), Ok(1.0));
        assert_eq!(parse_float_hex(" -0x1.8p1 "), Ok(-3.0));
        assert_eq!(parse_float_hex("1.fffffffffffffp+1023"), Ok(f64::MAX));
        assert_eq!(parse_float_hex("0x0.0000000000001p-1022"), Ok(5e-324));
        // Halfway between 1 and the next double rounds to even (1); just above rounds up.
        assert_eq!(parse_float_hex("0x1.00000000000008p0"), Ok(1.0));
        assert_eq!(
            parse_float_hex("0x1.000000000000081p0"),
            Ok(1.0 + f64::EPSILON)
        );
        assert_eq!(parse_float_hex("0x1p-1080"), Ok(0.0));
        assert_eq!(parse_float_hex("0x1p10000"), Err(HexFloatError::Overflow));
        assert_eq!(
            parse_float_hex("0x1.fffffffffffff8p+1023"),
            Err(HexFloatError::Overflow)
        );
        assert_eq!(parse_float_hex("0x"), Err(HexFloatError::Invalid));
        assert_eq!(parse_float_hex("0x1p"), Err(HexFloatError::Invalid));
        for i in 1..2000 {
            let x = i as f64 / 7.0;
            assert_eq!(parse_float_hex(&hex(x)), Ok(x));
        }
    }
}
