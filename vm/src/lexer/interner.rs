//! Interned names for one compilation: identifiers, attribute names and the short string
//! literals that become qstrs. A `Sym` is an index into the interner; equal strings get
//! equal `Sym`s, so scope analysis compares integers, and the compiler's qstr table maps
//! `Sym`s to per-module qstr indices.
//!
//! The texts live in one arena string; lookup is an open-addressing hash table. The first
//! entries are the names the compiler itself generates (`<module>`, `__name__` ...), with
//! fixed `Sym` constants in `sym`, then long strings `mpy-cross` knows as qstrs.

use crate::compiler::budget::Budget;
use crate::compiler::CompileError;
use alloc::string::String;
use alloc::vec::Vec;

/// An interned string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Sym(pub u32);

/// Names the compiler refers to directly, in the order they are pre-interned.
pub mod sym {
    use super::Sym;
    pub const EMPTY: Sym = Sym(0);
    pub const MODULE: Sym = Sym(1);
    pub const LAMBDA: Sym = Sym(2);
    pub const LISTCOMP: Sym = Sym(3);
    pub const DICTCOMP: Sym = Sym(4);
    pub const SETCOMP: Sym = Sym(5);
    pub const GENEXPR: Sym = Sym(6);
    pub const STAR: Sym = Sym(7);
    pub const NAME: Sym = Sym(8);
    pub const MODULE_ATTR: Sym = Sym(9);
    pub const QUALNAME: Sym = Sym(10);
    pub const CLASS: Sym = Sym(11);
    pub const SUPER: Sym = Sym(12);
    pub const FORMAT: Sym = Sym(13);
    pub const ASSERTION_ERROR: Sym = Sym(14);
    pub const STOP_ASYNC_ITERATION: Sym = Sym(15);
    pub const BASE_EXCEPTION: Sym = Sym(16);
    pub const AENTER: Sym = Sym(17);
    pub const AEXIT: Sym = Sym(18);
    pub const AITER: Sym = Sym(19);
    pub const ANEXT: Sym = Sym(20);
    pub const RANGE: Sym = Sym(21);
    pub const CONST: Sym = Sym(22);
    pub const MATH: Sym = Sym(23);
    pub const EXTEND: Sym = Sym(24);
    pub const UPDATE: Sym = Sym(25);
    pub const REPL_PRINT: Sym = Sym(26);
    pub const DEBUG: Sym = Sym(27);
    pub const MICROPYTHON: Sym = Sym(28);
    pub const ADD: Sym = Sym(29);
    pub const NATIVE: Sym = Sym(30);
    pub const VIPER: Sym = Sym(31);
    pub const BYTECODE: Sym = Sym(32);
    pub const APPEND: Sym = Sym(33);
    pub const DOC: Sym = Sym(34);
    /// `[*x]`/`(*x,)` displays extend their list with `x` through this method.
    pub const UNPACK_DISPLAY: Sym = Sym(35);
    /// `{**m}` displays merge mapping `m` through this method.
    pub const MERGE_DISPLAY: Sym = Sym(36);

    /// Texts of the constants above, indexed by `Sym`.
    pub const TEXTS: [&str; 37] = [
        "",
        "<module>",
        "<lambda>",
        "<listcomp>",
        "<dictcomp>",
        "<setcomp>",
        "<genexpr>",
        "*",
        "__name__",
        "__module__",
        "__qualname__",
        "__class__",
        "super",
        "format",
        "AssertionError",
        "StopAsyncIteration",
        "BaseException",
        "__aenter__",
        "__aexit__",
        "__aiter__",
        "__anext__",
        "range",
        "const",
        "math",
        "extend",
        "update",
        "__repl_print__",
        "__debug__",
        "micropython",
        "add",
        "native",
        "viper",
        "bytecode",
        "append",
        "__doc__",
        "<unpack>",
        "<merge>",
    ];
}

/// Strings longer than 10 bytes that `mpy-cross` already has as qstrs (its static qstrs
/// and others observed by compiling them with it): a string literal equal to one of them
/// is loaded as a qstr, not a string object (MPY.md §9.2).
const KNOWN_LONG_QSTRS: [&str; 40] = [
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "GeneratorExit",
    "ImportError",
    "IndentationError",
    "Interpolation",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "NotImplementedError",
    "OverflowError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "UnicodeError",
    "ViperTypeError",
    "ZeroDivisionError",
    "__build_class__",
    "__complex__",
    "__contains__",
    "__delitem__",
    "__getattr__",
    "__getitem__",
    "__qualname__",
    "__reversed__",
    "__setitem__",
    "__traceback__",
    "classmethod",
    "difference_update",
    "intersection",
    "intersection_update",
    "maximum recursion depth exceeded",
    "micropython",
    "staticmethod",
    "symmetric_difference",
    "symmetric_difference_update",
    "unpack_from",
];

/// The interner.
#[derive(Debug)]
pub struct Interner {
    text: String,
    /// (start, len) of each entry in `text`.
    spans: Vec<(u32, u32)>,
    /// Open-addressing table of `Sym` index + 1 (0 = empty); length is a power of two.
    table: Vec<u32>,
}

fn hash(s: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in s {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

impl Interner {
    /// A new interner holding the compiler's own names.
    pub fn new(budget: &Budget) -> Result<Interner, CompileError> {
        let mut interner = Interner {
            text: String::new(),
            spans: Vec::new(),
            table: Vec::new(),
        };
        for text in sym::TEXTS.iter().chain(KNOWN_LONG_QSTRS.iter()) {
            interner.intern(budget, text)?;
        }
        Ok(interner)
    }

    /// The text of a symbol.
    pub fn get(&self, s: Sym) -> &str {
        match self.spans.get(s.0 as usize) {
            Some(&(start, len)) => self
                .text
                .get(start as usize..(start + len) as usize)
                .unwrap_or(""),
            None => "",
        }
    }

    /// The symbol for `text` if it was interned before.
    pub fn lookup(&self, text: &str) -> Option<Sym> {
        if self.table.is_empty() {
            return None;
        }
        let mask = self.table.len() - 1;
        let mut i = hash(text.as_bytes()) as usize & mask;
        loop {
            let entry = *self.table.get(i)?;
            if entry == 0 {
                return None;
            }
            let s = Sym(entry - 1);
            if self.get(s) == text {
                return Some(s);
            }
            i = (i + 1) & mask;
        }
    }

    /// The symbol for `text`, interning it if new.
    pub fn intern(&mut self, budget: &Budget, text: &str) -> Result<Sym, CompileError> {
        if let Some(s) = self.lookup(text) {
            return Ok(s);
        }
        if (self.spans.len() + 1) * 2 > self.table.len() {
            self.grow(budget)?;
        }
        let start = u32::try_from(self.text.len()).map_err(|_| CompileError::MemoryError)?;
        let len = u32::try_from(text.len()).map_err(|_| CompileError::MemoryError)?;
        budget.push_str(&mut self.text, text)?;
        let s = Sym(u32::try_from(self.spans.len()).map_err(|_| CompileError::MemoryError)?);
        budget.push(&mut self.spans, (start, len))?;
        insert_slot(&mut self.table, s, text.as_bytes());
        Ok(s)
    }

    fn grow(&mut self, budget: &Budget) -> Result<(), CompileError> {
        let new_len = (self.table.len() * 2).max(64);
        let mut table = Vec::new();
        budget.reserve(&mut table, new_len)?;
        table.resize(new_len, 0u32);
        for (i, &(start, len)) in self.spans.iter().enumerate() {
            let bytes = self
                .text
                .as_bytes()
                .get(start as usize..(start + len) as usize)
                .unwrap_or(&[]);
            insert_slot(&mut table, Sym(i as u32), bytes);
        }
        self.table = table;
        Ok(())
    }
}

/// Put `s` into the first free slot of its probe sequence.
fn insert_slot(table: &mut [u32], s: Sym, text: &[u8]) {
    let mask = table.len().wrapping_sub(1);
    let mut i = hash(text) as usize & mask;
    while let Some(slot) = table.get_mut(i) {
        if *slot == 0 {
            *slot = s.0 + 1;
            return;
        }
        i = (i + 1) & mask;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_share_a_symbol() {
        let b = Budget::new(1 << 20);
        let mut i = Interner::new(&b).unwrap();
        assert_eq!(i.lookup("<module>"), Some(sym::MODULE));
        assert_eq!(i.get(sym::REPL_PRINT), "__repl_print__");
        let mut syms = Vec::new();
        for n in 0..500 {
            let name = alloc::format!("name{n}");
            syms.push(i.intern(&b, &name).unwrap());
        }
        for (n, &s) in syms.iter().enumerate() {
            let name = alloc::format!("name{n}");
            assert_eq!(i.intern(&b, &name).unwrap(), s);
            assert_eq!(i.get(s), name);
        }
    }
}
