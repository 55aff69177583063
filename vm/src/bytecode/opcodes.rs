//! MicroPython's bytecode ISA as written to `.mpy` v6.3 files (MPY.md §3, §4).
//!
//! This is the one table of opcode numbers in the project: the compiler, the
//! disassembler, the validator and the interpreter all name opcodes through it.

// §3.1 qstr group (operand: qstr vuint)
pub const LOAD_CONST_STRING: u8 = 0x10;
pub const LOAD_NAME: u8 = 0x11;
pub const LOAD_GLOBAL: u8 = 0x12;
pub const LOAD_ATTR: u8 = 0x13;
pub const LOAD_METHOD: u8 = 0x14;
pub const LOAD_SUPER_METHOD: u8 = 0x15;
pub const STORE_NAME: u8 = 0x16;
pub const STORE_GLOBAL: u8 = 0x17;
pub const STORE_ATTR: u8 = 0x18;
pub const DELETE_NAME: u8 = 0x19;
pub const DELETE_GLOBAL: u8 = 0x1A;
pub const IMPORT_NAME: u8 = 0x1B;
pub const IMPORT_FROM: u8 = 0x1C;

// §3.2 vuint group
pub const MAKE_CLOSURE: u8 = 0x20;
pub const MAKE_CLOSURE_DEFARGS: u8 = 0x21;
pub const LOAD_CONST_SMALL_INT: u8 = 0x22;
pub const LOAD_CONST_OBJ: u8 = 0x23;
pub const LOAD_FAST_N: u8 = 0x24;
pub const LOAD_DEREF: u8 = 0x25;
pub const STORE_FAST_N: u8 = 0x26;
pub const STORE_DEREF: u8 = 0x27;
pub const DELETE_FAST: u8 = 0x28;
pub const DELETE_DEREF: u8 = 0x29;
pub const BUILD_TUPLE: u8 = 0x2A;
pub const BUILD_LIST: u8 = 0x2B;
pub const BUILD_MAP: u8 = 0x2C;
pub const BUILD_SET: u8 = 0x2D;
pub const BUILD_SLICE: u8 = 0x2E;
pub const STORE_COMP: u8 = 0x2F;

// §3.3 vuint group 0x30-0x37
pub const UNPACK_SEQUENCE: u8 = 0x30;
pub const UNPACK_EX: u8 = 0x31;
pub const MAKE_FUNCTION: u8 = 0x32;
pub const MAKE_FUNCTION_DEFARGS: u8 = 0x33;
pub const CALL_FUNCTION: u8 = 0x34;
pub const CALL_FUNCTION_VAR_KW: u8 = 0x35;
pub const CALL_METHOD: u8 = 0x36;
pub const CALL_METHOD_VAR_KW: u8 = 0x37;

// §3.4 jump group
pub const UNWIND_JUMP: u8 = 0x40;
pub const JUMP: u8 = 0x42;
pub const POP_JUMP_IF_TRUE: u8 = 0x43;
pub const POP_JUMP_IF_FALSE: u8 = 0x44;
pub const JUMP_IF_TRUE_OR_POP: u8 = 0x45;
pub const JUMP_IF_FALSE_OR_POP: u8 = 0x46;
pub const SETUP_WITH: u8 = 0x47;
pub const SETUP_EXCEPT: u8 = 0x48;
pub const SETUP_FINALLY: u8 = 0x49;
pub const POP_EXCEPT_JUMP: u8 = 0x4A;
pub const FOR_ITER: u8 = 0x4B;

// §3.5 byte group (no operand)
pub const LOAD_CONST_FALSE: u8 = 0x50;
pub const LOAD_CONST_NONE: u8 = 0x51;
pub const LOAD_CONST_TRUE: u8 = 0x52;
pub const LOAD_NULL: u8 = 0x53;
pub const LOAD_BUILD_CLASS: u8 = 0x54;
pub const LOAD_SUBSCR: u8 = 0x55;
pub const STORE_SUBSCR: u8 = 0x56;
pub const DUP_TOP: u8 = 0x57;
pub const DUP_TOP_TWO: u8 = 0x58;
pub const POP_TOP: u8 = 0x59;
pub const ROT_TWO: u8 = 0x5A;
pub const ROT_THREE: u8 = 0x5B;
pub const WITH_CLEANUP: u8 = 0x5C;
pub const END_FINALLY: u8 = 0x5D;
pub const GET_ITER: u8 = 0x5E;
pub const GET_ITER_STACK: u8 = 0x5F;
pub const STORE_MAP: u8 = 0x62;
pub const RETURN_VALUE: u8 = 0x63;
pub const RAISE_LAST: u8 = 0x64;
pub const RAISE_OBJ: u8 = 0x65;
pub const RAISE_FROM: u8 = 0x66;
pub const YIELD_VALUE: u8 = 0x67;
pub const YIELD_FROM: u8 = 0x68;
pub const IMPORT_STAR: u8 = 0x69;

// §3.6 multi-opcode ranges: the value is in the opcode
pub const LOAD_CONST_SMALL_INT_MULTI: u8 = 0x70; // 0x70..=0xAF, value = op - 0x80
pub const LOAD_CONST_SMALL_INT_MULTI_EXCESS: i32 = 0x80;
pub const LOAD_CONST_SMALL_INT_MULTI_LAST: u8 = 0xAF;
pub const LOAD_FAST_MULTI: u8 = 0xB0; // 0xB0..=0xBF
pub const STORE_FAST_MULTI: u8 = 0xC0; // 0xC0..=0xCF
pub const UNARY_OP_MULTI: u8 = 0xD0; // 0xD0..=0xD3
pub const BINARY_OP_MULTI: u8 = 0xD7; // 0xD7..=0xF9

/// Smallest and largest integers that have a one-byte `LOAD_CONST_SMALL_INT_MULTI` form.
pub const SMALL_INT_MULTI_MIN: i64 = -16;
pub const SMALL_INT_MULTI_MAX: i64 = 47;

/// Unary operator numbers (§4.1); opcode = `UNARY_OP_MULTI` + number.
pub mod unary {
    pub const POSITIVE: u8 = 0;
    pub const NEGATIVE: u8 = 1;
    pub const INVERT: u8 = 2;
    pub const NOT: u8 = 3;
    pub const COUNT: u8 = 4;
}

/// Binary operator numbers (§4.2); opcode = `BINARY_OP_MULTI` + number.
pub mod binary {
    pub const LESS: u8 = 0;
    pub const MORE: u8 = 1;
    pub const EQUAL: u8 = 2;
    pub const LESS_EQUAL: u8 = 3;
    pub const MORE_EQUAL: u8 = 4;
    pub const NOT_EQUAL: u8 = 5;
    pub const IN: u8 = 6;
    pub const IS: u8 = 7;
    pub const EXCEPTION_MATCH: u8 = 8;
    pub const INPLACE_OR: u8 = 9;
    pub const INPLACE_XOR: u8 = 10;
    pub const INPLACE_AND: u8 = 11;
    pub const INPLACE_LSHIFT: u8 = 12;
    pub const INPLACE_RSHIFT: u8 = 13;
    pub const INPLACE_ADD: u8 = 14;
    pub const INPLACE_SUBTRACT: u8 = 15;
    pub const INPLACE_MULTIPLY: u8 = 16;
    pub const INPLACE_MAT_MULTIPLY: u8 = 17;
    pub const INPLACE_FLOOR_DIVIDE: u8 = 18;
    pub const INPLACE_TRUE_DIVIDE: u8 = 19;
    pub const INPLACE_MODULO: u8 = 20;
    pub const INPLACE_POWER: u8 = 21;
    pub const OR: u8 = 22;
    pub const XOR: u8 = 23;
    pub const AND: u8 = 24;
    pub const LSHIFT: u8 = 25;
    pub const RSHIFT: u8 = 26;
    pub const ADD: u8 = 27;
    pub const SUBTRACT: u8 = 28;
    pub const MULTIPLY: u8 = 29;
    pub const MAT_MULTIPLY: u8 = 30;
    pub const FLOOR_DIVIDE: u8 = 31;
    pub const TRUE_DIVIDE: u8 = 32;
    pub const MODULO: u8 = 33;
    pub const POWER: u8 = 34;
    pub const COUNT: u8 = 35;
    /// In-place operators are listed in the same order as the normal ones, 13 places earlier.
    pub const INPLACE_TO_NORMAL: u8 = OR - INPLACE_OR;
}

/// Special-method names of the unary operators, indexed by number (§4.1, §10).
pub const UNARY_OP_METHOD: [&str; 4] = ["__pos__", "__neg__", "__invert__", ""];

/// Special-method names of the binary operators, indexed by number (§4.2, §10).
pub const BINARY_OP_METHOD: [&str; 35] = [
    "__lt__",
    "__gt__",
    "__eq__",
    "__le__",
    "__ge__",
    "__ne__",
    "",
    "",
    "",
    "__ior__",
    "__ixor__",
    "__iand__",
    "__ilshift__",
    "__irshift__",
    "__iadd__",
    "__isub__",
    "__imul__",
    "__imatmul__",
    "__ifloordiv__",
    "__itruediv__",
    "__imod__",
    "__ipow__",
    "__or__",
    "__xor__",
    "__and__",
    "__lshift__",
    "__rshift__",
    "__add__",
    "__sub__",
    "__mul__",
    "__matmul__",
    "__floordiv__",
    "__truediv__",
    "__mod__",
    "__pow__",
];

/// How the bytes after an opcode are read (MPY.md §2.6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    None,
    Qstr,
    /// vuint; `LOAD_CONST_SMALL_INT` is a signed varint with the same length rule.
    Uint,
    /// 1- or 2-byte jump offset (§2.3).
    Jump,
}

/// The operand kind of an opcode: a function of the high nibble only.
pub fn operand_kind(op: u8) -> OperandKind {
    match op >> 4 {
        0x1 => OperandKind::Qstr,
        0x2 | 0x3 => OperandKind::Uint,
        0x4 => OperandKind::Jump,
        _ => OperandKind::None,
    }
}

/// True if an extra raw byte follows the operand (`MAKE_CLOSURE*`, `UNWIND_JUMP`).
pub fn has_extra_byte(op: u8) -> bool {
    op & 0x9E == 0
}

/// True for the jump opcodes whose offset is signed (0x40..=0x44).
pub fn is_signed_jump(op: u8) -> bool {
    (0x40..=0x44).contains(&op)
}

/// True if the opcode is defined by the ISA (§3: everything not in the unused list).
pub fn is_defined(op: u8) -> bool {
    !matches!(op,
        0x00..=0x0F | 0x1D..=0x1F | 0x38..=0x3F | 0x41 | 0x4C..=0x4F | 0x60 | 0x61
        | 0x6A..=0x6F | 0xD4..=0xD6 | 0xFA..=0xFF)
}

/// Mnemonic for the single-byte and operand opcodes, as printed by `-v -v -v` (§10).
pub fn name(op: u8) -> &'static str {
    match op {
        LOAD_CONST_STRING => "LOAD_CONST_STRING",
        LOAD_NAME => "LOAD_NAME",
        LOAD_GLOBAL => "LOAD_GLOBAL",
        LOAD_ATTR => "LOAD_ATTR",
        LOAD_METHOD => "LOAD_METHOD",
        LOAD_SUPER_METHOD => "LOAD_SUPER_METHOD",
        STORE_NAME => "STORE_NAME",
        STORE_GLOBAL => "STORE_GLOBAL",
        STORE_ATTR => "STORE_ATTR",
        DELETE_NAME => "DELETE_NAME",
        DELETE_GLOBAL => "DELETE_GLOBAL",
        IMPORT_NAME => "IMPORT_NAME",
        IMPORT_FROM => "IMPORT_FROM",
        MAKE_CLOSURE => "MAKE_CLOSURE",
        MAKE_CLOSURE_DEFARGS => "MAKE_CLOSURE_DEFARGS",
        LOAD_CONST_SMALL_INT => "LOAD_CONST_SMALL_INT",
        LOAD_CONST_OBJ => "LOAD_CONST_OBJ",
        LOAD_FAST_N => "LOAD_FAST_N",
        LOAD_DEREF => "LOAD_DEREF",
        STORE_FAST_N => "STORE_FAST_N",
        STORE_DEREF => "STORE_DEREF",
        DELETE_FAST => "DELETE_FAST",
        DELETE_DEREF => "DELETE_DEREF",
        BUILD_TUPLE => "BUILD_TUPLE",
        BUILD_LIST => "BUILD_LIST",
        BUILD_MAP => "BUILD_MAP",
        BUILD_SET => "BUILD_SET",
        BUILD_SLICE => "BUILD_SLICE",
        STORE_COMP => "STORE_COMP",
        UNPACK_SEQUENCE => "UNPACK_SEQUENCE",
        UNPACK_EX => "UNPACK_EX",
        MAKE_FUNCTION => "MAKE_FUNCTION",
        MAKE_FUNCTION_DEFARGS => "MAKE_FUNCTION_DEFARGS",
        CALL_FUNCTION => "CALL_FUNCTION",
        CALL_FUNCTION_VAR_KW => "CALL_FUNCTION_VAR_KW",
        CALL_METHOD => "CALL_METHOD",
        CALL_METHOD_VAR_KW => "CALL_METHOD_VAR_KW",
        UNWIND_JUMP => "UNWIND_JUMP",
        JUMP => "JUMP",
        POP_JUMP_IF_TRUE => "POP_JUMP_IF_TRUE",
        POP_JUMP_IF_FALSE => "POP_JUMP_IF_FALSE",
        JUMP_IF_TRUE_OR_POP => "JUMP_IF_TRUE_OR_POP",
        JUMP_IF_FALSE_OR_POP => "JUMP_IF_FALSE_OR_POP",
        SETUP_WITH => "SETUP_WITH",
        SETUP_EXCEPT => "SETUP_EXCEPT",
        SETUP_FINALLY => "SETUP_FINALLY",
        POP_EXCEPT_JUMP => "POP_EXCEPT_JUMP",
        FOR_ITER => "FOR_ITER",
        LOAD_CONST_FALSE => "LOAD_CONST_FALSE",
        LOAD_CONST_NONE => "LOAD_CONST_NONE",
        LOAD_CONST_TRUE => "LOAD_CONST_TRUE",
        LOAD_NULL => "LOAD_NULL",
        LOAD_BUILD_CLASS => "LOAD_BUILD_CLASS",
        LOAD_SUBSCR => "LOAD_SUBSCR",
        STORE_SUBSCR => "STORE_SUBSCR",
        DUP_TOP => "DUP_TOP",
        DUP_TOP_TWO => "DUP_TOP_TWO",
        POP_TOP => "POP_TOP",
        ROT_TWO => "ROT_TWO",
        ROT_THREE => "ROT_THREE",
        WITH_CLEANUP => "WITH_CLEANUP",
        END_FINALLY => "END_FINALLY",
        GET_ITER => "GET_ITER",
        GET_ITER_STACK => "GET_ITER_STACK",
        STORE_MAP => "STORE_MAP",
        RETURN_VALUE => "RETURN_VALUE",
        RAISE_LAST => "RAISE_LAST",
        RAISE_OBJ => "RAISE_OBJ",
        RAISE_FROM => "RAISE_FROM",
        YIELD_VALUE => "YIELD_VALUE",
        YIELD_FROM => "YIELD_FROM",
        IMPORT_STAR => "IMPORT_STAR",
        0x70..=0xAF => "LOAD_CONST_SMALL_INT",
        0xB0..=0xBF => "LOAD_FAST",
        0xC0..=0xCF => "STORE_FAST",
        0xD0..=0xD3 => "UNARY_OP",
        0xD7..=0xF9 => "BINARY_OP",
        _ => "UNKNOWN",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extra_byte_rule_matches_defined_opcodes() {
        let with_extra: [u8; 3] = [MAKE_CLOSURE, MAKE_CLOSURE_DEFARGS, UNWIND_JUMP];
        for op in 0..=255u8 {
            if is_defined(op) {
                assert_eq!(has_extra_byte(op), with_extra.contains(&op), "op {op:#x}");
            }
        }
    }

    #[test]
    fn inplace_ops_mirror_normal_ops() {
        assert_eq!(binary::INPLACE_ADD + binary::INPLACE_TO_NORMAL, binary::ADD);
        assert_eq!(
            binary::INPLACE_POWER + binary::INPLACE_TO_NORMAL,
            binary::POWER
        );
        assert_eq!(BINARY_OP_METHOD[binary::ADD as usize], "__add__");
    }
}
