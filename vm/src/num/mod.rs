//! Pure numeric algorithms of the engine: arbitrary-precision integers over caller-owned
//! limb slices, float ↔ text conversions that match CPython 3.11 digit for digit, Python's
//! numeric hashes, and the format-spec / `%` mini-languages for numbers.
//!
//! Nothing here allocates or touches the GC heap: inputs are slices and scalars, outputs go
//! to caller-provided buffers (sized with the `*_len` companion functions) or to a
//! `core::fmt::Write`. Errors are plain enums; the caller turns them into Python exceptions.

pub mod bigint;
pub mod complex_format;
pub mod ddmath;
pub mod float_digits;
pub mod float_format;
pub mod float_hex;
pub mod float_ops;
pub mod float_parse;
pub mod float_repr;
pub mod format_spec;
pub mod hash;
pub mod int_format;
pub mod percent;
pub mod siphash;

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

/// A `core::fmt::Write` into a fixed byte buffer that fails when the buffer is full.
pub(crate) struct SliceWriter<'a> {
    pub buf: &'a mut [u8],
    pub len: usize,
}

impl<'a> SliceWriter<'a> {
    pub fn new(buf: &'a mut [u8]) -> Self {
        SliceWriter { buf, len: 0 }
    }

    /// What has been written so far.
    pub fn as_str(&self) -> &str {
        self.buf
            .get(..self.len)
            .and_then(|b| core::str::from_utf8(b).ok())
            .unwrap_or("")
    }
}

impl core::fmt::Write for SliceWriter<'_> {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let end = self.len + s.len();
        self.buf
            .get_mut(self.len..end)
            .ok_or(core::fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}
