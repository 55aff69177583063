//! VibePy's Python engine: lexer → parser → compiler → bytecode → VM, over one GC heap.
//!
//! `no_std` + `alloc`, so the same engine runs on VibeOS (bare metal) and on Linux.
//! The pipeline stages are the top-level modules, in the order data flows through them.
#![no_std]
#![deny(unsafe_op_in_unsafe_fn)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

extern crate alloc;
#[cfg(test)]
extern crate std;

pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod gc;
pub mod interp;
pub mod lexer;
pub mod modules;
pub mod num;
pub mod objects;
pub mod parser;
pub mod qstr;
pub mod repl;
pub mod value;
