//! Test-only reader for the CPython-generated tables in `testdata/` (see
//! `testdata/gen_cases.py`): tab-separated rows with `\t`, `\n`, `\\` escapes, floats
//! as the hex of their bits, errors as `!Type: message`.

use alloc::string::String;
use alloc::vec::Vec;

/// The rows of a table, each split into unescaped fields.
pub fn rows(table: &str) -> impl Iterator<Item = Vec<String>> + '_ {
    table
        .lines()
        .map(|line| line.split('\t').map(unescape).collect())
}

fn unescape(field: &str) -> String {
    let mut out = String::new();
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The float whose IEEE bits are written in hex.
pub fn float_from_hex(field: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(field, 16).unwrap())
}

/// Collects mismatches so a failing table reports many cases at once.
#[derive(Default)]
pub struct Mismatches {
    pub seen: usize,
    pub failed: Vec<String>,
}

impl Mismatches {
    pub fn check(&mut self, context: &str, got: &str, expected: &str) {
        self.seen += 1;
        if got != expected {
            self.failed.push(alloc::format!(
                "{context}: got {got:?}, expected {expected:?}"
            ));
        }
    }

    pub fn assert_none(&self, min_rows: usize) {
        assert!(self.seen >= min_rows, "table too short: {} rows", self.seen);
        let shown: Vec<&String> = self.failed.iter().take(30).collect();
        assert!(
            self.failed.is_empty(),
            "{} of {} cases differ from CPython:\n{shown:#?}",
            self.failed.len(),
            self.seen
        );
    }
}
