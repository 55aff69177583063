//! Pure numeric algorithms of the engine: arbitrary-precision integers over caller-owned
//! limb slices, float ↔ text conversions that match CPython 3.11 digit for digit, Python's
//! numeric hashes, and the format-spec / `%` mini-languages for numbers.
//!
//! Nothing here allocates or touches the GC heap: inputs are slices and scalars, outputs go
//! to caller-provided buffers (sized with the `*_len` companion functions) or to a
//! `core::fmt::Write`. Errors are plain enums; the caller turns them into Python exceptions.

pub mod bigint;
pub mod float_digits;
pub mod float_format;
pub mod float_parse;
pub mod float_repr;
pub mod format_spec;
pub mod int_format;
pub mod percent;

#[cfg(test)]
mod test_tables;

/// Python's `str.isspace` for the characters `int()` and `float()` strip around numbers:
/// Unicode White_Space plus the ASCII information separators U+001C..U+001F.
pub fn is_python_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `text` without the leading and trailing characters `is_python_space` accepts.
pub fn strip_python_space(text: &str) -> &str {
    text.trim_matches(is_python_space)
}
