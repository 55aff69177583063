//! Floats as text with CPython's layout rules, for `repr`, `format(x, spec)`,
//! `str.format` and `'%e' % x`: the `e f g %` presentation types and the empty type,
//! `#`, `z`, precision, upper case, `inf`/`nan` and signed zeros.
//!
//! A float is first reduced to correctly rounded decimal digits ([`Decimal`]), then laid
//! out as CPython's `PyOS_double_to_string` does: a window of "virtual digits" (the
//! digits padded with zeros on both sides) is printed around the decimal point, with an
//! exponent when the type or the magnitude asks for one. The result is kept in parts
//! ([`FloatText`]) so the padding layer can put fill and grouping where they belong.

use core::fmt::{self, Write};

use super::float_digits::Decimal;
use super::format_spec::{
    write_fill, write_number, FormatError, FormatSpec, NumberParts, NumberTail, SpecError,
};
use super::percent::{write_percent_number, PercentSpec};

/// Which digit selection and layout to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatCode {
    /// `e`: one digit before the point, `precision` after, exponent always.
    Exponent,
    /// `f`: `precision` digits after the point, never an exponent.
    Fixed,
    /// `g`: `precision` significant digits, exponent for very large or small values,
    /// trailing zeros dropped unless `#`.
    General,
    /// `repr`: shortest round-trip digits, exponent below 1e-4 and from 1e16.
    Repr,
}

/// How to write a float, as CPython's `PyOS_double_to_string` takes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FloatStyle {
    pub code: FloatCode,
    /// Digits after the point (`e`, `f`) or significant digits (`g`); unused by `repr`.
    pub precision: usize,
    /// `E`/`F`/`G`: upper-case exponent letter and `INF`/`NAN`.
    pub upper: bool,
    /// `#`: keep the decimal point, and `g`'s trailing zeros.
    pub alternate: bool,
    /// Make sure a number without exponent shows a point and a digit after it (`1.0`).
    pub add_dot_0: bool,
    /// `z`: a value that rounds to zero loses its minus sign.
    pub no_neg_zero: bool,
    /// Append `%` (the `%` presentation type; the value is already multiplied).
    pub percent: bool,
}

impl FloatStyle {
    /// `repr(x)` and `str(x)`.
    pub const REPR: FloatStyle = FloatStyle {
        code: FloatCode::Repr,
        precision: 0,
        upper: false,
        alternate: false,
        add_dot_0: true,
        no_neg_zero: false,
        percent: false,
    };

    /// A plain style of `code` with `precision`.
    pub fn new(code: FloatCode, precision: usize) -> FloatStyle {
        FloatStyle {
            code,
            precision,
            add_dot_0: false,
            ..FloatStyle::REPR
        }
    }
}

/// Longest integer part: f64::MAX has 309 digits.
const INT_PART_MAX: usize = 320;

/// A float laid out: sign, integer digits, and a tail (point, fraction, exponent,
/// `%`) that may be arbitrarily long for large precisions and is written lazily.
pub struct FloatText {
    negative: bool,
    special: Option<&'static str>,
    decimal: Decimal,
    int_digits: [u8; INT_PART_MAX],
    int_len: usize,
    point: bool,
    /// Zeros between the point and the first significant digit.
    lead_zeros: usize,
    /// Range of `decimal.digits()` printed after the point.
    frac_digits: (usize, usize),
    trail_zeros: usize,
    exponent: Option<i64>,
    upper: bool,
    percent: bool,
}

impl FloatText {
    pub fn new(x: f64, style: &FloatStyle) -> FloatText {
        let mut text = FloatText {
            negative: x.is_sign_negative() && !x.is_nan(),
            special: None,
            decimal: Decimal::shortest(0.0),
            int_digits: [b'0'; INT_PART_MAX],
            int_len: 0,
            point: false,
            lead_zeros: 0,
            frac_digits: (0, 0),
            trail_zeros: 0,
            exponent: None,
            upper: style.upper,
            percent: style.percent,
        };
        if !x.is_finite() {
            text.special = Some(match (x.is_nan(), style.upper) {
                (true, false) => "nan",
                (true, true) => "NAN",
                (false, false) => "inf",
                (false, true) => "INF",
            });
            return text;
        }
        let precision = i64::try_from(style.precision).unwrap_or(i64::MAX / 2);
        let general_precision = precision.max(1);
        text.decimal = match style.code {
            FloatCode::Repr => Decimal::shortest(x),
            FloatCode::Exponent => Decimal::significant(x, style.precision.saturating_add(1)),
            FloatCode::Fixed => Decimal::fixed(x, style.precision),
            FloatCode::General => Decimal::significant(x, style.precision.max(1)),
        };
        if style.no_neg_zero && text.decimal.is_zero() {
            text.negative = false;
        }
        let len = text.decimal.digits().len() as i64;
        let mut decpt = i64::from(text.decimal.decpt());
        let (use_exp, mut end) = match style.code {
            FloatCode::Exponent => (true, precision.saturating_add(1)),
            FloatCode::Fixed => (false, decpt.saturating_add(precision)),
            FloatCode::General => {
                let limit = if style.add_dot_0 {
                    general_precision - 1
                } else {
                    general_precision
                };
                let end = if style.alternate {
                    general_precision
                } else {
                    len
                };
                (decpt <= -4 || decpt > limit, end)
            }
            FloatCode::Repr => (decpt <= -4 || decpt > 16, len),
        };
        if use_exp {
            text.exponent = Some(decpt - 1);
            decpt = 1;
        }
        // the virtual digits end after the point when a ".0" is wanted
        let min_end = if !use_exp && style.add_dot_0 {
            decpt + 1
        } else {
            decpt
        };
        end = end.max(min_end).max(len);
        let digits = text.decimal.digits();
        if decpt <= 0 {
            text.int_len = 1;
            text.lead_zeros = (-decpt) as usize;
            text.frac_digits = (0, len as usize);
        } else {
            let from_digits = decpt.min(len) as usize;
            let int_len = (decpt as usize).min(INT_PART_MAX);
            text.int_digits[..from_digits.min(int_len)]
                .copy_from_slice(&digits[..from_digits.min(int_len)]);
            text.int_len = int_len;
            text.frac_digits = (from_digits, len as usize);
        }
        text.trail_zeros = usize::try_from(end - decpt.max(len)).unwrap_or(0);
        let frac_len =
            text.lead_zeros + (text.frac_digits.1 - text.frac_digits.0) + text.trail_zeros;
        text.point = frac_len > 0 || style.alternate;
        text
    }

    /// Whether a minus sign is printed.
    pub fn is_negative(&self) -> bool {
        self.negative
    }

    /// The ASCII digits before the decimal point (empty for `inf`/`nan`).
    pub fn int_digits(&self) -> &[u8] {
        self.int_digits.get(..self.int_len).unwrap_or(&[])
    }

    /// Writes sign, digits and tail with no padding.
    pub fn write_plain(&self, out: &mut dyn Write) -> fmt::Result {
        if self.negative {
            out.write_char('-')?;
        }
        out.write_str(core::str::from_utf8(self.int_digits()).map_err(|_| fmt::Error)?)?;
        self.write_to(out)
    }

    fn exponent_len(&self) -> usize {
        self.exponent.map_or(0, |e| {
            let mut digits = 1;
            let mut v = e.unsigned_abs();
            while v >= 10 {
                v /= 10;
                digits += 1;
            }
            2 + digits.max(2)
        })
    }
}

impl NumberTail for FloatText {
    fn char_len(&self) -> usize {
        let percent = usize::from(self.percent);
        if let Some(s) = self.special {
            return s.len() + percent;
        }
        usize::from(self.point)
            + self.lead_zeros
            + (self.frac_digits.1 - self.frac_digits.0)
            + self.trail_zeros
            + self.exponent_len()
            + percent
    }

    fn write_to(&self, out: &mut dyn Write) -> fmt::Result {
        if let Some(s) = self.special {
            out.write_str(s)?;
        } else {
            if self.point {
                out.write_char('.')?;
            }
            write_fill(out, '0', self.lead_zeros)?;
            let frac = self
                .decimal
                .digits()
                .get(self.frac_digits.0..self.frac_digits.1)
                .unwrap_or(&[]);
            out.write_str(core::str::from_utf8(frac).map_err(|_| fmt::Error)?)?;
            write_fill(out, '0', self.trail_zeros)?;
            if let Some(e) = self.exponent {
                let letter = if self.upper { 'E' } else { 'e' };
                let sign = if e < 0 { '-' } else { '+' };
                write!(out, "{letter}{sign}{:02}", e.unsigned_abs())?;
            }
        }
        if self.percent {
            out.write_char('%')?;
        }
        Ok(())
    }
}

/// Writes `x` in `style` with no padding (CPython's `PyOS_double_to_string`).
pub fn write_float(out: &mut dyn Write, x: f64, style: &FloatStyle) -> fmt::Result {
    FloatText::new(x, style).write_plain(out)
}

/// The [`FloatStyle`] for a float presentation type of a format spec (the empty type,
/// `e E f F g G n %`), or the spec error CPython raises for it.
pub fn float_style_for_spec(spec: &FormatSpec) -> Result<FloatStyle, SpecError> {
    let precision = spec.precision;
    if precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(SpecError::PrecisionTooBig);
    }
    let (code, upper, percent) = match spec.ty {
        None if precision.is_none() => (FloatCode::Repr, false, false),
        None | Some('g' | 'n') => (FloatCode::General, false, false),
        Some('G') => (FloatCode::General, true, false),
        Some('e') => (FloatCode::Exponent, false, false),
        Some('E') => (FloatCode::Exponent, true, false),
        Some('f') => (FloatCode::Fixed, false, false),
        Some('F') => (FloatCode::Fixed, true, false),
        Some('%') => (FloatCode::Fixed, false, true),
        Some(ty) => return Err(SpecError::UnknownCode { ty }),
    };
    Ok(FloatStyle {
        code,
        precision: precision.unwrap_or(6),
        upper,
        alternate: spec.alternate,
        add_dot_0: spec.ty.is_none(),
        no_neg_zero: spec.no_neg_zero,
        percent,
    })
}

/// `format(x, spec)` for a float, with a spec from [`FormatSpec::parse_for_float`].
pub fn format_float(out: &mut dyn Write, x: f64, spec: &FormatSpec) -> Result<(), FormatError> {
    let style = float_style_for_spec(spec)?;
    let x = if style.percent { x * 100.0 } else { x };
    let text = FloatText::new(x, &style);
    let parts = NumberParts {
        negative: text.is_negative(),
        prefix: "",
        digits: text.int_digits(),
        tail: &text,
    };
    write_number(out, spec, &parts)?;
    Ok(())
}

/// `'%e' % x` and friends: conversions `e E f F g G` with `#`, `0`, `-`, `+`, ` `,
/// width and precision (default 6).
pub fn format_float_percent(out: &mut dyn Write, x: f64, spec: &PercentSpec) -> fmt::Result {
    let (code, upper) = match spec.conversion {
        'e' => (FloatCode::Exponent, false),
        'E' => (FloatCode::Exponent, true),
        'f' => (FloatCode::Fixed, false),
        'F' => (FloatCode::Fixed, true),
        'G' => (FloatCode::General, true),
        _ => (FloatCode::General, false),
    };
    let style = FloatStyle {
        upper,
        alternate: spec.alternate,
        ..FloatStyle::new(code, spec.precision.unwrap_or(6))
    };
    let text = FloatText::new(x, &style);
    let body = FloatBody(&text);
    write_percent_number(out, spec, text.is_negative(), "", &body)
}

/// A float's digits and tail without its sign, as one padding unit.
struct FloatBody<'a>(&'a FloatText);

impl NumberTail for FloatBody<'_> {
    fn char_len(&self) -> usize {
        self.0.int_len + self.0.char_len()
    }
    fn write_to(&self, out: &mut dyn Write) -> fmt::Result {
        out.write_str(core::str::from_utf8(self.0.int_digits()).map_err(|_| fmt::Error)?)?;
        NumberTail::write_to(self.0, out)
    }
}

#[cfg(test)]
mod tests {
    use alloc::string::String;

    use super::*;
    use crate::num::test_tables::{float_from_hex, rows, Mismatches};

    /// `format(x, spec)` as CPython prints it, errors as `!Type: message`.
    fn format(x: f64, spec: &str) -> String {
        let mut s = String::new();
        let result = FormatSpec::parse_for_float(spec)
            .map_err(FormatError::Spec)
            .and_then(|parsed| format_float(&mut s, x, &parsed));
        match result {
            Ok(()) => s,
            Err(FormatError::Spec(e)) => {
                let mut msg = String::from("!ValueError: ");
                e.write_message(&mut msg, spec, "float").unwrap();
                msg
            }
            Err(other) => alloc::format!("!{other:?}"),
        }
    }

    #[test]
    fn documented_examples() {
        let cases: &[(f64, &str, &str)] = &[
            (1.0, "", "1.0"),
            (1e16, ".3", "1e+16"),
            (123.456, ".2", "1.2e+02"),
            (123.0, ".3", "1.23e+02"),
            (12.0, ".3", "12.0"),
            (1.5, ".0", "2e+00"),
            (1.0, "#.0f", "1."),
            (-0.0001, "z.2f", "0.00"),
            (0.125, ".2f", "0.12"),
            (0.375, ".2f", "0.38"),
            (2.5, ".0f", "2"),
            (1.0, "%", "100.000000%"),
            (1e307, "%", "inf%"),
            (f64::NAN, "+", "+nan"),
            (-f64::NAN, "", "nan"),
            (f64::INFINITY, "010,", "0000000inf"),
            (1.5, "010,", "0,000,001.5"),
            (1234567.0, "n", "1.23457e+06"),
            (100.0, "#.3g", "100."),
            (1.0, "#g", "1.00000"),
            (1e-5, "g", "1e-05"),
            (-1.5, "*=10", "-******1.5"),
            (1e20, "030,.2e", "000,000,000,000,000,001.00e+20"),
            (
                0.1,
                ".50f",
                "0.10000000000000000555111512312578270211815834045410",
            ),
        ];
        for &(x, spec, expect) in cases {
            assert_eq!(format(x, spec), expect, "format({x}, {spec:?})");
        }
    }

    #[test]
    fn huge_precisions_pad_exact_digits_with_zeros() {
        let s = format(0.5, ".2000f");
        assert_eq!(s.len(), 2002);
        assert!(s.starts_with("0.5000") && s.ends_with("000"));
        let s = format(5e-324, ".1100e");
        assert!(s.starts_with("4.9406564584124654417656879286822137236505980261432476442558"));
        assert!(s.ends_with("0000e-324"));
        assert_eq!(
            format(1.0, ".2147483648f"),
            "!ValueError: precision too big"
        );
    }

    #[test]
    fn percent_style_conversions() {
        let spec = |c: char, precision: Option<usize>| PercentSpec {
            precision,
            ..PercentSpec::plain(c)
        };
        let mut s = String::new();
        format_float_percent(&mut s, 12345.678, &spec('e', Some(2))).unwrap();
        assert_eq!(s, "1.23e+04");
        s.clear();
        format_float_percent(&mut s, 1e-10, &spec('G', None)).unwrap();
        assert_eq!(s, "1E-10");
        s.clear();
        let zero_padded = PercentSpec {
            zero: true,
            width: 10,
            ..spec('f', None)
        };
        format_float_percent(&mut s, f64::NEG_INFINITY, &zero_padded).unwrap();
        assert_eq!(s, "-000000inf");
    }

    #[test]
    fn matches_cpython_format_table() {
        let mut m = Mismatches::default();
        for row in rows(include_str!("testdata/float_format.txt")) {
            let x = float_from_hex(&row[0]);
            m.check(
                &alloc::format!("format({x:?}, {:?})", row[1]),
                &format(x, &row[1]),
                &row[2],
            );
        }
        m.assert_none(2500);
    }
}
