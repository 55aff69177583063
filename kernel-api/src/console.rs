//! Console and keyboard calls. Output and input go through the `stdio_*` hooks when the
//! desktop terminal provides them (KAPI.md: they must then be used instead of the plain
//! console), and through `puts`/`putc`/`getc`/`has_key` otherwise.

use crate::{Kapi, KapiError};
use core::ffi::c_char;

/// Bytes handed to `puts` per call; the copy lives on the stack.
const PUTS_CHUNK: usize = 128;

/// Hand `bytes` to `emit` as NUL-terminated stack strings of at most `PUTS_CHUNK` bytes,
/// dropping NUL bytes.
fn c_chunks(bytes: &[u8], mut emit: impl FnMut(*const c_char)) {
    let mut chunk = [0u8; PUTS_CHUNK + 1];
    let mut filled = 0;
    for &byte in bytes.iter().filter(|&&b| b != 0) {
        chunk[filled] = byte;
        filled += 1;
        if filled == PUTS_CHUNK {
            emit(chunk.as_ptr().cast());
            filled = 0;
        }
    }
    if filled > 0 {
        chunk[filled] = 0;
        emit(chunk.as_ptr().cast());
    }
}

impl<'a> Kapi<'a> {
    /// True inside the desktop terminal (the `stdio_*` hooks are present).
    pub fn in_terminal(&self) -> bool {
        self.table.stdio_puts.is_some() || self.table.stdio_putc.is_some()
    }

    /// Write bytes to the console. Runs between NUL bytes go through `puts`; a NUL byte,
    /// which a C string cannot carry, goes through `putc`.
    pub fn write(&self, bytes: &[u8]) -> Result<(), KapiError> {
        let table = self.table;
        let Some(puts) = table.stdio_puts.or(table.puts) else {
            for &byte in bytes {
                self.putc(byte)?;
            }
            return Ok(());
        };
        for (index, run) in bytes.split(|&b| b == 0).enumerate() {
            if index > 0 {
                // Without a `putc` entry a NUL byte cannot be written at all: it is dropped.
                let _ = self.putc(0);
            }
            // SAFETY: `c_chunks` hands out NUL-terminated strings alive during the call.
            c_chunks(run, |chunk| unsafe { puts(chunk) });
        }
        Ok(())
    }

    /// Write one byte to the console.
    pub fn putc(&self, byte: u8) -> Result<(), KapiError> {
        let putc = self
            .table
            .stdio_putc
            .or(self.table.putc)
            .ok_or(KapiError::Missing("putc"))?;
        // SAFETY: `putc` takes a char by value.
        unsafe { putc(byte as c_char) };
        Ok(())
    }

    /// Write bytes to the serial line (`uart_puts`), for diagnostics.
    pub fn uart_write(&self, bytes: &[u8]) -> Result<(), KapiError> {
        let uart_puts = entry!(self, uart_puts)?;
        // SAFETY: `c_chunks` hands out NUL-terminated strings alive during the call.
        c_chunks(bytes, |chunk| unsafe { uart_puts(chunk) });
        Ok(())
    }

    /// The next key code, or `None` when no key is waiting. Never blocks.
    pub fn getc(&self) -> Result<Option<i32>, KapiError> {
        let getc = self
            .table
            .stdio_getc
            .or(self.table.getc)
            .ok_or(KapiError::Missing("getc"))?;
        // SAFETY: `getc` takes no arguments.
        let code = unsafe { getc() };
        Ok(if code < 0 { None } else { Some(code) })
    }

    /// Whether a key is waiting.
    pub fn has_key(&self) -> Result<bool, KapiError> {
        let has_key = self
            .table
            .stdio_has_key
            .or(self.table.has_key)
            .ok_or(KapiError::Missing("has_key"))?;
        // SAFETY: `has_key` takes no arguments.
        Ok(unsafe { has_key() } != 0)
    }

    pub fn set_color(&self, fg: u32, bg: u32) -> Result<(), KapiError> {
        let set_color = entry!(self, set_color)?;
        // SAFETY: plain integer arguments.
        unsafe { set_color(fg, bg) };
        Ok(())
    }

    /// Clear the screen to the background colour, cursor to 0,0.
    pub fn clear(&self) -> Result<(), KapiError> {
        let clear = entry!(self, clear)?;
        // SAFETY: no arguments.
        unsafe { clear() };
        Ok(())
    }

    /// Move the cursor (0-based, row first; VibeOS ignores out-of-range coordinates).
    pub fn set_cursor(&self, row: i32, col: i32) -> Result<(), KapiError> {
        let set_cursor = entry!(self, set_cursor)?;
        // SAFETY: plain integer arguments.
        unsafe { set_cursor(row, col) };
        Ok(())
    }

    pub fn set_cursor_enabled(&self, enabled: bool) -> Result<(), KapiError> {
        let set_cursor_enabled = entry!(self, set_cursor_enabled)?;
        // SAFETY: plain integer argument.
        unsafe { set_cursor_enabled(i32::from(enabled)) };
        Ok(())
    }

    /// Clear from the cursor to the right edge, cursor unmoved.
    pub fn clear_to_eol(&self) -> Result<(), KapiError> {
        let clear_to_eol = entry!(self, clear_to_eol)?;
        // SAFETY: no arguments.
        unsafe { clear_to_eol() };
        Ok(())
    }

    /// Clear a rectangle of character cells (clipped by the kernel).
    pub fn clear_region(&self, row: i32, col: i32, w: i32, h: i32) -> Result<(), KapiError> {
        let clear_region = entry!(self, clear_region)?;
        // SAFETY: plain integer arguments.
        unsafe { clear_region(row, col, w, h) };
        Ok(())
    }

    /// Console rows (0 without a display).
    pub fn console_rows(&self) -> Result<i32, KapiError> {
        let console_rows = entry!(self, console_rows)?;
        // SAFETY: no arguments.
        Ok(unsafe { console_rows() })
    }

    /// Console columns (0 without a display; only the first 100 are drawn at 1280x800).
    pub fn console_cols(&self) -> Result<i32, KapiError> {
        let console_cols = entry!(self, console_cols)?;
        // SAFETY: no arguments.
        Ok(unsafe { console_cols() })
    }

    /// Print a decimal number on the console (kapi `print_int`).
    pub fn print_int(&self, n: i32) -> Result<(), KapiError> {
        let print_int = entry!(self, print_int)?;
        // SAFETY: plain integer argument.
        unsafe { print_int(n) };
        Ok(())
    }

    /// Print a number in hexadecimal on the console (kapi `print_hex`).
    pub fn print_hex(&self, n: u32) -> Result<(), KapiError> {
        let print_hex = entry!(self, print_hex)?;
        // SAFETY: plain integer argument.
        unsafe { print_hex(n) };
        Ok(())
    }
}
