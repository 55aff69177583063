//! Numeric literal scanning (CPython 3.11 rules): decimal, `0x`/`0o`/`0b` integers with
//! underscores, floats, imaginary literals, and the error messages CPython gives for bad
//! ones. Values come out exact: integers as `i64` or decimal text, floats parsed by core.

use super::token::{IntLit, Tok};
use crate::compiler::budget::Budget;
use crate::compiler::CompileError;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Keywords CPython accepts directly after a number (`1if x else y`).
const KEYWORDS_AFTER_NUMBER: [&str; 8] = ["and", "else", "for", "if", "in", "is", "not", "or"];

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// True if an identifier character starts at `s[i]`.
fn ident_at(s: &[u8], i: usize) -> bool {
    match s.get(i) {
        Some(&b) if b < 0x80 => is_ident_byte(b),
        Some(_) => {
            let tail = s.get(i..(i + 4).min(s.len())).unwrap_or(&[]);
            let text = match core::str::from_utf8(tail) {
                Ok(t) => t,
                Err(e) => {
                    core::str::from_utf8(tail.get(..e.valid_up_to()).unwrap_or(&[])).unwrap_or("")
                }
            };
            text.chars().next().is_some_and(char::is_alphanumeric)
        }
        None => false,
    }
}

/// Result of scanning a number: the token and the byte length consumed.
pub struct Scanned {
    pub tok: Tok,
    pub len: usize,
}

/// An error at byte offset `at` (relative to the number's start) with `msg`.
pub struct NumberError {
    pub msg: String,
    pub at: usize,
}

fn err(msg: &str, at: usize) -> NumberError {
    NumberError {
        msg: String::from(msg),
        at,
    }
}

/// Scan the number starting at `s[0]` (a digit, or `.` followed by a digit).
pub fn scan_number(
    s: &[u8],
    budget: &Budget,
) -> Result<Result<Scanned, NumberError>, CompileError> {
    let first = s.first().copied().unwrap_or(0);
    let second = s.get(1).copied().unwrap_or(0).to_ascii_lowercase();
    if first == b'0' && matches!(second, b'x' | b'o' | b'b') {
        return scan_radix(s, second, budget);
    }
    scan_decimal(s, budget)
}

fn scan_radix(
    s: &[u8],
    marker: u8,
    budget: &Budget,
) -> Result<Result<Scanned, NumberError>, CompileError> {
    let (base, what): (u32, &str) = match marker {
        b'x' => (16, "hexadecimal"),
        b'o' => (8, "octal"),
        _ => (2, "binary"),
    };
    let invalid = format!("invalid {what} literal");
    let mut i = 2;
    let mut digits: Vec<u8> = Vec::new();
    loop {
        let c = s.get(i).copied().unwrap_or(0);
        if c == b'_' {
            let next = s.get(i + 1).copied().unwrap_or(0);
            if !(next as char).is_digit(base) {
                return Ok(Err(err(&invalid, i)));
            }
            i += 1;
            continue;
        }
        match (c as char).to_digit(base) {
            Some(d) => {
                budget.push(&mut digits, d as u8)?;
                i += 1;
            }
            None => {
                if c.is_ascii_digit() {
                    let msg = format!("invalid digit '{}' in {what} literal", c as char);
                    return Ok(Err(NumberError { msg, at: i }));
                }
                break;
            }
        }
    }
    if digits.is_empty() {
        return Ok(Err(err(&invalid, 1)));
    }
    if ident_at(s, i) {
        return Ok(Err(err(&invalid, i)));
    }
    let value = digits_to_int(&digits, base, budget)?;
    Ok(Ok(Scanned {
        tok: Tok::Int(value),
        len: i,
    }))
}

/// Consume decimal digits with single underscores between them; returns the end index.
fn scan_digits(s: &[u8], mut i: usize) -> Result<usize, NumberError> {
    while let Some(&c) = s.get(i) {
        if c == b'_' {
            if !s.get(i + 1).is_some_and(u8::is_ascii_digit) {
                return Err(err("invalid decimal literal", i));
            }
        } else if !c.is_ascii_digit() {
            break;
        }
        i += 1;
    }
    Ok(i)
}

fn scan_decimal(s: &[u8], budget: &Budget) -> Result<Result<Scanned, NumberError>, CompileError> {
    let shape = match decimal_shape(s) {
        Ok(shape) => shape,
        Err(e) => return Ok(Err(e)),
    };
    let mut clean: Vec<u8> = Vec::new();
    for &c in s.get(..shape.text_end).unwrap_or(&[]) {
        if c != b'_' {
            budget.push(&mut clean, c)?;
        }
    }
    if shape.imaginary || shape.is_float {
        let v: f64 = core::str::from_utf8(&clean)
            .ok()
            .and_then(|t| t.parse().ok())
            .unwrap_or(f64::NAN);
        let tok = if shape.imaginary {
            Tok::Imag(v)
        } else {
            Tok::Float(v)
        };
        return Ok(Ok(Scanned {
            tok,
            len: shape.len,
        }));
    }
    if clean.len() > 1 && clean[0] == b'0' && clean.iter().any(|&b| b != b'0') {
        return Ok(Err(err(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            0,
        )));
    }
    for d in clean.iter_mut() {
        *d -= b'0';
    }
    Ok(Ok(Scanned {
        tok: Tok::Int(digits_to_int(&clean, 10, budget)?),
        len: shape.len,
    }))
}

/// Where the parts of a decimal literal end.
struct DecimalShape {
    /// End of the digits (before any `j`).
    text_end: usize,
    /// Whole length including a `j`.
    len: usize,
    is_float: bool,
    imaginary: bool,
}

fn decimal_shape(s: &[u8]) -> Result<DecimalShape, NumberError> {
    let mut i = scan_digits(s, 0)?;
    let mut is_float = false;
    if s.get(i) == Some(&b'.') {
        is_float = true;
        i += 1;
        if s.get(i).is_some_and(u8::is_ascii_digit) {
            i = scan_digits(s, i)?;
        }
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if !s.get(j).is_some_and(u8::is_ascii_digit) {
            return Err(err("invalid decimal literal", 0));
        }
        is_float = true;
        i = scan_digits(s, j)?;
    }
    let text_end = i;
    let imaginary = matches!(s.get(i), Some(b'j' | b'J'));
    if imaginary {
        i += 1;
    }
    if ident_at(s, i) && imaginary {
        return Err(err("invalid imaginary literal", text_end));
    }
    if ident_at(s, i) {
        let rest = s.get(i..).unwrap_or(&[]);
        let allowed = KEYWORDS_AFTER_NUMBER.iter().any(|k| {
            rest.starts_with(k.as_bytes())
                && !is_ident_byte(rest.get(k.len()).copied().unwrap_or(0))
        });
        if !allowed {
            return Err(err("invalid decimal literal", 0));
        }
    }
    Ok(DecimalShape {
        text_end,
        len: i,
        is_float,
        imaginary,
    })
}

/// Exact value of `digits` (most significant first) in `base`.
pub fn digits_to_int(digits: &[u8], base: u32, budget: &Budget) -> Result<IntLit, CompileError> {
    let mut small: i64 = 0;
    let mut fits = true;
    for &d in digits {
        match small
            .checked_mul(i64::from(base))
            .and_then(|v| v.checked_add(i64::from(d)))
        {
            Some(v) => small = v,
            None => {
                fits = false;
                break;
            }
        }
    }
    if fits {
        return Ok(IntLit::Small(small));
    }
    // Base-10^9 limbs, least significant first.
    let mut limbs: Vec<u32> = Vec::new();
    for &d in digits {
        let mut carry = u64::from(d);
        for limb in limbs.iter_mut() {
            let v = u64::from(*limb) * u64::from(base) + carry;
            *limb = (v % 1_000_000_000) as u32;
            carry = v / 1_000_000_000;
        }
        while carry > 0 {
            budget.push(&mut limbs, (carry % 1_000_000_000) as u32)?;
            carry /= 1_000_000_000;
        }
    }
    let mut text = String::new();
    let mut iter = limbs.iter().rev();
    if let Some(top) = iter.next() {
        budget.push_str(&mut text, &format!("{top}"))?;
    }
    for limb in iter {
        budget.push_str(&mut text, &format!("{limb:09}"))?;
    }
    Ok(IntLit::Big(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(src: &str) -> Result<(Tok, usize), String> {
        let b = Budget::new(1 << 20);
        match scan_number(src.as_bytes(), &b).unwrap() {
            Ok(s) => Ok((s.tok, s.len)),
            Err(e) => Err(e.msg),
        }
    }

    #[test]
    fn integer_forms() {
        assert_eq!(scan("0x_ff").unwrap().0, Tok::Int(IntLit::Small(255)));
        assert_eq!(scan("0o17 ").unwrap(), (Tok::Int(IntLit::Small(15)), 4));
        assert_eq!(scan("0b1_01").unwrap().0, Tok::Int(IntLit::Small(5)));
        assert_eq!(scan("1_000").unwrap().0, Tok::Int(IntLit::Small(1000)));
        assert_eq!(scan("000").unwrap().0, Tok::Int(IntLit::Small(0)));
        assert_eq!(
            scan("0x1_0000_0000_0000_0000_0000_0000_0000_0000")
                .unwrap()
                .0,
            Tok::Int(IntLit::Big(
                "340282366920938463463374607431768211456".into()
            ))
        );
        assert_eq!(scan("1if").unwrap().1, 1);
    }

    #[test]
    fn float_forms() {
        assert_eq!(scan("1.5e3").unwrap().0, Tok::Float(1500.0));
        assert_eq!(scan(".5").unwrap().0, Tok::Float(0.5));
        assert_eq!(scan("1.").unwrap().0, Tok::Float(1.0));
        assert_eq!(scan("1_0.2_5").unwrap().0, Tok::Float(10.25));
        assert_eq!(scan("2j").unwrap().0, Tok::Imag(2.0));
        assert_eq!(scan("012.5").unwrap().0, Tok::Float(12.5));
    }

    #[test]
    fn bad_numbers() {
        assert_eq!(scan("0x").unwrap_err(), "invalid hexadecimal literal");
        assert_eq!(
            scan("0b2").unwrap_err(),
            "invalid digit '2' in binary literal"
        );
        assert_eq!(
            scan("0o8").unwrap_err(),
            "invalid digit '8' in octal literal"
        );
        assert_eq!(scan("1_").unwrap_err(), "invalid decimal literal");
        assert_eq!(scan("1__0").unwrap_err(), "invalid decimal literal");
        assert_eq!(scan("1abc").unwrap_err(), "invalid decimal literal");
        assert_eq!(scan("1e").unwrap_err(), "invalid decimal literal");
        assert!(scan("012").unwrap_err().starts_with("leading zeros"));
    }
}
