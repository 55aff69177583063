//! MicroPython's bytecode ISA and `.mpy` v6.3 container (see MPY.md): opcode table,
//! operand encodings, code-object preludes, `.mpy` reading/writing, disassembly and
//! validation. Pure data transformations: nothing here touches the GC heap.

pub mod disasm;
pub mod encode;
pub mod module;
pub mod mpy;
pub mod opcodes;
pub mod prelude;
pub mod static_qstrs;
pub mod validate;
