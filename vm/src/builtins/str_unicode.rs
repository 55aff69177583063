//! Unicode character knowledge for `str`, matching CPython 3.11 (Unicode 14.0): the
//! properties behind the `is*()` predicates (from the generated run table in
//! `str_unicode_data.rs`) and the full case mappings `upper`/`lower`/`title`/`casefold`
//! use. Mappings come from Rust's `char` methods, restricted to characters Unicode 14
//! assigns so that a newer Rust Unicode version cannot change results; titlecase and
//! casefold differences from those mappings are handled by rule plus a small table.
//!
//! In: a `char`. Out: a property test or a [`Mapped`] of one to three characters.

use super::str_unicode_data::{self as data, BMP_BLOCKS, PROPERTY_RUNS, TITLE_EXCEPTIONS};

/// The property flags of `c` (see the constants in `str_unicode_data`): a binary search
/// among the runs of `c`'s 128-character block (BMP) or of the astral planes.
pub fn properties(c: char) -> u32 {
    let cp = c as u32;
    let key = (cp << 11) | 0x7ff;
    let block = (cp >> 7) as usize;
    let (lo, hi) = match (BMP_BLOCKS.get(block), BMP_BLOCKS.get(block + 1)) {
        (Some(&lo), Some(&hi)) => (usize::from(lo), usize::from(hi)),
        _ => (
            BMP_BLOCKS.last().map_or(0, |&b| usize::from(b)),
            PROPERTY_RUNS.len() - 1,
        ),
    };
    let runs = PROPERTY_RUNS.get(lo..=hi).unwrap_or(&PROPERTY_RUNS);
    let i = runs.partition_point(|&run| run <= key);
    i.checked_sub(1)
        .and_then(|k| runs.get(k))
        .map_or(0, |run| run & 0x7ff)
}

fn has(c: char, flag: u32) -> bool {
    properties(c) & flag != 0
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, data::ALPHA)
}

pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, data::DECIMAL)
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, data::DIGIT)
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, data::NUMERIC)
}

pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    has(c, data::ALPHA | data::DECIMAL | data::DIGIT | data::NUMERIC)
}

pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    has(c, data::PRINTABLE)
}

/// Python's `str.isspace`: Unicode White_Space plus the information separators.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ');
    }
    crate::num::is_python_space(c)
}

/// May start an identifier (XID_Start or `_`).
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    has(c, data::XID_START)
}

pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    has(c, data::XID_CONTINUE)
}

pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    has(c, data::UPPER)
}

pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    has(c, data::LOWER)
}

/// General category Lt (the digraphs like `ǅ` and Greek letters with prosgegrammeni).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && has(c, data::TITLE)
}

pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, data::UPPER | data::LOWER | data::TITLE)
}

pub fn is_case_ignorable(c: char) -> bool {
    has(c, data::CASE_IGNORABLE)
}

/// A case mapping result: one to three characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mapped {
    chars: [char; 3],
    len: usize,
}

impl Mapped {
    fn one(c: char) -> Mapped {
        Mapped {
            chars: [c, '\0', '\0'],
            len: 1,
        }
    }

    fn collect(c: char, it: impl Iterator<Item = char>) -> Mapped {
        let mut m = Mapped {
            chars: ['\0'; 3],
            len: 0,
        };
        for x in it {
            // Characters Unicode 14 does not assign keep their identity mapping.
            let Some(slot) = m.chars.get_mut(m.len) else {
                return Mapped::one(c);
            };
            if !assigned(x) {
                return Mapped::one(c);
            }
            *slot = x;
            m.len += 1;
        }
        if m.len == 0 {
            return Mapped::one(c);
        }
        m
    }

    pub fn chars(&self) -> &[char] {
        self.chars.get(..self.len).unwrap_or(&[])
    }
}

/// Whether Unicode 14 assigns `c` (as a letter, mark or other printable character:
/// the only kinds case mappings involve). Everything below U+0378 is assigned.
fn assigned(c: char) -> bool {
    (c as u32) < 0x378 || has(c, data::PRINTABLE)
}

/// Full uppercase mapping.
pub fn to_upper(c: char) -> Mapped {
    if c.is_ascii() {
        return Mapped::one(c.to_ascii_uppercase());
    }
    if !assigned(c) {
        return Mapped::one(c);
    }
    Mapped::collect(c, c.to_uppercase())
}

/// Full lowercase mapping without the final-sigma rule (callers apply it).
pub fn to_lower(c: char) -> Mapped {
    if c.is_ascii() {
        return Mapped::one(c.to_ascii_lowercase());
    }
    if !assigned(c) {
        return Mapped::one(c);
    }
    Mapped::collect(c, c.to_lowercase())
}

fn lower_all(c: char, src: &[char]) -> Mapped {
    Mapped::collect(
        c,
        src.iter().flat_map(|&x| {
            let m = to_lower(x);
            m.chars.into_iter().take(m.len)
        }),
    )
}

/// Full titlecase mapping: the uppercase mapping with its tail lowered, except Georgian
/// letters (which keep their case) and the table's exceptions.
pub fn to_title(c: char) -> Mapped {
    if c.is_ascii() {
        return Mapped::one(c.to_ascii_uppercase());
    }
    let cp = c as u32;
    if let Ok(i) = TITLE_EXCEPTIONS.binary_search_by_key(&cp, |&(k, _)| k) {
        if let Some((_, s)) = TITLE_EXCEPTIONS.get(i) {
            return Mapped::collect(c, s.chars());
        }
    }
    if (0x10d0..=0x10ff).contains(&cp) {
        return Mapped::one(c);
    }
    let upper = to_upper(c);
    match upper.chars() {
        [first, rest @ ..] if !rest.is_empty() => {
            let tail = lower_all(c, rest);
            let mut m = Mapped::one(*first);
            for &x in tail.chars() {
                if let Some(slot) = m.chars.get_mut(m.len) {
                    *slot = x;
                    m.len += 1;
                }
            }
            m
        }
        _ => upper,
    }
}

/// Full case folding: the lowercase of the uppercase, except Cherokee (folds to
/// uppercase), dotless i (kept) and capital sharp s (folds to "ss").
pub fn casefold(c: char) -> Mapped {
    if c.is_ascii() {
        return Mapped::one(c.to_ascii_lowercase());
    }
    let cp = c as u32;
    if (0x13a0..=0x13ff).contains(&cp) || (0xab70..=0xabbf).contains(&cp) {
        return to_upper(c);
    }
    if cp == 0x131 {
        return Mapped::one(c);
    }
    if cp == 0x1e9e {
        return Mapped::collect(c, "ss".chars());
    }
    let upper = to_upper(c);
    lower_all(c, upper.chars())
}

/// The lowercase of a capital sigma, given the text before it (nearest first) and after
/// it: final sigma (`ς`) when a cased character precedes it and none follows, skipping
/// case-ignorable characters both ways.
pub fn lower_sigma(before: impl Iterator<Item = char>, after: impl Iterator<Item = char>) -> char {
    let mut before = before.skip_while(|&c| is_case_ignorable(c));
    let preceded = before.next().is_some_and(is_cased);
    if !preceded {
        return 'σ';
    }
    let mut after = after.skip_while(|&c| is_case_ignorable(c));
    if after.next().is_some_and(is_cased) {
        'σ'
    } else {
        'ς'
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;

    fn s(m: Mapped) -> String {
        m.chars().iter().collect()
    }

    #[test]
    fn predicates_match_cpython() {
        assert!(is_alpha('é') && is_alpha('Ω') && !is_alpha('\u{0301}') && !is_alpha('1'));
        assert!(is_decimal('٣') && !is_decimal('²') && is_digit('²') && !is_digit('½'));
        assert!(is_numeric('½') && is_numeric('一') && !is_numeric('a'));
        assert!(is_printable('é') && !is_printable('\u{85}') && !is_printable('\u{200b}'));
        assert!(!is_printable('\u{378}') && is_printable('\u{301}'));
        assert!(is_space('\u{3000}') && is_space('\x1c') && !is_space('\u{200b}'));
        assert!(is_xid_start('é') && !is_xid_start('1') && is_xid_continue('1'));
        assert!(is_upper('Ω') && is_lower('ω') && is_title('ǅ') && !is_upper('ǅ'));
        assert!(is_lower('\u{295}') && !is_lower('\u{10fc}'));
        assert!(is_case_ignorable('\'') && is_case_ignorable('\u{301}'));
    }

    #[test]
    fn case_mappings_match_cpython() {
        assert_eq!(s(to_upper('ß')), "SS");
        assert_eq!(s(to_upper('é')), "É");
        assert_eq!(s(to_lower('İ')), "i\u{307}");
        assert_eq!(s(to_title('ß')), "Ss");
        assert_eq!(s(to_title('ǆ')), "ǅ");
        assert_eq!(s(to_title('ﬃ')), "Ffi");
        assert_eq!(s(to_title('ა')), "ა");
        assert_eq!(s(to_title('ᾳ')), "ᾼ");
        assert_eq!(s(casefold('ß')), "ss");
        assert_eq!(s(casefold('ẞ')), "ss");
        assert_eq!(s(casefold('ς')), "σ");
        assert_eq!(s(casefold('ꭰ')), "Ꭰ");
        assert_eq!(s(casefold('ı')), "ı");
        // Unicode 14 has no uppercase for these; newer Unicode does.
        assert_eq!(s(to_upper('\u{19b}')), "\u{19b}");
        assert_eq!(s(to_upper('\u{264}')), "\u{264}");
    }

    #[test]
    fn final_sigma() {
        assert_eq!(lower_sigma("A".chars().rev(), "".chars()), 'ς');
        assert_eq!(lower_sigma("A".chars().rev(), "B".chars()), 'σ');
        assert_eq!(lower_sigma("".chars().rev(), "".chars()), 'σ');
        assert_eq!(lower_sigma("A'".chars().rev(), ".".chars()), 'ς');
    }
}
