//! Interned strings ("qstrs"): identifiers, attribute names and short string constants
//! are stored once and referred to by a small index, so that name comparison is an
//! integer comparison and a `Value` can hold a string without a heap object.
//!
//! Indices below `generated::COUNT` are static (MPY.md Appendix A first, so `.mpy`
//! static entries map by index). Strings interned at run time are copied into leaked
//! `'static` storage: a qstr lives as long as the process, as in MicroPython.

mod generated;
mod table;

pub use generated::*;
pub use table::{hash_str, QstrOutOfMemory, QstrTable};

/// Index of an interned string.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Qstr(pub u32);
