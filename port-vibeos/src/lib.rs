//! The VibePy port over kapi: HAL (console, keyboard, time), REPL, script runner, files.
#![no_std]

extern crate alloc;
#[cfg(test)]
extern crate std;

pub mod files;
pub mod hal;
