//! The format-spec mini-language of `format()` / `str.format` / f-strings:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`, parsed into a
//! [`FormatSpec`] with CPython 3.11's validation and error messages, plus the layout
//! step shared by all numbers ([`write_number`]: sign, prefix, `=` padding, thousands
//! grouping, zero fill) and by strings ([`write_aligned`], [`format_str`]).

use core::fmt::{self, Write};

/// Where padding goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: between the sign (and prefix) and the digits.
    AfterSign,
}

/// The sign option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// `-`: only negative numbers get a sign (the default).
    Minus,
    /// `+`: always a sign.
    Plus,
    /// ` `: a space for non-negative numbers.
    Space,
}

/// The thousands separator option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    Comma,
    Underscore,
}

impl Grouping {
    pub fn separator(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec, with the type's defaults already applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character (`'0'` after a leading `0` flag, `' '` by default).
    pub fill: char,
    pub align: Align,
    /// `None` when no sign option was written.
    pub sign: Option<Sign>,
    /// `z`: negative zero after rounding prints without its sign.
    pub no_neg_zero: bool,
    /// `#`
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type; `None` is the empty type.
    pub ty: Option<char>,
}

/// Why a format spec is rejected; [`SpecError::write_message`] gives CPython's text.
/// All are ValueError.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpecError {
    /// Unparsed characters remain.
    Invalid,
    MissingPrecision,
    TooManyDigits,
    CommaAndUnderscore,
    SeparatorWithType {
        separator: char,
        ty: char,
    },
    UnknownCode {
        ty: char,
    },
    PrecisionWithInt,
    NegZeroWithInt,
    SignWithChar,
    AltWithChar,
    SignWithStr,
    NegZeroWithStr,
    AltWithStr,
    EqualsAlignWithStr,
    PrecisionTooBig,
    ZeroPadWithComplex,
    EqualsAlignWithComplex,
}

/// Writes a type code as CPython's messages show it: itself if printable ASCII,
/// otherwise `\x` and its hex value.
fn write_code(out: &mut dyn Write, c: char) -> fmt::Result {
    if ('\u{21}'..'\u{80}').contains(&c) {
        out.write_char(c)
    } else {
        write!(out, "\\x{:x}", u32::from(c))
    }
}

impl SpecError {
    /// The ValueError message. `spec` is the whole spec text and `type_name` the
    /// formatted object's type name (`int`, `float`, `str`...).
    pub fn write_message(&self, out: &mut dyn Write, spec: &str, type_name: &str) -> fmt::Result {
        match *self {
            SpecError::Invalid => write!(
                out,
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            ),
            SpecError::MissingPrecision => out.write_str("Format specifier missing precision"),
            SpecError::TooManyDigits => out.write_str("Too many decimal digits in format string"),
            SpecError::CommaAndUnderscore => out.write_str("Cannot specify both ',' and '_'."),
            SpecError::SeparatorWithType { separator, ty } => {
                write!(out, "Cannot specify '{separator}' with '")?;
                write_code(out, ty)?;
                out.write_str("'.")
            }
            SpecError::UnknownCode { ty } => {
                out.write_str("Unknown format code '")?;
                write_code(out, ty)?;
                write!(out, "' for object of type '{type_name}'")
            }
            SpecError::PrecisionWithInt => {
                out.write_str("Precision not allowed in integer format specifier")
            }
            SpecError::NegZeroWithInt => {
                out.write_str("Negative zero coercion (z) not allowed in integer format specifier")
            }
            SpecError::SignWithChar => {
                out.write_str("Sign not allowed with integer format specifier 'c'")
            }
            SpecError::AltWithChar => {
                out.write_str("Alternate form (#) not allowed with integer format specifier 'c'")
            }
            SpecError::SignWithStr => out.write_str("Sign not allowed in string format specifier"),
            SpecError::NegZeroWithStr => {
                out.write_str("Negative zero coercion (z) not allowed in string format specifier")
            }
            SpecError::AltWithStr => {
                out.write_str("Alternate form (#) not allowed in string format specifier")
            }
            SpecError::EqualsAlignWithStr => {
                out.write_str("'=' alignment not allowed in string format specifier")
            }
            SpecError::PrecisionTooBig => out.write_str("precision too big"),
            SpecError::ZeroPadWithComplex => {
                out.write_str("Zero padding is not allowed in complex format specifier")
            }
            SpecError::EqualsAlignWithComplex => {
                out.write_str("'=' alignment flag is not allowed in complex format specifier")
            }
        }
    }
}

/// Why formatting a value failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// ValueError with the spec's message.
    Spec(SpecError),
    /// OverflowError "%c arg not in range(0x110000)".
    CharOutOfRange,
    /// OverflowError "Python int too large to convert to C long" (`c` with an int
    /// beyond 64 bits, as CPython reports it).
    CLongOverflow,
    /// OverflowError "int too large to convert to float" (an int formatted with a
    /// float presentation type).
    IntTooLargeForFloat,
    /// A caller buffer was shorter than its `*_len` companion asks for.
    BufferTooSmall,
    /// The `core::fmt::Write` sink failed.
    Write,
}

impl From<fmt::Error> for FormatError {
    fn from(_: fmt::Error) -> Self {
        FormatError::Write
    }
}

impl From<SpecError> for FormatError {
    fn from(e: SpecError) -> Self {
        FormatError::Spec(e)
    }
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads decimal digits at the front of `rest`; `Ok(None)` when there are none.
fn parse_count(rest: &mut &str) -> Result<Option<usize>, SpecError> {
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 {
        return Ok(None);
    }
    let (digits, tail) = rest.split_at(n);
    *rest = tail;
    let mut value: u64 = 0;
    for d in digits.bytes() {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(d - b'0')))
            .filter(|&v| v <= i64::MAX as u64)
            .ok_or(SpecError::TooManyDigits)?;
    }
    usize::try_from(value)
        .map(Some)
        .map_err(|_| SpecError::TooManyDigits)
}

/// Consumes `c` from the front of `rest` if it is there.
fn eat(rest: &mut &str, c: char) -> bool {
    match rest.strip_prefix(c) {
        Some(tail) => {
            *rest = tail;
            true
        }
        None => false,
    }
}

impl FormatSpec {
    /// Parses `spec` for a type whose empty type means `default_type` and whose
    /// default alignment is `default_align` (`>` for numbers, `<` for strings).
    pub fn parse(
        spec: &str,
        default_type: Option<char>,
        default_align: Align,
    ) -> Result<FormatSpec, SpecError> {
        let mut rest = spec;
        let mut fill = None;
        let mut align = None;
        let mut chars = spec.chars();
        let (first, second) = (chars.next(), chars.next());
        if let Some(a) = second.and_then(align_of) {
            fill = first;
            align = Some(a);
            rest = chars.as_str();
        } else if let Some(a) = first.and_then(align_of) {
            align = Some(a);
            rest = spec.get(1..).unwrap_or("");
        }
        let sign = match rest.as_bytes().first() {
            Some(b'+') => Some(Sign::Plus),
            Some(b'-') => Some(Sign::Minus),
            Some(b' ') => Some(Sign::Space),
            _ => None,
        };
        if sign.is_some() {
            rest = rest.get(1..).unwrap_or("");
        }
        let no_neg_zero = eat(&mut rest, 'z');
        let alternate = eat(&mut rest, '#');
        if fill.is_none() && eat(&mut rest, '0') {
            fill = Some('0');
            if align.is_none() && default_align == Align::Right {
                align = Some(Align::AfterSign);
            }
        }
        let width = parse_count(&mut rest)?;
        let mut grouping = None;
        if eat(&mut rest, ',') {
            grouping = Some(Grouping::Comma);
        }
        if rest.starts_with('_') {
            if grouping.is_some() {
                return Err(SpecError::CommaAndUnderscore);
            }
            grouping = Some(Grouping::Underscore);
            rest = rest.get(1..).unwrap_or("");
        }
        if rest.starts_with(',') && grouping == Some(Grouping::Underscore) {
            return Err(SpecError::CommaAndUnderscore);
        }
        let mut precision = None;
        if eat(&mut rest, '.') {
            precision = Some(parse_count(&mut rest)?.ok_or(SpecError::MissingPrecision)?);
        }
        let mut tail = rest.chars();
        let ty = tail.next();
        if tail.next().is_some() {
            return Err(SpecError::Invalid);
        }
        let ty = ty.or(default_type);
        if let Some(g) = grouping {
            let allowed = match ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
                Some('b' | 'o' | 'x' | 'X') => g == Grouping::Underscore,
                Some(_) => false,
            };
            if !allowed {
                return Err(SpecError::SeparatorWithType {
                    separator: g.separator(),
                    ty: ty.unwrap_or('\0'),
                });
            }
        }
        Ok(FormatSpec {
            fill: fill.unwrap_or(' '),
            align: align.unwrap_or(default_align),
            sign,
            no_neg_zero,
            alternate,
            width,
            grouping,
            precision,
            ty,
        })
    }

    /// `int.__format__`'s parse: empty type means `d`, numbers align right.
    pub fn parse_for_int(spec: &str) -> Result<FormatSpec, SpecError> {
        FormatSpec::parse(spec, Some('d'), Align::Right)
    }

    /// `float.__format__`'s parse: the empty type stays empty.
    pub fn parse_for_float(spec: &str) -> Result<FormatSpec, SpecError> {
        FormatSpec::parse(spec, None, Align::Right)
    }

    /// `str.__format__`'s parse: empty type means `s`, strings align left.
    pub fn parse_for_str(spec: &str) -> Result<FormatSpec, SpecError> {
        FormatSpec::parse(spec, Some('s'), Align::Left)
    }

    /// Digits per group for this spec's type: 4 for `_` with `b o x X`, else 3.
    pub fn group_size(&self) -> usize {
        match self.ty {
            Some('b' | 'o' | 'x' | 'X') => 4,
            _ => 3,
        }
    }
}

/// The part of a number after its integer digits (decimal point, fraction, exponent,
/// `%`), or all of it when it has no digits (`inf`, `nan`, a `c` character).
pub trait NumberTail {
    /// Length in characters.
    fn char_len(&self) -> usize;
    fn write_to(&self, out: &mut dyn Write) -> fmt::Result;
}

impl NumberTail for &str {
    fn char_len(&self) -> usize {
        self.chars().count()
    }
    fn write_to(&self, out: &mut dyn Write) -> fmt::Result {
        out.write_str(self)
    }
}

/// A number split the way the padding rules need it.
pub struct NumberParts<'a> {
    pub negative: bool,
    /// `0x`, `0o`, `0b` (already in the right case), or empty.
    pub prefix: &'a str,
    /// ASCII digits of the integer part, without grouping; empty for `inf`/`nan`/`c`.
    pub digits: &'a [u8],
    pub tail: &'a dyn NumberTail,
}

/// Writes `count` copies of `c`.
pub fn write_fill(out: &mut dyn Write, c: char, count: usize) -> fmt::Result {
    if c == ' ' || c == '0' {
        let chunk = if c == ' ' {
            "                "
        } else {
            "0000000000000000"
        };
        let mut left = count;
        while left > 0 {
            let n = left.min(chunk.len());
            out.write_str(&chunk[..n])?;
            left -= n;
        }
        Ok(())
    } else {
        (0..count).try_for_each(|_| out.write_char(c))
    }
}

/// Total digit positions (digits plus leading zeros) when `n_digits >= 1` digits are
/// zero-filled to reach `min_width` characters: with grouping the separators count
/// toward the width and a group never starts with a separator.
fn digit_positions(n_digits: usize, min_width: usize, group: Option<usize>) -> usize {
    let Some(g) = group else {
        return n_digits.max(min_width);
    };
    let grouped = |p: usize| p + p.div_ceil(g) - 1;
    if grouped(n_digits) >= min_width {
        return n_digits;
    }
    // grouped() grows by about (g+1)/g per position: start near the answer
    let mut p = (min_width.saturating_add(1) / (g + 1))
        .saturating_mul(g)
        .max(n_digits);
    while grouped(p) < min_width {
        p += 1;
    }
    while p > n_digits && grouped(p - 1) >= min_width {
        p -= 1;
    }
    p
}

/// Writes a number with the spec's sign, fill, alignment, width and grouping, as
/// CPython lays numbers out: `[lpad][sign][prefix][spad][grouped digits][tail][rpad]`.
/// Zero fill with `=` alignment pads inside the digits, so grouping covers the zeros.
pub fn write_number(out: &mut dyn Write, spec: &FormatSpec, parts: &NumberParts) -> fmt::Result {
    let sign = if parts.negative {
        "-"
    } else {
        match spec.sign {
            Some(Sign::Plus) => "+",
            Some(Sign::Space) => " ",
            _ => "",
        }
    };
    let tail_len = parts.tail.char_len();
    let non_digits = sign.len() + parts.prefix.len() + tail_len;
    let width = spec.width.unwrap_or(0);
    let group = spec.grouping.map(|g| (g.separator(), spec.group_size()));
    let (positions, grouped_len) = if parts.digits.is_empty() {
        (0, 0)
    } else {
        let min_width = if spec.fill == '0' && spec.align == Align::AfterSign {
            width.saturating_sub(non_digits)
        } else {
            0
        };
        let p = digit_positions(parts.digits.len(), min_width, group.map(|(_, g)| g));
        let seps = group.map_or(0, |(_, g)| p.div_ceil(g) - 1);
        (p, p + seps)
    };
    let padding = width.saturating_sub(non_digits + grouped_len);
    let (left, inner, right) = match spec.align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    };
    write_fill(out, spec.fill, left)?;
    out.write_str(sign)?;
    out.write_str(parts.prefix)?;
    write_fill(out, spec.fill, inner)?;
    write_grouped(out, parts.digits, positions, group)?;
    parts.tail.write_to(out)?;
    write_fill(out, spec.fill, right)
}

/// Writes `digits` right-aligned in `positions` places (leading zeros), with a
/// separator before every full group counted from the right.
fn write_grouped(
    out: &mut dyn Write,
    digits: &[u8],
    positions: usize,
    group: Option<(char, usize)>,
) -> fmt::Result {
    let zeros = positions.saturating_sub(digits.len());
    let Some((sep, g)) = group else {
        write_fill(out, '0', zeros)?;
        return out.write_str(core::str::from_utf8(digits).map_err(|_| fmt::Error)?);
    };
    let mut pos = 0;
    while pos < positions {
        // the leftmost group may be short
        let run = match (positions - pos) % g {
            0 => g,
            r => r,
        };
        if pos > 0 {
            out.write_char(sep)?;
        }
        let end = pos + run;
        let zero_run = zeros.min(end).saturating_sub(pos);
        write_fill(out, '0', zero_run)?;
        let from = pos.max(zeros) - zeros;
        let to = end - zeros.min(end);
        if to > from {
            let text = digits.get(from..to).ok_or(fmt::Error)?;
            out.write_str(core::str::from_utf8(text).map_err(|_| fmt::Error)?)?;
        }
        pos = end;
    }
    Ok(())
}

/// Writes `body` (of `body_chars` characters) padded with `fill` to `width` per
/// `align` (`=` behaves as right alignment here).
pub fn write_aligned(
    out: &mut dyn Write,
    fill: char,
    align: Align,
    width: Option<usize>,
    body: &str,
    body_chars: usize,
) -> fmt::Result {
    let padding = width.unwrap_or(0).saturating_sub(body_chars);
    let (left, right) = match align {
        Align::Left => (0, padding),
        Align::Center => (padding / 2, padding - padding / 2),
        Align::Right | Align::AfterSign => (padding, 0),
    };
    write_fill(out, fill, left)?;
    out.write_str(body)?;
    write_fill(out, fill, right)
}

/// `format(s, spec)` for a str with a parsed spec ([`FormatSpec::parse_for_str`]):
/// type checks in CPython's order, precision truncates to that many characters, then
/// fill/align/width.
pub fn format_str(out: &mut dyn Write, spec: &FormatSpec, s: &str) -> Result<(), FormatError> {
    match spec.ty {
        None | Some('s') => {}
        Some(ty) => return Err(SpecError::UnknownCode { ty }.into()),
    }
    if spec.sign.is_some() {
        return Err(SpecError::SignWithStr.into());
    }
    if spec.no_neg_zero {
        return Err(SpecError::NegZeroWithStr.into());
    }
    if spec.alternate {
        return Err(SpecError::AltWithStr.into());
    }
    if spec.align == Align::AfterSign {
        return Err(SpecError::EqualsAlignWithStr.into());
    }
    let body = match spec.precision {
        Some(p) => s.char_indices().nth(p).map_or(s, |(i, _)| &s[..i]),
        None => s,
    };
    let chars = if spec.width.is_some() {
        body.chars().count()
    } else {
        0
    };
    write_aligned(out, spec.fill, spec.align, spec.width, body, chars)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use alloc::string::String;

    use super::*;

    #[test]
    fn parses_every_field() {
        let spec = FormatSpec::parse_for_float("€^+z#012_.3e").unwrap();
        assert_eq!(
            spec,
            FormatSpec {
                fill: '€',
                align: Align::Center,
                sign: Some(Sign::Plus),
                no_neg_zero: true,
                alternate: true,
                width: Some(12),
                grouping: Some(Grouping::Underscore),
                precision: Some(3),
                ty: Some('e'),
            }
        );
        let spec = FormatSpec::parse_for_int("010").unwrap();
        assert_eq!(
            (spec.fill, spec.align, spec.width),
            ('0', Align::AfterSign, Some(10))
        );
        let spec = FormatSpec::parse_for_str("010").unwrap();
        assert_eq!(
            (spec.fill, spec.align, spec.ty),
            ('0', Align::Left, Some('s'))
        );
        let spec = FormatSpec::parse_for_int("x<05").unwrap();
        assert_eq!((spec.fill, spec.width), ('x', Some(5)));
        assert_eq!(FormatSpec::parse_for_int("<<").unwrap().fill, '<');
        assert_eq!(FormatSpec::parse_for_float("").unwrap().ty, None);
    }

    fn error(spec: &str, parse: fn(&str) -> Result<FormatSpec, SpecError>, ty: &str) -> String {
        let mut s = String::new();
        parse(spec)
            .unwrap_err()
            .write_message(&mut s, spec, ty)
            .unwrap();
        s
    }

    #[test]
    fn rejects_like_cpython() {
        let int = FormatSpec::parse_for_int;
        let string = FormatSpec::parse_for_str;
        assert_eq!(
            error("abc", int, "int"),
            "Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(
            error("0#x", int, "int"),
            "Invalid format specifier '0#x' for object of type 'int'"
        );
        assert_eq!(
            error(".f", FormatSpec::parse_for_float, "float"),
            "Format specifier missing precision"
        );
        assert_eq!(error(",,", int, "int"), "Cannot specify ',' with ','.");
        assert_eq!(error(",_", int, "int"), "Cannot specify both ',' and '_'.");
        assert_eq!(error("_,", int, "int"), "Cannot specify both ',' and '_'.");
        assert_eq!(error(",", string, "str"), "Cannot specify ',' with 's'.");
        assert_eq!(
            error(",\u{1}", int, "int"),
            "Cannot specify ',' with '\\x1'."
        );
        assert_eq!(
            error(",€", int, "int"),
            "Cannot specify ',' with '\\x20ac'."
        );
        assert_eq!(error("_n", int, "int"), "Cannot specify '_' with 'n'.");
        assert_eq!(error(",x", int, "int"), "Cannot specify ',' with 'x'.");
        assert_eq!(
            error("99999999999999999999", int, "int"),
            "Too many decimal digits in format string"
        );
        assert_eq!(
            error(".99999999999999999999", int, "int"),
            "Too many decimal digits in format string"
        );
        assert!(FormatSpec::parse_for_int("_x").is_ok());
    }

    fn format_s(s: &str, spec: &str) -> String {
        let mut out = String::new();
        let result = FormatSpec::parse_for_str(spec)
            .map_err(FormatError::Spec)
            .and_then(|p| format_str(&mut out, &p, s));
        match result {
            Ok(()) => out,
            Err(FormatError::Spec(e)) => {
                let mut msg = String::from("!");
                e.write_message(&mut msg, spec, "str").unwrap();
                msg
            }
            Err(e) => alloc::format!("{e:?}"),
        }
    }

    #[test]
    fn formats_strings_like_cpython() {
        let cases: &[(&str, &str, &str)] = &[
            ("hello", ".2", "he"),
            ("hello", "10", "hello     "),
            ("hello", ">10", "     hello"),
            ("hello", "^10", "  hello   "),
            ("hello", "*^11", "***hello***"),
            ("ab", "05", "ab000"),
            ("ab", "x<05", "abxxx"),
            ("héllo", "^9.3", "   hél   "),
            ("", "3", "   "),
            ("hello", ".0", ""),
            ("hello", "+", "!Sign not allowed in string format specifier"),
            (
                "hello",
                "#",
                "!Alternate form (#) not allowed in string format specifier",
            ),
            (
                "hello",
                "=",
                "!'=' alignment not allowed in string format specifier",
            ),
            (
                "hello",
                "#=",
                "!'=' alignment not allowed in string format specifier",
            ),
            (
                "hello",
                "z",
                "!Negative zero coercion (z) not allowed in string format specifier",
            ),
            (
                "hello",
                "d",
                "!Unknown format code 'd' for object of type 'str'",
            ),
            (
                "hello",
                "+#",
                "!Sign not allowed in string format specifier",
            ),
            (
                "hello",
                ",d",
                "!Unknown format code 'd' for object of type 'str'",
            ),
            ("hello", ",s", "!Cannot specify ',' with 's'."),
        ];
        for &(s, spec, expect) in cases {
            assert_eq!(format_s(s, spec), expect, "format({s:?}, {spec:?})");
        }
    }

    #[test]
    fn zero_fill_with_grouping_never_starts_with_a_separator() {
        assert_eq!(digit_positions(4, 8, Some(3)), 7);
        assert_eq!(digit_positions(4, 9, Some(3)), 7);
        assert_eq!(digit_positions(1, 4, Some(3)), 4);
        assert_eq!(digit_positions(1, 5, Some(3)), 4);
        assert_eq!(digit_positions(7, 3, Some(3)), 7);
        assert_eq!(digit_positions(2, 10, None), 10);
        let huge = 1usize << 40;
        let p = digit_positions(1, huge, Some(4));
        let grouped = |p: usize| p + p.div_ceil(4) - 1;
        assert!(grouped(p) >= huge && grouped(p - 1) < huge);
    }
}
