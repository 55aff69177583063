//! String literal bodies: prefixes, escape decoding for str and bytes, and splitting an
//! f-string body into literal text and replacement fields (CPython 3.11 rules: no
//! backslash or `#` inside an expression, conversions `!r !s !a`, format specs with one
//! level of nested fields, `{x=}` self-documenting fields).

use super::token::{FField, FPart};
use crate::compiler::budget::Budget;
use crate::compiler::CompileError;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// What a string prefix (`r`, `b`, `f`, `rb` ...) asks for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
}

/// The prefix spelled by `ident`, if it is one of Python's string prefixes.
pub fn parse_prefix(ident: &[u8]) -> Option<Prefix> {
    let mut p = Prefix::default();
    let mut unicode = false;
    if ident.len() > 2 {
        return None;
    }
    for &c in ident {
        let flag = match c.to_ascii_lowercase() {
            b'r' => &mut p.raw,
            b'b' => &mut p.bytes,
            b'f' => &mut p.fstring,
            b'u' => &mut unicode,
            _ => return None,
        };
        if *flag {
            return None;
        }
        *flag = true;
    }
    let ok = match ident.len() {
        1 => true,
        _ => !(unicode || p.bytes && p.fstring) && p.raw,
    };
    ok.then_some(p)
}

/// Outcome of one escape sequence.
enum Escape {
    /// A character (str) or byte value (bytes, always < 256).
    Value(u32),
    /// Backslash-newline: nothing.
    Nothing,
    /// Not an escape: keep the backslash, continue with the next character.
    KeepBackslash,
}

fn hex_value(digits: &[u8]) -> Option<u32> {
    let mut v: u32 = 0;
    for &d in digits {
        v = v.checked_mul(16)?.checked_add((d as char).to_digit(16)?)?;
    }
    Some(v)
}

/// Decode the escape at `s[i] == b'\\'`; returns the outcome and the bytes consumed.
fn decode_escape(s: &[u8], i: usize, bytes: bool) -> Result<(Escape, usize), String> {
    let c = s.get(i + 1).copied().unwrap_or(0);
    let simple = match c {
        b'\n' => return Ok((Escape::Nothing, 2)),
        b'\r' => {
            let n = if s.get(i + 2) == Some(&b'\n') { 3 } else { 2 };
            return Ok((Escape::Nothing, n));
        }
        b'\\' => Some(b'\\'),
        b'\'' => Some(b'\''),
        b'"' => Some(b'"'),
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(12),
        b'n' => Some(b'\n'),
        b'r' => Some(b'\r'),
        b't' => Some(b'\t'),
        b'v' => Some(11),
        _ => None,
    };
    if let Some(v) = simple {
        return Ok((Escape::Value(u32::from(v)), 2));
    }
    let codec = if bytes {
        "(value error)"
    } else {
        "(unicode error) 'unicodeescape' codec can't decode bytes in"
    };
    match c {
        b'0'..=b'7' => {
            let mut v = 0u32;
            let mut n = 1;
            while n <= 3 {
                match s.get(i + n) {
                    Some(&d @ b'0'..=b'7') => v = v * 8 + u32::from(d - b'0'),
                    _ => break,
                }
                n += 1;
            }
            let v = if bytes { v & 0xff } else { v };
            Ok((Escape::Value(v), n))
        }
        b'x' | b'u' | b'U' if !bytes || c == b'x' => {
            let (want, name) = match c {
                b'x' => (2, "\\xXX"),
                b'u' => (4, "\\uXXXX"),
                _ => (8, "\\UXXXXXXXX"),
            };
            let digits = s.get(i + 2..(i + 2 + want).min(s.len())).unwrap_or(&[]);
            let v = if digits.len() == want {
                hex_value(digits)
            } else {
                None
            };
            match v {
                Some(v) if char::from_u32(v).is_some() => Ok((Escape::Value(v), 2 + want)),
                Some(_) if v.is_some_and(|v| (0xd800..0xe000).contains(&v)) => Err(format!(
                    "{codec} position {}-{}: surrogates not supported",
                    i,
                    i + 1 + want
                )),
                Some(_) => Err(format!(
                    "{codec} position {}-{}: illegal Unicode character",
                    i,
                    i + 1 + want
                )),
                None if bytes => Err(format!("{codec} invalid \\x escape at position {i}")),
                None => Err(format!(
                    "{codec} position {}-{}: truncated {name} escape",
                    i,
                    i + 1 + digits.iter().take_while(|d| d.is_ascii_hexdigit()).count()
                )),
            }
        }
        b'N' if !bytes => {
            let end = s.get(i..).and_then(|t| t.iter().position(|&b| b == b'}'));
            let last = end.map_or(i + 1, |e| i + e);
            Err(format!(
                "{codec} position {}-{}: unknown Unicode character name",
                i, last
            ))
        }
        _ => Ok((Escape::KeepBackslash, 1)),
    }
}

fn push_char(budget: &Budget, out: &mut String, v: u32) -> Result<(), CompileError> {
    budget.push_char(out, char::from_u32(v).unwrap_or('\u{fffd}'))
}

/// Decode the body of a (non-f) str literal. `Err(Ok(msg))` is a syntax error.
pub fn decode_str(
    body: &str,
    raw: bool,
    budget: &Budget,
) -> Result<Result<String, String>, CompileError> {
    let mut out = String::new();
    budget.push_str(&mut out, "")?;
    let s = body.as_bytes();
    let mut i = 0;
    let mut run_start = 0;
    while i < s.len() {
        let c = s[i];
        if c == b'\r' {
            budget.push_str(&mut out, body.get(run_start..i).unwrap_or(""))?;
            budget.push_char(&mut out, '\n')?;
            i += if s.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            run_start = i;
            continue;
        }
        if c != b'\\' || raw {
            i += 1;
            continue;
        }
        budget.push_str(&mut out, body.get(run_start..i).unwrap_or(""))?;
        match decode_escape(s, i, false) {
            Err(msg) => return Ok(Err(msg)),
            Ok((Escape::Value(v), n)) => {
                push_char(budget, &mut out, v)?;
                i += n;
            }
            Ok((Escape::Nothing, n)) => i += n,
            Ok((Escape::KeepBackslash, n)) => {
                budget.push_char(&mut out, '\\')?;
                i += n;
            }
        }
        run_start = i;
    }
    budget.push_str(&mut out, body.get(run_start..).unwrap_or(""))?;
    Ok(Ok(out))
}

/// Decode the body of a bytes literal. `Err(Ok(msg))` is a syntax error.
pub fn decode_bytes(
    body: &str,
    raw: bool,
    budget: &Budget,
) -> Result<Result<Vec<u8>, String>, CompileError> {
    let s = body.as_bytes();
    if s.iter().any(|&b| b >= 0x80) {
        return Ok(Err(String::from(
            "bytes can only contain ASCII literal characters",
        )));
    }
    let mut out = Vec::new();
    budget.reserve(&mut out, s.len())?;
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if s.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' || raw {
            out.push(c);
            i += 1;
            continue;
        }
        match decode_escape(s, i, true) {
            Err(msg) => return Ok(Err(msg)),
            Ok((Escape::Value(v), n)) => {
                out.push(v as u8);
                i += n;
            }
            Ok((Escape::Nothing, n)) => i += n,
            Ok((Escape::KeepBackslash, n)) => {
                out.push(b'\\');
                i += n;
            }
        }
    }
    Ok(Ok(out))
}

/// Splits one f-string body into parts.
struct FScanner<'a> {
    src: &'a [u8],
    text: &'a str,
    pos: usize,
    end: usize,
    line: u32,
    line_start: usize,
    raw: bool,
    budget: &'a Budget,
}

/// An f-string error: either a syntax message or an allocation failure.
pub enum FError {
    Syntax(String),
    Alloc(CompileError),
}

impl From<CompileError> for FError {
    fn from(e: CompileError) -> FError {
        FError::Alloc(e)
    }
}

fn fail<T>(msg: &str) -> Result<T, FError> {
    Err(FError::Syntax(String::from(msg)))
}

/// Split the f-string body `text[start..end]` (which begins on `line`, whose first byte
/// is at `line_start`) into literal parts and fields.
pub fn split_fstring(
    text: &str,
    start: usize,
    end: usize,
    line: u32,
    line_start: usize,
    raw: bool,
    budget: &Budget,
) -> Result<Vec<FPart>, FError> {
    let mut scanner = FScanner {
        src: text.as_bytes(),
        text,
        pos: start,
        end,
        line,
        line_start,
        raw,
        budget,
    };
    scanner.parts(false, 0)
}

impl FScanner<'_> {
    fn at(&self, i: usize) -> u8 {
        if i < self.end {
            self.src.get(i).copied().unwrap_or(0)
        } else {
            0
        }
    }

    fn newline_at(&mut self, i: usize) {
        if self.src.get(i) == Some(&b'\n') {
            self.line += 1;
            self.line_start = i + 1;
        }
    }

    fn flush(&self, parts: &mut Vec<FPart>, lit: &mut String) -> Result<(), FError> {
        if !lit.is_empty() {
            self.budget.push(parts, FPart::Lit(core::mem::take(lit)))?;
        }
        Ok(())
    }

    fn parts(&mut self, in_spec: bool, nest: u32) -> Result<Vec<FPart>, FError> {
        let mut parts = Vec::new();
        let mut lit = String::new();
        while self.pos < self.end {
            let c = self.at(self.pos);
            match c {
                b'{' if !in_spec && self.at(self.pos + 1) == b'{' => {
                    self.budget.push_char(&mut lit, '{')?;
                    self.pos += 2;
                }
                b'{' => {
                    self.flush(&mut parts, &mut lit)?;
                    if nest >= 2 {
                        return fail("f-string: expressions nested too deeply");
                    }
                    self.pos += 1;
                    let field = self.field(nest + 1)?;
                    self.budget.push(&mut parts, FPart::Field(field))?;
                }
                b'}' if in_spec => break,
                b'}' if self.at(self.pos + 1) == b'}' => {
                    self.budget.push_char(&mut lit, '}')?;
                    self.pos += 2;
                }
                b'}' => return fail("f-string: single '}' is not allowed"),
                b'\\' if !self.raw => {
                    let window = self.src.get(..self.end).unwrap_or(&[]);
                    match decode_escape(window, self.pos, false) {
                        Err(msg) => return Err(FError::Syntax(msg)),
                        Ok((Escape::Value(v), n)) => {
                            push_char(self.budget, &mut lit, v)?;
                            self.pos += n;
                        }
                        Ok((Escape::Nothing, n)) => {
                            self.newline_at(self.pos + n - 1);
                            self.pos += n;
                        }
                        Ok((Escape::KeepBackslash, n)) => {
                            self.budget.push_char(&mut lit, '\\')?;
                            self.pos += n;
                        }
                    }
                }
                _ => {
                    let ch = self
                        .text
                        .get(self.pos..)
                        .and_then(|t| t.chars().next())
                        .unwrap_or('\u{fffd}');
                    let ch = if ch == '\r' { '\n' } else { ch };
                    if c == b'\r' && self.at(self.pos + 1) == b'\n' {
                        self.pos += 1;
                    }
                    self.newline_at(self.pos);
                    self.budget.push_char(&mut lit, ch)?;
                    self.pos += ch.len_utf8().max(1);
                }
            }
        }
        if in_spec && self.pos >= self.end {
            return fail("f-string: expecting '}'");
        }
        self.flush(&mut parts, &mut lit)?;
        Ok(parts)
    }

    /// Scan the expression of a field up to its `=`, `!`, `:` or `}`.
    fn expression_end(&mut self) -> Result<(usize, bool), FError> {
        let mut depth = 0u32;
        let mut quote: Option<(u8, bool)> = None;
        loop {
            if self.pos >= self.end {
                return fail("f-string: expecting '}'");
            }
            let c = self.at(self.pos);
            if let Some((q, triple)) = quote {
                if c == b'\\' {
                    return fail("f-string expression part cannot include a backslash");
                }
                if c == q && (!triple || (self.at(self.pos + 1) == q && self.at(self.pos + 2) == q))
                {
                    quote = None;
                    self.pos += if triple { 3 } else { 1 };
                } else {
                    self.newline_at(self.pos);
                    self.pos += 1;
                }
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = self.at(self.pos + 1) == c && self.at(self.pos + 2) == c;
                    quote = Some((c, triple));
                    self.pos += if triple { 3 } else { 1 };
                }
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    self.pos += 1;
                }
                b')' | b']' if depth == 0 => {
                    return Err(FError::Syntax(format!(
                        "f-string: unmatched '{}'",
                        c as char
                    )))
                }
                b'}' if depth == 0 => return Ok((self.pos, false)),
                b')' | b']' | b'}' => {
                    depth -= 1;
                    self.pos += 1;
                }
                b'#' => return fail("f-string expression part cannot include '#'"),
                b'\\' => return fail("f-string expression part cannot include a backslash"),
                b'!' if self.at(self.pos + 1) == b'=' => self.pos += 2,
                b'!' | b':' if depth == 0 => return Ok((self.pos, false)),
                b'=' if depth == 0 => {
                    if self.at(self.pos + 1) == b'=' {
                        self.pos += 2;
                    } else if matches!(
                        self.src.get(self.pos.wrapping_sub(1)),
                        Some(b'<' | b'>' | b'=' | b'!')
                    ) {
                        self.pos += 1;
                    } else {
                        return Ok((self.pos, true));
                    }
                }
                _ => {
                    self.newline_at(self.pos);
                    self.pos += 1;
                }
            }
        }
    }

    fn field(&mut self, nest: u32) -> Result<FField, FError> {
        let start = self.pos;
        let (line, line_start) = (self.line, self.line_start);
        let (end, debug) = self.expression_end()?;
        let expr_text = self.text.get(start..end).unwrap_or("");
        if expr_text.trim().is_empty() {
            return fail("f-string: empty expression not allowed");
        }
        let mut debug_text = None;
        if debug {
            self.pos += 1;
            while matches!(self.at(self.pos), b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                self.newline_at(self.pos);
                self.pos += 1;
            }
            let text = self.text.get(start..self.pos).unwrap_or("");
            debug_text = Some(self.budget.string(text)?);
        }
        let mut conversion = None;
        if self.at(self.pos) == b'!' {
            let c = self.at(self.pos + 1);
            if !matches!(c, b's' | b'r' | b'a') {
                return fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = Some(c);
            self.pos += 2;
        }
        let mut spec = None;
        if self.at(self.pos) == b':' {
            self.pos += 1;
            spec = Some(self.parts(true, nest)?);
        }
        if self.at(self.pos) != b'}' {
            return fail("f-string: expecting '}'");
        }
        self.pos += 1;
        Ok(FField {
            start,
            end,
            line,
            line_start,
            debug_text,
            conversion,
            spec,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(body: &str) -> Result<String, String> {
        decode_str(body, false, &Budget::new(1 << 16)).unwrap()
    }

    #[test]
    fn prefixes() {
        assert_eq!(
            parse_prefix(b"rb"),
            Some(Prefix {
                raw: true,
                bytes: true,
                fstring: false
            })
        );
        assert_eq!(
            parse_prefix(b"F"),
            Some(Prefix {
                raw: false,
                bytes: false,
                fstring: true
            })
        );
        assert_eq!(parse_prefix(b"u"), Some(Prefix::default()));
        assert_eq!(parse_prefix(b"ub"), None);
        assert_eq!(parse_prefix(b"bf"), None);
        assert_eq!(parse_prefix(b"x"), None);
    }

    #[test]
    fn str_escapes() {
        assert_eq!(
            s(r"a\nb\t\x41\101\u00e9\U0001F600\q\\").unwrap(),
            "a\nb\tAA\u{e9}\u{1F600}\\q\\"
        );
        assert_eq!(s("a\\\nb").unwrap(), "ab");
        assert!(s(r"\x4").unwrap_err().contains("truncated \\xXX escape"));
        assert!(s(r"\N{DASH}")
            .unwrap_err()
            .contains("unknown Unicode character name"));
        assert!(s(r"\U00110000")
            .unwrap_err()
            .contains("illegal Unicode character"));
    }

    #[test]
    fn bytes_escapes() {
        let b = Budget::new(1 << 16);
        assert_eq!(
            decode_bytes(r"\x00hi\777\u", false, &b).unwrap().unwrap(),
            b"\x00hi\xff\\u"
        );
        assert!(decode_bytes("é", false, &b).unwrap().is_err());
    }

    fn split(body: &str) -> Result<Vec<FPart>, String> {
        let b = Budget::new(1 << 16);
        split_fstring(body, 0, body.len(), 1, 0, false, &b).map_err(|e| match e {
            FError::Syntax(m) => m,
            FError::Alloc(_) => String::from("alloc"),
        })
    }

    #[test]
    fn fstring_fields() {
        let parts = split("a{{{x!r:>{w}}}}b{y = }").unwrap();
        assert_eq!(parts.len(), 4);
        assert_eq!(parts[0], FPart::Lit("a{".into()));
        let FPart::Field(f) = &parts[1] else { panic!() };
        assert_eq!((f.start, f.end, f.conversion), (4, 5, Some(b'r')));
        assert_eq!(f.spec.as_ref().unwrap().len(), 2);
        assert_eq!(parts[2], FPart::Lit("}b".into()));
        let FPart::Field(f) = &parts[3] else { panic!() };
        assert_eq!(f.debug_text.as_deref(), Some("y = "));
        let FPart::Field(f) = &split("{a!=b}").unwrap()[0] else {
            panic!()
        };
        assert_eq!(f.end, 5);
        let FPart::Field(f) = &split("{d['}']}").unwrap()[0] else {
            panic!()
        };
        assert_eq!(f.end, 7);
    }

    #[test]
    fn fstring_errors() {
        assert_eq!(
            split("{}").unwrap_err(),
            "f-string: empty expression not allowed"
        );
        assert_eq!(
            split("}").unwrap_err(),
            "f-string: single '}' is not allowed"
        );
        assert_eq!(split("{x").unwrap_err(), "f-string: expecting '}'");
        assert!(split("{x!z}")
            .unwrap_err()
            .contains("invalid conversion character"));
        assert!(split("{a#}").unwrap_err().contains("'#'"));
        assert!(split("{x:{y:{z}}}")
            .unwrap_err()
            .contains("nested too deeply"));
    }
}
