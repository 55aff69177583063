//! printf-style `%` formatting for numbers: parsing one conversion directive of a
//! format string (`%(key)#+08.3d`), the resolved [`PercentSpec`], and the padding rules
//! shared by integer and float conversions. The str-level driver (walking the format
//! string, fetching arguments, `%s`/`%r`/`%c`) belongs to the caller.

use core::fmt::{self, Write};

use super::format_spec::{write_fill, NumberTail};

/// A width or precision as written: absent, `*` (taken from the arguments), or digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    Absent,
    Star,
    Value(usize),
}

/// One parsed directive: everything between `%` and the conversion character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PercentDirective<'a> {
    /// The mapping key of `%(key)s`.
    pub key: Option<&'a str>,
    pub left: bool,
    pub plus: bool,
    pub space: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Count,
    pub precision: Count,
    /// The conversion character; `%` only for the literal `%%`.
    pub conversion: char,
    /// Byte index just past the directive.
    pub end: usize,
}

/// Why a directive is malformed; all are ValueError.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentError {
    /// "incomplete format"
    Incomplete,
    /// "incomplete format key"
    IncompleteKey,
    /// "unsupported format character 'q' (0x71) at index 5" (index in characters)
    Unsupported { ch: char, index: usize },
    /// "width too big"
    WidthTooBig,
    /// "precision too big"
    PrecisionTooBig,
}

impl PercentError {
    pub fn write_message(&self, out: &mut dyn Write) -> fmt::Result {
        match *self {
            PercentError::Incomplete => out.write_str("incomplete format"),
            PercentError::IncompleteKey => out.write_str("incomplete format key"),
            PercentError::Unsupported { ch, index } => {
                let shown = if (' '..='~').contains(&ch) { ch } else { '?' };
                write!(
                    out,
                    "unsupported format character '{shown}' (0x{:x}) at index {index}",
                    u32::from(ch)
                )
            }
            PercentError::WidthTooBig => out.write_str("width too big"),
            PercentError::PrecisionTooBig => out.write_str("precision too big"),
        }
    }
}

const SUPPORTED: &str = "sradiuoxXeEfFgGc";

/// Reads digits at byte `pos`, failing with `too_big` past `limit`.
fn read_count(
    bytes: &[u8],
    pos: &mut usize,
    limit: u64,
    too_big: PercentError,
) -> Result<Count, PercentError> {
    if bytes.get(*pos) == Some(&b'*') {
        *pos += 1;
        return Ok(Count::Star);
    }
    let start = *pos;
    let mut value: u64 = 0;
    while let Some(&d @ b'0'..=b'9') = bytes.get(*pos) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(d - b'0')))
            .filter(|&v| v <= limit)
            .ok_or(too_big)?;
        *pos += 1;
    }
    if *pos == start {
        Ok(Count::Absent)
    } else {
        usize::try_from(value)
            .map(Count::Value)
            .map_err(|_| too_big)
    }
}

/// Parses the directive whose `%` is at byte index `percent_at` of `text`.
pub fn parse_percent(text: &str, percent_at: usize) -> Result<PercentDirective<'_>, PercentError> {
    let bytes = text.as_bytes();
    let mut pos = percent_at + 1;
    let mut d = PercentDirective {
        key: None,
        left: false,
        plus: false,
        space: false,
        alternate: false,
        zero: false,
        width: Count::Absent,
        precision: Count::Absent,
        conversion: '%',
        end: pos,
    };
    if bytes.get(pos) == Some(&b'%') {
        d.end = pos + 1;
        return Ok(d);
    }
    if bytes.get(pos) == Some(&b'(') {
        let key_start = pos + 1;
        let mut depth = 1;
        pos += 1;
        while depth > 0 {
            match bytes.get(pos) {
                None => return Err(PercentError::IncompleteKey),
                Some(b'(') => depth += 1,
                Some(b')') => depth -= 1,
                Some(_) => {}
            }
            pos += 1;
        }
        d.key = text.get(key_start..pos - 1);
    }
    loop {
        match bytes.get(pos) {
            Some(b'-') => d.left = true,
            Some(b'+') => d.plus = true,
            Some(b' ') => d.space = true,
            Some(b'#') => d.alternate = true,
            Some(b'0') => d.zero = true,
            _ => break,
        }
        pos += 1;
    }
    d.width = read_count(bytes, &mut pos, i64::MAX as u64, PercentError::WidthTooBig)?;
    if bytes.get(pos) == Some(&b'.') {
        pos += 1;
        d.precision = match read_count(
            bytes,
            &mut pos,
            i32::MAX as u64,
            PercentError::PrecisionTooBig,
        )? {
            Count::Absent => Count::Value(0),
            other => other,
        };
    }
    while matches!(bytes.get(pos), Some(b'h' | b'l' | b'L')) {
        pos += 1;
    }
    let ch = text
        .get(pos..)
        .and_then(|rest| rest.chars().next())
        .ok_or(PercentError::Incomplete)?;
    if !SUPPORTED.contains(ch) {
        let index = text.get(..pos).map_or(pos, |s| s.chars().count());
        return Err(PercentError::Unsupported { ch, index });
    }
    d.conversion = ch;
    d.end = pos + ch.len_utf8();
    Ok(d)
}

/// A numeric conversion with `*` counts resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// `-`: pad on the right.
    pub left: bool,
    /// `+`: sign on non-negative numbers.
    pub plus: bool,
    /// ` `: space on non-negative numbers (`+` wins).
    pub space: bool,
    /// `#`: `0o`/`0x` prefixes, a kept decimal point.
    pub alternate: bool,
    /// `0`: pad with zeros after the sign (ignored with `-`).
    pub zero: bool,
    pub width: usize,
    pub precision: Option<usize>,
    pub conversion: char,
}

impl PercentSpec {
    /// The spec of a parsed directive, given the values of its `*` counts. A
    /// negative `*` width means left alignment, as in CPython; a negative `*`
    /// precision counts as zero.
    pub fn from_directive(
        d: &PercentDirective,
        star_width: i64,
        star_precision: i64,
    ) -> PercentSpec {
        let (width, left) = match d.width {
            Count::Absent => (0, d.left),
            Count::Value(w) => (w, d.left),
            Count::Star => (
                usize::try_from(star_width.unsigned_abs()).unwrap_or(usize::MAX),
                d.left || star_width < 0,
            ),
        };
        let precision = match d.precision {
            Count::Absent => None,
            Count::Value(p) => Some(p),
            Count::Star => Some(usize::try_from(star_precision.max(0)).unwrap_or(usize::MAX)),
        };
        PercentSpec {
            left,
            plus: d.plus,
            space: d.space,
            alternate: d.alternate,
            zero: d.zero,
            width,
            precision,
            conversion: d.conversion,
        }
    }

    /// A spec with no flags, width or precision.
    pub fn plain(conversion: char) -> PercentSpec {
        PercentSpec {
            left: false,
            plus: false,
            space: false,
            alternate: false,
            zero: false,
            width: 0,
            precision: None,
            conversion,
        }
    }
}

/// Writes `[sign][prefix][body]` padded to the spec's width: spaces on the left, or
/// on the right with `-`, or zeros between prefix and body with `0`.
pub fn write_percent_number(
    out: &mut dyn Write,
    spec: &PercentSpec,
    negative: bool,
    prefix: &str,
    body: &dyn NumberTail,
) -> fmt::Result {
    let sign = if negative {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.space {
        " "
    } else {
        ""
    };
    let len = sign.len() + prefix.len() + body.char_len();
    let padding = spec.width.saturating_sub(len);
    if spec.left {
        out.write_str(sign)?;
        out.write_str(prefix)?;
        body.write_to(out)?;
        write_fill(out, ' ', padding)
    } else if spec.zero {
        out.write_str(sign)?;
        out.write_str(prefix)?;
        write_fill(out, '0', padding)?;
        body.write_to(out)
    } else {
        write_fill(out, ' ', padding)?;
        out.write_str(sign)?;
        out.write_str(prefix)?;
        body.write_to(out)
    }
}

#[cfg(test)]
mod tests {
    use alloc::string::String;

    use super::*;
    use crate::num::float_format::format_float_percent;
    use crate::num::test_tables::{float_from_hex, rows, Mismatches};

    fn message(text: &str) -> String {
        let mut s = String::new();
        parse_percent(text, 0)
            .unwrap_err()
            .write_message(&mut s)
            .unwrap();
        s
    }

    #[test]
    fn parses_directives() {
        let d = parse_percent("%(name)-+ #08.3lx rest", 0).unwrap();
        assert_eq!(d.key, Some("name"));
        assert!(d.left && d.plus && d.space && d.alternate && d.zero);
        assert_eq!(
            (d.width, d.precision, d.conversion),
            (Count::Value(8), Count::Value(3), 'x')
        );
        assert_eq!(d.end, 17);
        let d = parse_percent("ab%*.*f", 2).unwrap();
        assert_eq!((d.width, d.precision, d.end), (Count::Star, Count::Star, 7));
        let d = parse_percent("%%", 0).unwrap();
        assert_eq!((d.conversion, d.end), ('%', 2));
        let d = parse_percent("%(a(b))s", 0).unwrap();
        assert_eq!(d.key, Some("a(b)"));
        let d = parse_percent("%.f", 0).unwrap();
        assert_eq!(d.precision, Count::Value(0));
        let spec = PercentSpec::from_directive(&parse_percent("%*.*d", 0).unwrap(), -5, -3);
        assert!(spec.left);
        assert_eq!((spec.width, spec.precision), (5, Some(0)));
    }

    #[test]
    fn reports_cpython_errors() {
        assert_eq!(message("%"), "incomplete format");
        assert_eq!(message("%(a"), "incomplete format key");
        assert_eq!(message("%5"), "incomplete format");
        assert_eq!(
            message("%.q"),
            "unsupported format character 'q' (0x71) at index 2"
        );
        assert_eq!(
            message("%10.5q"),
            "unsupported format character 'q' (0x71) at index 5"
        );
        assert_eq!(
            message("%ñ"),
            "unsupported format character '?' (0xf1) at index 1"
        );
        assert_eq!(
            message("%5%"),
            "unsupported format character '%' (0x25) at index 2"
        );
        assert_eq!(message("%99999999999999999999d"), "width too big");
        assert_eq!(message("%.2147483648f"), "precision too big");
        let mut s = String::new();
        parse_percent("ab%ä%q", 2)
            .unwrap_err()
            .write_message(&mut s)
            .unwrap();
        assert_eq!(s, "unsupported format character '?' (0xe4) at index 3");
    }

    #[test]
    fn float_conversions_match_cpython_table() {
        let mut m = Mismatches::default();
        for row in rows(include_str!("testdata/percent.txt")).filter(|r| r[0] == "f") {
            let x = float_from_hex(&row[1]);
            let d = parse_percent(&row[2], 0).unwrap();
            let mut s = String::new();
            format_float_percent(&mut s, x, &PercentSpec::from_directive(&d, 0, 0)).unwrap();
            m.check(&alloc::format!("{:?} % {x:?}", row[2]), &s, &row[3]);
        }
        m.assert_none(1000);
    }
}
