//! A compiled module exactly as an `.mpy` file holds it (MPY.md §6): a qstr table, a
//! constant table and a tree of raw codes. The compiler produces this, the `.mpy` reader
//! produces this, and the VM's loader turns it into runtime objects, so source files and
//! `.mpy` files reach the interpreter through one path.

use alloc::string::String;
use alloc::vec::Vec;

/// One entry of the constant table (§6.5), before it becomes a runtime object.
#[derive(Clone, Debug, PartialEq)]
pub enum MpyConst {
    /// Placeholder for native code's function table; never loaded by bytecode.
    FunTable,
    None,
    False,
    True,
    Ellipsis,
    Str(String),
    Bytes(Vec<u8>),
    /// Decimal text with an optional leading `-`, any size.
    Int(String),
    /// `repr()` text of a float (`inf`, `nan`, `1e+100` ...).
    Float(String),
    /// Text of an imaginary literal ending in `j`.
    Complex(String),
    Tuple(Vec<MpyConst>),
}

/// Kind of a raw code (§6.6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RawCodeKind {
    Bytecode = 0,
    Native = 1,
    Viper = 2,
    Asm = 3,
}

/// One raw code: a function, lambda, comprehension, class body or module body.
#[derive(Clone, Debug, PartialEq)]
pub struct RawCode {
    pub kind: RawCodeKind,
    /// Prelude + code info + cell list + bytecode (§5.1).
    pub fun_data: Vec<u8>,
    /// Raw codes defined lexically directly inside this one, in `MAKE_*` order.
    pub children: Vec<RawCode>,
    /// Name of each local slot (empty: unknown), for error messages and `locals()`.
    /// Only our compiler knows them: `.mpy` files have no such table, so code read from
    /// one has none and writing one drops them.
    pub local_names: Vec<String>,
}

impl RawCode {
    /// This code as a `.mpy` file stores it: the same but without local-variable names.
    pub fn as_stored(&self) -> RawCode {
        RawCode {
            kind: self.kind,
            fun_data: self.fun_data.clone(),
            children: self.children.iter().map(RawCode::as_stored).collect(),
            local_names: Vec::new(),
        }
    }
}

/// A whole compiled module.
#[derive(Clone, Debug, PartialEq)]
pub struct MpyModule {
    /// Header byte 3: bits of the compiler's small int (31 for mpy-cross files).
    pub small_int_bits: u8,
    /// Entry 0 is the source file name.
    pub qstrs: Vec<String>,
    pub consts: Vec<MpyConst>,
    pub root: RawCode,
}

impl MpyModule {
    /// This module as a `.mpy` file stores it (see `RawCode::as_stored`).
    pub fn as_stored(&self) -> MpyModule {
        MpyModule {
            small_int_bits: self.small_int_bits,
            qstrs: self.qstrs.clone(),
            consts: self.consts.clone(),
            root: self.root.as_stored(),
        }
    }
}
