//! `#[repr(C)]` mirror of the VibeOS kernel API table (kapi v1, KAPI.md) and a safe wrapper.
//!
//! In: the `*const KApi` VibeOS (or a host) passes to the program entry. Out: `Kapi`, a
//! copyable handle whose methods return `Result<_, KapiError>`: a NULL entry is an error,
//! never a jump to address 0; strings go to C as bounded NUL-terminated stack copies; every
//! pixel write is clipped to the buffer it targets (there is no memory protection between a
//! program and VibeOS, so a wild write would corrupt the kernel).
#![no_std]
#![deny(unsafe_op_in_unsafe_fn)]

#[cfg(test)]
extern crate std;

/// The entry `$field` of the table, or `KapiError::Missing` naming it.
macro_rules! entry {
    ($kapi:expr, $field:ident) => {
        $kapi
            .table
            .$field
            .ok_or($crate::KapiError::Missing(stringify!($field)))
    };
}

mod console;
pub mod consts;
mod cstr;
mod error;
mod files;
mod net;
mod pixels;
mod system;
mod table;
mod terminal_keys;
mod window;

pub use consts::{button, color, entry_type, event, font, key, process_state};
pub use cstr::{until_nul, CPath, CStrBuf};
pub use error::KapiError;
pub use files::{DirEntry, Node};
pub use pixels::PixelBuffer;
pub use system::{DateTime, ProcessInfo, UsbDevice};
pub use table::{KApi, KAPI_VERSION};
pub use terminal_keys::KeyDecoder;
pub use window::{Window, WindowEvent};

/// The safe face of a kapi table. Copy it freely: it is one reference.
#[derive(Clone, Copy)]
pub struct Kapi<'a> {
    table: &'a KApi,
}

impl<'a> Kapi<'a> {
    /// # Safety
    /// Every non-NULL function entry of `table` must be a C function with the signature and
    /// behaviour KAPI.md gives it, and the data entries (`fb_base` with `fb_width` x
    /// `fb_height` pixels, `font_data` with 4096 bytes) must point at memory that stays valid
    /// and writable (the framebuffer) for `'a`.
    pub unsafe fn new(table: &'a KApi) -> Self {
        Kapi { table }
    }

    /// # Safety
    /// `ptr` must be NULL or satisfy the conditions of `Kapi::new` for the rest of the
    /// program (it is the table VibeOS passes to the entry).
    pub unsafe fn from_ptr(ptr: *const KApi) -> Option<Kapi<'static>> {
        // SAFETY: the caller promises a NULL or a valid table alive for the whole program.
        let table = unsafe { ptr.as_ref() }?;
        Some(Kapi { table })
    }

    pub fn table(&self) -> &'a KApi {
        self.table
    }

    pub fn version(&self) -> u32 {
        self.table.version
    }
}

/// The result of a C call that returns 0 on success and -1 on failure.
fn status(ret: core::ffi::c_int) -> Result<(), KapiError> {
    if ret == 0 {
        Ok(())
    } else {
        Err(KapiError::Failed)
    }
}

/// A Rust length as the C `int` some entries take, or an error if it does not fit.
fn c_int_len(len: usize) -> Result<core::ffi::c_int, KapiError> {
    core::ffi::c_int::try_from(len).map_err(|_| KapiError::InvalidArgument)
}

/// A Rust length as the C `uint32_t` some entries take, or an error if it does not fit.
fn u32_len(len: usize) -> Result<u32, KapiError> {
    u32::try_from(len).map_err(|_| KapiError::InvalidArgument)
}

#[cfg(test)]
mod test_table;
