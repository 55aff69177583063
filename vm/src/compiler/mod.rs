//! The compiler: Python source in, an `MpyModule` (MicroPython bytecode, MPY.md) out.
//!
//! `compile` runs lexer → parser → code generator. The output follows `mpy-cross`
//! byte for byte where practical (same opcodes, preludes, line tables, jump sizes, qstr and
//! constant ordering), so one VM runs both our output and official `.mpy` files, and our
//! `.mpy` files load in official MicroPython. Name resolution follows CPython where
//! MicroPython differs (see `scope`). All memory the compilation uses is charged to a
//! `Budget`; running out gives `CompileError::MemoryError`, never an abort.
//!
//! Where CPython's semantics need it, the output deliberately differs from mpy-cross
//! (only code using these constructs is affected):
//! * class scopes (closure resolution skipping class bodies, `__class__` cells);
//! * private names in class bodies are mangled (`__x` → `_Class__x`);
//! * docstrings are stored: `__doc__` in module and class bodies, a `STORE_ATTR
//!   __doc__` after making a documented function (dropped under optimize >= 2);
//! * annotations: module/class bodies with annotated assignments build `__annotations__`,
//!   annotated functions get an `__annotations__` dict after creation;
//! * positional-only parameters are named `/name` in the argument-name table;
//! * dict displays and comprehensions whose key and value are both non-constant evaluate
//!   the key first (`key, value, ROT_TWO`);
//! * names bound only in branches removed as dead code (`if False:`) still get slots;
//! * some float constant folds differ (see `parser::fold`: a fold that would be inexact or
//!   raise is left to run time).
//!
//! Each raw code also carries the names of its local slots (`RawCode::local_names`), which
//! `.mpy` files cannot hold.

pub mod budget;
mod codegen;
mod complete;
pub mod emit;
mod expr;
#[cfg(test)]
mod mpy_cross_compare;
pub mod scope;
mod stmt;
pub mod tables;
#[cfg(test)]
mod tests;
#[cfg(test)]
pub(crate) mod testutil;

use crate::bytecode::module::MpyModule;
use crate::parser::{parse, ParseMode};
use alloc::string::String;
use budget::Budget;

pub use complete::is_complete_input;

/// What kind of input is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    /// A module or script: statements.
    Exec,
    /// One expression; the module body returns its value.
    Eval,
    /// A REPL input: statements, with each expression statement at module level printed
    /// through the builtin `__repl_print__`.
    Single,
}

/// Compilation settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CompileOptions {
    /// Ceiling on the bytes the compilation may allocate (tokens, tree, code).
    pub budget_bytes: usize,
    /// 0: asserts kept, `__debug__` true; 1+: asserts dropped, `__debug__` false;
    /// 3: no line-number tables (as `mpy-cross -O<n>`).
    pub optimize: u8,
}

/// Why compilation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompileError {
    /// SyntaxError (or IndentationError when `indentation`), with a 1-based line and
    /// 1-based character column.
    Syntax {
        msg: String,
        line: u32,
        col: u32,
        indentation: bool,
    },
    /// The compilation needed more memory than its budget.
    MemoryError,
    /// Expressions nested too deeply to compile safely (CPython: RecursionError).
    Recursion,
}

/// Compile `source` (read from `filename`) to a module.
pub fn compile(
    source: &str,
    filename: &str,
    mode: CompileMode,
    opts: &CompileOptions,
) -> Result<MpyModule, CompileError> {
    compile_within(source, filename, mode, opts, budget::STACK_LIMIT)
}

/// `compile` whose recursion may use at most `stack_room` bytes of machine stack (the VM
/// passes what its own stack limit leaves).
pub fn compile_within(
    source: &str,
    filename: &str,
    mode: CompileMode,
    opts: &CompileOptions,
    stack_room: usize,
) -> Result<MpyModule, CompileError> {
    let budget = Budget::with_stack_room(opts.budget_bytes, stack_room);
    // A UTF-8 byte-order mark is not part of the program; `eval` ignores leading blanks.
    let mut text = source.strip_prefix('\u{feff}').unwrap_or(source);
    if mode == CompileMode::Eval {
        text = text.trim_start_matches([' ', '\t']);
    }
    let shift = source.len() - text.len();
    let parse_mode = if mode == CompileMode::Eval {
        ParseMode::Eval
    } else {
        ParseMode::File
    };
    let result =
        parse(text, parse_mode, opts.optimize, &budget).and_then(|(module, mut interner)| {
            let filename = interner.intern(&budget, filename)?;
            codegen::compile_module(
                &module,
                filename,
                &mut interner,
                mode,
                opts.optimize,
                &budget,
            )
        });
    result.map_err(|e| match e {
        CompileError::Syntax {
            msg,
            line,
            col,
            indentation,
        } => {
            let col = if line == 1 { col + shift as u32 } else { col };
            CompileError::Syntax {
                msg,
                line,
                col: char_column(source, line, col),
                indentation,
            }
        }
        other => other,
    })
}

/// Convert a 1-based byte column on `line` into a 1-based character column.
fn char_column(source: &str, line: u32, byte_col: u32) -> u32 {
    let mut start = 0;
    for _ in 1..line {
        match source.get(start..).and_then(|t| t.find('\n')) {
            Some(i) => start += i + 1,
            None => return byte_col,
        }
    }
    let end = start.saturating_add(byte_col.saturating_sub(1) as usize);
    match source.get(start..end.min(source.len())) {
        Some(prefix) => {
            prefix.chars().count() as u32
                + 1
                + byte_col
                    .saturating_sub(1)
                    .saturating_sub(prefix.len() as u32)
        }
        None => byte_col,
    }
}
