//! NUL-terminated copies of Rust byte strings on the stack, for passing paths and names to C.
//! No allocation: a string that does not fit (with its NUL) or that holds a NUL is refused.

use crate::consts::PATH_MAX;
use crate::KapiError;
use core::ffi::c_char;

/// A C string of at most `N - 1` bytes plus its terminating NUL.
pub struct CStrBuf<const N: usize> {
    bytes: [u8; N],
}

/// A path as kapi takes it: at most `PATH_MAX` (255) bytes.
pub type CPath = CStrBuf<{ PATH_MAX + 1 }>;

impl<const N: usize> CStrBuf<N> {
    pub fn new(text: &[u8]) -> Result<Self, KapiError> {
        if text.len() >= N {
            return Err(KapiError::TooLong);
        }
        if text.contains(&0) {
            return Err(KapiError::InteriorNul);
        }
        let mut bytes = [0u8; N];
        bytes[..text.len()].copy_from_slice(text);
        Ok(CStrBuf { bytes })
    }

    pub fn as_ptr(&self) -> *const c_char {
        self.bytes.as_ptr().cast()
    }
}

/// The bytes of a NUL-terminated string written by C into `buf` (all of `buf` if C left no
/// NUL, which a well-behaved kernel never does).
pub fn until_nul(buf: &[u8]) -> &[u8] {
    match buf.iter().position(|&b| b == 0) {
        Some(end) => &buf[..end],
        None => buf,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_and_terminates() {
        let path = CStrBuf::<8>::new(b"/a/b").unwrap();
        assert_eq!(&path.bytes[..5], b"/a/b\0");
    }

    #[test]
    fn refuses_what_does_not_fit_with_its_nul() {
        assert!(CStrBuf::<4>::new(b"abc").is_ok());
        assert_eq!(CStrBuf::<4>::new(b"abcd").err(), Some(KapiError::TooLong));
        let long = [b'x'; 256];
        assert_eq!(CPath::new(&long).err(), Some(KapiError::TooLong));
        assert!(CPath::new(&long[..255]).is_ok());
    }

    #[test]
    fn refuses_interior_nul() {
        assert_eq!(CPath::new(b"a\0b").err(), Some(KapiError::InteriorNul));
    }

    #[test]
    fn until_nul_stops_at_the_terminator() {
        assert_eq!(until_nul(b"abc\0def"), b"abc");
        assert_eq!(until_nul(b"abc"), b"abc");
    }
}
