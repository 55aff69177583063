//! `KapiError`: every way a call through the safe wrapper can fail without reaching the
//! kernel, or be refused by it. kapi itself reports no errno, so the kernel-side failures
//! are only "not found" (NULL from `open`) and "failed" (-1 / NULL elsewhere).

use core::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KapiError {
    /// The entry is NULL in this kernel's table (for example `window_*` without a desktop).
    Missing(&'static str),
    /// A path or string argument is longer than the kernel accepts.
    TooLong,
    /// A string argument contains a NUL byte, which C would read as its end.
    InteriorNul,
    /// `open` returned NULL: the path does not exist.
    NotFound,
    /// The kernel reported failure (-1 or NULL).
    Failed,
    /// No framebuffer (`fb_base` NULL or a zero dimension).
    NoFramebuffer,
    /// More arguments than `ARGV_MAX`, or a buffer size the C types cannot carry.
    InvalidArgument,
    /// `malloc` returned NULL.
    OutOfMemory,
}

impl fmt::Display for KapiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KapiError::Missing(name) => write!(f, "kapi entry {name} is not available"),
            KapiError::TooLong => f.write_str("argument too long"),
            KapiError::InteriorNul => f.write_str("argument contains a NUL byte"),
            KapiError::NotFound => f.write_str("no such file or directory"),
            KapiError::Failed => f.write_str("kernel call failed"),
            KapiError::NoFramebuffer => f.write_str("no framebuffer"),
            KapiError::InvalidArgument => f.write_str("invalid argument"),
            KapiError::OutOfMemory => f.write_str("out of memory"),
        }
    }
}
