//! Integers as text for `format(n, spec)` / `str.format` (types `b c d o x X n`, the
//! empty type, and `e E f F g G %` through float conversion) and for `%` conversions
//! (`%d %i %u %o %x %X` with flags, width and precision).
//!
//! Integers arrive as an [`IntRef`] (sign + magnitude) with caller buffers for the
//! digits (sized by [`int_format_buffer_lens`]), or as an `i64` using stack buffers.

use core::fmt::{self, Write};

use super::bigint::{self, IntRef};
use super::float_format::format_float;
use super::format_spec::{
    write_number, FormatError, FormatSpec, NumberParts, NumberTail, SpecError,
};
use super::percent::{write_percent_number, PercentSpec};

/// Buffer lengths `(digit bytes, scratch limbs)` that [`format_int`] and
/// [`format_int_percent`] need for a magnitude of `mag_len` limbs, for any base.
pub fn int_format_buffer_lens(mag_len: usize) -> (usize, usize) {
    (
        bigint::to_str_radix_len(mag_len, 2),
        bigint::to_str_radix_scratch_len(mag_len, 10),
    )
}

/// Digit bytes and scratch limbs that cover any i64.
const I64_DIGITS: usize = 66;
const I64_SCRATCH: usize = 8;

/// `digit_buf[..n]` as the digits of `|x|` in `radix`.
fn digits_of<'a>(
    x: IntRef,
    radix: u32,
    upper: bool,
    digit_buf: &'a mut [u8],
    scratch: &mut [u32],
) -> Result<&'a [u8], FormatError> {
    let n = bigint::to_str_radix(x.mag, radix, upper, digit_buf, scratch)
        .map_err(|_| FormatError::BufferTooSmall)?;
    digit_buf.get(..n).ok_or(FormatError::BufferTooSmall)
}

/// `format(x, spec)` for an int, with a spec from [`FormatSpec::parse_for_int`].
pub fn format_int(
    out: &mut dyn Write,
    x: IntRef,
    spec: &FormatSpec,
    digit_buf: &mut [u8],
    scratch: &mut [u32],
) -> Result<(), FormatError> {
    let (radix, prefix, upper) = match spec.ty {
        Some('b') => (2, "0b", false),
        Some('o') => (8, "0o", false),
        Some('x') => (16, "0x", false),
        Some('X') => (16, "0X", true),
        None | Some('d' | 'n') => (10, "", false),
        Some('c') => return format_char(out, x, spec),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let value = bigint::to_f64(x).map_err(|_| FormatError::IntTooLargeForFloat)?;
            return format_float(out, value, spec);
        }
        Some(ty) => return Err(SpecError::UnknownCode { ty }.into()),
    };
    check_int_spec(spec)?;
    let digits = digits_of(x, radix, upper, digit_buf, scratch)?;
    let parts = NumberParts {
        negative: x.negative,
        prefix: if spec.alternate { prefix } else { "" },
        digits,
        tail: &"",
    };
    write_number(out, spec, &parts)?;
    Ok(())
}

/// `format(v, spec)` for a small int.
pub fn format_i64(out: &mut dyn Write, v: i64, spec: &FormatSpec) -> Result<(), FormatError> {
    let mut limbs = [0u32; 2];
    let x = IntRef::from_i64(v, &mut limbs);
    let mut digit_buf = [0u8; I64_DIGITS];
    let mut scratch = [0u32; I64_SCRATCH];
    format_int(out, x, spec, &mut digit_buf, &mut scratch)
}

/// CPython's checks for the integer presentation types.
fn check_int_spec(spec: &FormatSpec) -> Result<(), SpecError> {
    if spec.precision.is_some() {
        return Err(SpecError::PrecisionWithInt);
    }
    if spec.no_neg_zero {
        return Err(SpecError::NegZeroWithInt);
    }
    Ok(())
}

/// The `c` type: the code point `x` as a one-character number body.
fn format_char(out: &mut dyn Write, x: IntRef, spec: &FormatSpec) -> Result<(), FormatError> {
    check_int_spec(spec)?;
    if spec.sign.is_some() {
        return Err(SpecError::SignWithChar.into());
    }
    if spec.alternate {
        return Err(SpecError::AltWithChar.into());
    }
    // surrogates have no UTF-8 form, so they are out of range here too
    let c = bigint::to_i64(x).ok_or(FormatError::CLongOverflow)?;
    let c = u32::try_from(c)
        .ok()
        .and_then(char::from_u32)
        .ok_or(FormatError::CharOutOfRange)?;
    let mut utf8 = [0u8; 4];
    let body: &str = c.encode_utf8(&mut utf8);
    let parts = NumberParts {
        negative: false,
        prefix: "",
        digits: &[],
        tail: &body,
    };
    write_number(out, spec, &parts)?;
    Ok(())
}

/// Digits zero-extended on the left to a minimum count (`%` precision).
struct ZeroExtended<'a> {
    zeros: usize,
    digits: &'a [u8],
}

impl NumberTail for ZeroExtended<'_> {
    fn char_len(&self) -> usize {
        self.zeros + self.digits.len()
    }
    fn write_to(&self, out: &mut dyn Write) -> fmt::Result {
        super::format_spec::write_fill(out, '0', self.zeros)?;
        out.write_str(core::str::from_utf8(self.digits).map_err(|_| fmt::Error)?)
    }
}

/// `'%d' % x` and friends: conversions `d i u o x X` with `#` (`0o`/`0x`/`0X`
/// prefixes), `0`, `-`, `+`, ` `, width, and precision (minimum digit count).
pub fn format_int_percent(
    out: &mut dyn Write,
    x: IntRef,
    spec: &PercentSpec,
    digit_buf: &mut [u8],
    scratch: &mut [u32],
) -> Result<(), FormatError> {
    let (radix, prefix, upper) = match spec.conversion {
        'o' => (8, "0o", false),
        'x' => (16, "0x", false),
        'X' => (16, "0X", true),
        _ => (10, "", false),
    };
    let digits = digits_of(x, radix, upper, digit_buf, scratch)?;
    let body = ZeroExtended {
        zeros: spec.precision.unwrap_or(0).saturating_sub(digits.len()),
        digits,
    };
    let prefix = if spec.alternate { prefix } else { "" };
    write_percent_number(out, spec, x.negative, prefix, &body)?;
    Ok(())
}

/// [`format_int_percent`] for a small int.
pub fn format_i64_percent(
    out: &mut dyn Write,
    v: i64,
    spec: &PercentSpec,
) -> Result<(), FormatError> {
    let mut limbs = [0u32; 2];
    let x = IntRef::from_i64(v, &mut limbs);
    let mut digit_buf = [0u8; I64_DIGITS];
    let mut scratch = [0u32; I64_SCRATCH];
    format_int_percent(out, x, spec, &mut digit_buf, &mut scratch)
}

#[cfg(test)]
mod tests {
    use alloc::string::String;
    use alloc::vec;

    use super::*;
    use crate::num::bigint::BigIntOwned;
    use crate::num::percent::parse_percent;
    use crate::num::test_tables::{rows, Mismatches};

    fn error_text(e: FormatError, spec: &str) -> String {
        match e {
            FormatError::Spec(e) => {
                let mut msg = String::from("!ValueError: ");
                e.write_message(&mut msg, spec, "int").unwrap();
                msg
            }
            FormatError::CharOutOfRange => "!OverflowError: %c arg not in range(0x110000)".into(),
            FormatError::CLongOverflow => {
                "!OverflowError: Python int too large to convert to C long".into()
            }
            FormatError::IntTooLargeForFloat => {
                "!OverflowError: int too large to convert to float".into()
            }
            other => alloc::format!("!{other:?}"),
        }
    }

    /// `format(v, spec)` through both the big and (when it fits) the i64 path.
    fn format(v: &BigIntOwned, spec: &str) -> String {
        let (digits, limbs) = int_format_buffer_lens(v.mag.len());
        let (mut digit_buf, mut scratch) = (vec![0u8; digits], vec![0u32; limbs]);
        let mut s = String::new();
        let result = FormatSpec::parse_for_int(spec)
            .map_err(FormatError::Spec)
            .and_then(|p| format_int(&mut s, v.view(), &p, &mut digit_buf, &mut scratch));
        let big = result.map(|()| s).unwrap_or_else(|e| error_text(e, spec));
        if let Some(small) = crate::num::bigint::to_i64(v.view()) {
            let mut s = String::new();
            let result = FormatSpec::parse_for_int(spec)
                .map_err(FormatError::Spec)
                .and_then(|p| format_i64(&mut s, small, &p));
            assert_eq!(
                result.map(|()| s).unwrap_or_else(|e| error_text(e, spec)),
                big
            );
        }
        big
    }

    fn percent(v: &BigIntOwned, spec: &str) -> String {
        let d = parse_percent(spec, 0).unwrap();
        let spec = PercentSpec::from_directive(&d, 0, 0);
        let (digits, limbs) = int_format_buffer_lens(v.mag.len());
        let (mut digit_buf, mut scratch) = (vec![0u8; digits], vec![0u32; limbs]);
        let mut s = String::new();
        format_int_percent(&mut s, v.view(), &spec, &mut digit_buf, &mut scratch).unwrap();
        if let Some(small) = crate::num::bigint::to_i64(v.view()) {
            let mut t = String::new();
            format_i64_percent(&mut t, small, &spec).unwrap();
            assert_eq!(t, s);
        }
        s
    }

    fn int(text: &str) -> BigIntOwned {
        BigIntOwned::parse(text, 10).unwrap()
    }

    #[test]
    fn documented_examples() {
        let cases: &[(&str, &str, &str)] = &[
            ("255", "#X", "0XFF"),
            ("255", "#_b", "0b1111_1111"),
            ("1234567", "_x", "12_d687"),
            ("1234567", ",", "1,234,567"),
            ("1234", "08,", "0,001,234"),
            ("1234", "0=12,", "0,000,001,234"),
            ("65", "3c", "  A"),
            ("65", "05c", "0000A"),
            ("-1", "c", "!OverflowError: %c arg not in range(0x110000)"),
            (
                "55296",
                "c",
                "!OverflowError: %c arg not in range(0x110000)",
            ),
            ("1", "x<05", "1xxxx"),
            ("1", "<05", "10000"),
            ("-5", "+015_", "-00_000_000_005"),
            ("7", ".2f", "7.00"),
            (
                "1",
                ".2",
                "!ValueError: Precision not allowed in integer format specifier",
            ),
            (
                "1",
                "q",
                "!ValueError: Unknown format code 'q' for object of type 'int'",
            ),
        ];
        for &(v, spec, expect) in cases {
            assert_eq!(format(&int(v), spec), expect, "format({v}, {spec:?})");
        }
        let huge = BigIntOwned::from_i128(1).shl(1100);
        assert_eq!(
            format(&huge, "e"),
            "!OverflowError: int too large to convert to float"
        );
    }

    #[test]
    fn matches_cpython_format_table() {
        let mut m = Mismatches::default();
        for row in rows(include_str!("testdata/int_format.txt")) {
            let v = int(&row[0]);
            m.check(
                &alloc::format!("format({}, {:?})", row[0], row[1]),
                &format(&v, &row[1]),
                &row[2],
            );
        }
        m.assert_none(1900);
    }

    #[test]
    fn matches_cpython_percent_table() {
        let mut m = Mismatches::default();
        for row in rows(include_str!("testdata/percent.txt")).filter(|r| r[0] == "i") {
            let v = int(&row[1]);
            m.check(
                &alloc::format!("{:?} % {}", row[2], row[1]),
                &percent(&v, &row[2]),
                &row[3],
            );
        }
        m.assert_none(1500);
    }
}
