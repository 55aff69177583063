//! `format(z, spec)` for complex numbers, laid out as CPython 3.11 does: each part is
//! formatted like a float without padding (the imaginary part always signed unless the
//! real part is left out), then `j`, optional parentheses, and padding around the whole.

use super::float_format::{FloatCode, FloatStyle, FloatText};
use super::format_spec::{
    write_fill, write_number, Align, FormatError, FormatSpec, NumberParts, Sign, SpecError,
};
use core::fmt::{self, Write};

/// Counts the characters written through it.
struct CharCount(usize);

impl Write for CharCount {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 += s.chars().count();
        Ok(())
    }
}

struct Layout {
    re_style: FloatStyle,
    im_style: FloatStyle,
    skip_re: bool,
    parens: bool,
}

fn layout(re: f64, spec: &FormatSpec) -> Result<Layout, FormatError> {
    let (code, upper) = match spec.ty {
        None if spec.precision.is_none() => (FloatCode::Repr, false),
        None | Some('g' | 'n') => (FloatCode::General, false),
        Some('G') => (FloatCode::General, true),
        Some('e') => (FloatCode::Exponent, false),
        Some('E') => (FloatCode::Exponent, true),
        Some('f') => (FloatCode::Fixed, false),
        Some('F') => (FloatCode::Fixed, true),
        Some(ty) => return Err(SpecError::UnknownCode { ty }.into()),
    };
    if spec.fill == '0' {
        return Err(SpecError::ZeroPadWithComplex.into());
    }
    if spec.align == Align::AfterSign {
        return Err(SpecError::EqualsAlignWithComplex.into());
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(SpecError::PrecisionTooBig.into());
    }
    // With no type, it reads like repr(): a zero real part (not -0.0) is left out,
    // otherwise the pair is parenthesised.
    let default_type = spec.ty.is_none();
    let skip_re = default_type && re == 0.0 && re.is_sign_positive();
    let style = FloatStyle {
        code,
        precision: spec.precision.unwrap_or(6),
        upper,
        alternate: spec.alternate,
        add_dot_0: false,
        no_neg_zero: spec.no_neg_zero,
        percent: false,
    };
    Ok(Layout {
        re_style: style,
        im_style: style,
        skip_re,
        parens: default_type && !skip_re,
    })
}

fn write_part(out: &mut dyn Write, x: f64, style: &FloatStyle, spec: &FormatSpec) -> fmt::Result {
    let text = FloatText::new(x, style);
    let part_spec = FormatSpec {
        fill: ' ',
        align: Align::Left,
        width: None,
        ..*spec
    };
    let parts = NumberParts {
        negative: text.is_negative(),
        prefix: "",
        digits: text.int_digits(),
        tail: &text,
    };
    write_number(out, &part_spec, &parts)
}

fn write_body(out: &mut dyn Write, re: f64, im: f64, l: &Layout, spec: &FormatSpec) -> fmt::Result {
    if l.parens {
        out.write_char('(')?;
    }
    if !l.skip_re {
        write_part(out, re, &l.re_style, spec)?;
    }
    let im_spec = if l.skip_re {
        *spec
    } else {
        FormatSpec {
            sign: Some(Sign::Plus),
            ..*spec
        }
    };
    write_part(out, im, &l.im_style, &im_spec)?;
    out.write_char('j')?;
    if l.parens {
        out.write_char(')')?;
    }
    Ok(())
}

/// `format(complex(re, im), spec)` with a spec parsed like a float's (empty type kept).
pub fn format_complex(
    out: &mut dyn Write,
    re: f64,
    im: f64,
    spec: &FormatSpec,
) -> Result<(), FormatError> {
    let l = layout(re, spec)?;
    let mut count = CharCount(0);
    write_body(&mut count, re, im, &l, spec)?;
    let padding = spec.width.unwrap_or(0).saturating_sub(count.0);
    let (left, right) = match spec.align {
        Align::Left => (0, padding),
        Align::Center => (padding / 2, padding - padding / 2),
        Align::Right | Align::AfterSign => (padding, 0),
    };
    write_fill(out, spec.fill, left)?;
    write_body(out, re, im, &l, spec)?;
    write_fill(out, spec.fill, right)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;

    fn fmt(re: f64, im: f64, spec: &str) -> String {
        let parsed = FormatSpec::parse_for_float(spec).unwrap();
        let mut s = String::new();
        format_complex(&mut s, re, im, &parsed).unwrap();
        s
    }

    // Expected strings are CPython 3.11's format(complex(re, im), spec).
    #[test]
    fn matches_cpython() {
        assert_eq!(fmt(1.0, 2.0, ""), "(1+2j)");
        assert_eq!(fmt(0.0, 2.0, ""), "2j");
        assert_eq!(fmt(-0.0, 2.0, ""), "(-0+2j)");
        assert_eq!(fmt(1.5, 2.25, ".2f"), "1.50+2.25j");
        assert_eq!(fmt(1.0, -0.5, "+.2f"), "+1.00-0.50j");
        assert_eq!(fmt(1.0, 2.0, ">10"), "    (1+2j)");
        assert_eq!(fmt(1.0, 2.0, "*^12"), "***(1+2j)***");
        assert_eq!(fmt(3.0, -4.0, "e"), "3.000000e+00-4.000000e+00j");
        assert_eq!(fmt(0.0, 1.0, "g"), "0+1j");
        assert_eq!(fmt(1234.5, 0.0, ",.1f"), "1,234.5+0.0j");
    }

    #[test]
    fn rejects_zero_pad_and_equals() {
        let p = FormatSpec::parse_for_float("010").unwrap();
        let mut s = String::new();
        assert!(format_complex(&mut s, 1.0, 1.0, &p).is_err());
        let p = FormatSpec::parse_for_float("=10").unwrap();
        assert!(format_complex(&mut s, 1.0, 1.0, &p).is_err());
    }
}
