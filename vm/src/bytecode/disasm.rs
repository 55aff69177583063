//! Instruction decoding and the `micropython -v -v -v` style listing (MPY.md §10).
//!
//! In: bytecode bytes (any bytes: decoding is total) or a whole [`MpyModule`]; out: one
//! decoded [`Instruction`], or the listing of every raw code written to a
//! `core::fmt::Write`. The listing matches MicroPython's byte for byte except that
//! addresses are deterministic placeholders derived from raw-code and constant indices.
//! Constants are printed with a Python `repr` written here for [`MpyConst`].

use super::encode::{read_jump, read_signed, read_vuint};
use super::module::{MpyConst, MpyModule, RawCode, RawCodeKind};
use super::mpy::MAX_NESTING;
use super::opcodes::{self as op, OperandKind};
use super::prelude::{code_layout, line_entries};
use alloc::vec::Vec;
use core::fmt::{self, Write};

/// The decoded operand of an instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    /// No operand bytes (the value of a multi-opcode is in the opcode itself).
    None,
    /// Index into the module's qstr table (0x10..=0x1C).
    Qstr(u64),
    /// Index into the module's constant table (`LOAD_CONST_OBJ`).
    Const(u64),
    /// Index into the enclosing raw code's children (`MAKE_FUNCTION*`, `MAKE_CLOSURE*`).
    Child(u64),
    /// Any other vuint: slot number, count, packed call counts.
    Uint(u64),
    /// The signed operand of `LOAD_CONST_SMALL_INT`.
    SmallInt(i64),
    /// Absolute jump target (bytecode offset); may lie outside the code in bad input.
    Jump(i64),
}

/// One decoded instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instruction {
    pub opcode: u8,
    pub operand: Operand,
    /// The raw byte after the operand of `MAKE_CLOSURE*` and `UNWIND_JUMP`.
    pub extra: Option<u8>,
    /// Total bytes: opcode, operand and extra byte.
    pub len: usize,
}

impl Instruction {
    /// Absolute target of a jump opcode.
    pub fn jump_target(&self) -> Option<i64> {
        match self.operand {
            Operand::Jump(target) => Some(target),
            _ => None,
        }
    }
}

/// Decode the instruction starting at `pos` in `code` (the bytecode part of a
/// `fun_data`, so jump targets are bytecode offsets). `None` if `pos` is past the end,
/// the opcode is undefined, or the operand is cut off or overflows.
pub fn decode_instruction(code: &[u8], pos: usize) -> Option<Instruction> {
    let opcode = *code.get(pos)?;
    if !op::is_defined(opcode) {
        return None;
    }
    let mut end = pos + 1;
    let operand = match op::operand_kind(opcode) {
        OperandKind::None => Operand::None,
        OperandKind::Qstr => Operand::Qstr(read_vuint(code, &mut end)?),
        OperandKind::Uint => match opcode {
            op::LOAD_CONST_SMALL_INT => Operand::SmallInt(read_signed(code, &mut end)?),
            op::LOAD_CONST_OBJ => Operand::Const(read_vuint(code, &mut end)?),
            op::MAKE_FUNCTION
            | op::MAKE_FUNCTION_DEFARGS
            | op::MAKE_CLOSURE
            | op::MAKE_CLOSURE_DEFARGS => Operand::Child(read_vuint(code, &mut end)?),
            _ => Operand::Uint(read_vuint(code, &mut end)?),
        },
        OperandKind::Jump => {
            let value = read_jump(code, &mut end, op::is_signed_jump(opcode))?;
            // The target is relative to the byte after the offset, which for
            // UNWIND_JUMP is its extra byte (§2.3).
            Operand::Jump(i64::try_from(end).ok()?.checked_add(value)?)
        }
    };
    let extra = if op::has_extra_byte(opcode) {
        let b = *code.get(end)?;
        end += 1;
        Some(b)
    } else {
        None
    };
    Some(Instruction {
        opcode,
        operand,
        extra,
        len: end - pos,
    })
}

/// Raw codes in scope-creation order as far as the tree shows it: the module first,
/// then breadth-first (§9.2). Each entry carries the order index of its first child, so
/// a `MAKE_FUNCTION c` in entry i refers to entry `first_child + c`.
pub fn scope_order(root: &RawCode) -> Option<Vec<(&RawCode, usize)>> {
    let mut order: Vec<(&RawCode, usize)> = Vec::new();
    order.try_reserve(1).ok()?;
    order.push((root, 0));
    let mut i = 0;
    while let Some(&(rc, _)) = order.get(i) {
        let first_child = order.len();
        if let Some(entry) = order.get_mut(i) {
            entry.1 = first_child;
        }
        order.try_reserve(rc.children.len()).ok()?;
        order.extend(rc.children.iter().map(|c| (c, 0)));
        i += 1;
    }
    Some(order)
}

/// Placeholder "addresses" printed where MicroPython prints pointers: distinct per raw
/// code / constant and stable across runs.
fn descriptor_addr(index: usize) -> u64 {
    0xd000_0000_u64.wrapping_add((index as u64).wrapping_mul(0x20))
}

fn bytecode_addr(index: usize) -> u64 {
    0xb000_0000_u64.wrapping_add((index as u64).wrapping_mul(0x20))
}

fn const_addr(index: u64) -> u64 {
    0xc000_0000_u64.wrapping_add(index.wrapping_mul(0x20))
}

fn qstr(m: &MpyModule, index: u64) -> &str {
    usize::try_from(index)
        .ok()
        .and_then(|i| m.qstrs.get(i))
        .map_or("?", |s| s.as_str())
}

/// Write the listing of every raw code of `m`, module first, then breadth-first.
pub fn disassemble(m: &MpyModule, out: &mut dyn Write) -> fmt::Result {
    let order = scope_order(&m.root).ok_or(fmt::Error)?;
    for (index, &(rc, first_child)) in order.iter().enumerate() {
        disassemble_raw_code(m, rc, index, first_child, out)?;
    }
    Ok(())
}

fn disassemble_raw_code(
    m: &MpyModule,
    rc: &RawCode,
    index: usize,
    first_child: usize,
    out: &mut dyn Write,
) -> fmt::Result {
    let data = rc.fun_data.as_slice();
    let file = qstr(m, 0);
    let layout = match (rc.kind, code_layout(data)) {
        (RawCodeKind::Bytecode, Ok(layout)) => layout,
        (kind, _) => {
            writeln!(
                out,
                "File {file}, code block '?' (descriptor: {:x}, bytecode @{:x} {} bytes)",
                descriptor_addr(index),
                bytecode_addr(index),
                data.len()
            )?;
            return if kind == RawCodeKind::Bytecode {
                writeln!(out, "(invalid prelude)")
            } else {
                writeln!(out, "(native code)")
            };
        }
    };
    writeln!(
        out,
        "File {file}, code block '{}' (descriptor: {:x}, bytecode @{:x} {} bytes)",
        qstr(m, layout.name),
        descriptor_addr(index),
        bytecode_addr(index),
        data.len()
    )?;
    let code = data.get(layout.code_start..).unwrap_or(&[]);
    writeln!(
        out,
        "Raw bytecode (code_info_size={}, bytecode_size={}):",
        layout.code_start,
        code.len()
    )?;
    for row in data.chunks(16) {
        for b in row {
            write!(out, " {b:02x}")?;
        }
        writeln!(out)?;
    }
    write!(out, "arg names:")?;
    for name in layout.arg_names(data) {
        write!(out, " {}", qstr(m, name))?;
    }
    writeln!(out)?;
    writeln!(out, "(N_STATE {})", layout.signature.n_state)?;
    writeln!(out, "(N_EXC_STACK {})", layout.signature.n_exc_stack)?;
    for cell in data.get(layout.cells.clone()).unwrap_or(&[]) {
        writeln!(out, "(INIT_CELL {cell})")?;
    }
    let (mut bc, mut line) = (0u64, 1u64);
    writeln!(out, "  bc={bc} line={line}")?;
    for entry in line_entries(data.get(layout.line_table.clone()).unwrap_or(&[])) {
        let Ok((dbc, dline)) = entry else {
            writeln!(out, "  (truncated line entry)")?;
            break;
        };
        bc += u64::from(dbc);
        line += u64::from(dline);
        writeln!(out, "  bc={bc} line={line}")?;
    }
    let children = ChildAddrs {
        first_child,
        n_children: rc.children.len(),
    };
    let mut pos = 0;
    while pos < code.len() {
        write!(out, "{pos:02} ")?;
        let Some(insn) = decode_instruction(code, pos) else {
            let opcode = code.get(pos).copied().unwrap_or(0);
            return writeln!(out, "<invalid opcode {opcode:#04x}>");
        };
        write_instruction(m, &insn, children, out)?;
        writeln!(out)?;
        pos += insn.len;
    }
    Ok(())
}

#[derive(Clone, Copy)]
struct ChildAddrs {
    first_child: usize,
    n_children: usize,
}

impl ChildAddrs {
    fn write(self, child: u64, out: &mut dyn Write) -> fmt::Result {
        match usize::try_from(child) {
            Ok(c) if c < self.n_children => {
                write!(
                    out,
                    "{:x}",
                    descriptor_addr(self.first_child.wrapping_add(c))
                )
            }
            _ => write!(out, "<child {child}>"),
        }
    }
}

fn write_instruction(
    m: &MpyModule,
    insn: &Instruction,
    children: ChildAddrs,
    out: &mut dyn Write,
) -> fmt::Result {
    let opcode = insn.opcode;
    let name = op::name(opcode);
    match (opcode, insn.operand) {
        (0x70..=0xAF, _) => write!(
            out,
            "{name} {}",
            i32::from(opcode) - op::LOAD_CONST_SMALL_INT_MULTI_EXCESS
        ),
        (0xB0..=0xBF, _) => write!(out, "{name} {}", opcode - op::LOAD_FAST_MULTI),
        (0xC0..=0xCF, _) => write!(out, "{name} {}", opcode - op::STORE_FAST_MULTI),
        (0xD0..=0xD3, _) => {
            let n = opcode - op::UNARY_OP_MULTI;
            let method = op::UNARY_OP_METHOD.get(usize::from(n)).unwrap_or(&"");
            write!(out, "{name} {n} {method}")
        }
        (0xD7..=0xF9, _) => {
            let n = opcode - op::BINARY_OP_MULTI;
            write!(out, "{name} {n} {}", listed_binary_method(n))
        }
        (op::LOAD_CONST_STRING | op::IMPORT_NAME | op::IMPORT_FROM, Operand::Qstr(q)) => {
            write!(out, "{name} '{}'", qstr(m, q))
        }
        (_, Operand::Qstr(q)) => write!(out, "{name} {}", qstr(m, q)),
        (_, Operand::SmallInt(v)) => write!(out, "{name} {v}"),
        (_, Operand::Const(k)) => {
            write!(out, "{name} {:x}=", const_addr(k))?;
            match usize::try_from(k).ok().and_then(|k| m.consts.get(k)) {
                Some(c) => write_const_repr(c, out),
                None => out.write_str("<missing constant>"),
            }
        }
        (_, Operand::Child(c)) => {
            write!(out, "{name} ")?;
            children.write(c, out)?;
            match insn.extra {
                Some(n_cells) => write!(out, " {n_cells}"),
                None => Ok(()),
            }
        }
        (op::CALL_FUNCTION..=op::CALL_METHOD_VAR_KW, Operand::Uint(u)) => {
            write!(out, "{name} n={} nkw={}", u & 0xff, (u >> 8) & 0xff)
        }
        (_, Operand::Uint(u)) => write!(out, "{name} {u}"),
        (_, Operand::Jump(target)) => match insn.extra {
            Some(extra) => write!(out, "{name} {target} {extra}"),
            None => write!(out, "{name} {target}"),
        },
        (_, Operand::None) => out.write_str(name),
    }
}

/// The method name `micropython -v -v -v` prints after `BINARY_OP n`. Its standard
/// build only has the in-place names `__iadd__` and `__isub__` (the others are optional
/// in MicroPython), so other in-place operators print an empty name, like `in`/`is`.
fn listed_binary_method(n: u8) -> &'static str {
    let in_place = op::binary::INPLACE_OR..=op::binary::INPLACE_POWER;
    if in_place.contains(&n) && n != op::binary::INPLACE_ADD && n != op::binary::INPLACE_SUBTRACT {
        return "";
    }
    op::BINARY_OP_METHOD
        .get(usize::from(n))
        .copied()
        .unwrap_or("")
}

/// Write a constant the way Python's `repr` shows it (CPython 3.11 rules for quoting
/// and escaping; floats and complexes as their stored text, already `repr` form).
pub fn write_const_repr(c: &MpyConst, out: &mut dyn Write) -> fmt::Result {
    write_const_repr_nested(c, out, 0)
}

fn write_const_repr_nested(c: &MpyConst, out: &mut dyn Write, depth: usize) -> fmt::Result {
    match c {
        MpyConst::FunTable => out.write_str("<fun_table>"),
        MpyConst::None => out.write_str("None"),
        MpyConst::False => out.write_str("False"),
        MpyConst::True => out.write_str("True"),
        MpyConst::Ellipsis => out.write_str("Ellipsis"),
        MpyConst::Str(s) => write_str_repr(s, out),
        MpyConst::Bytes(b) => write_bytes_repr(b, out),
        MpyConst::Int(t) | MpyConst::Float(t) | MpyConst::Complex(t) => out.write_str(t),
        MpyConst::Tuple(items) => {
            if depth >= MAX_NESTING {
                return out.write_str("(...)");
            }
            out.write_char('(')?;
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.write_str(", ")?;
                }
                write_const_repr_nested(item, out, depth + 1)?;
            }
            if items.len() == 1 {
                out.write_char(',')?;
            }
            out.write_char(')')
        }
    }
}

/// CPython's quote choice: single quotes unless the text has `'` and no `"`.
fn quote_for(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// `repr(str)` as CPython writes it.
pub fn write_str_repr(s: &str, out: &mut dyn Write) -> fmt::Result {
    let quote = quote_for(s.contains('\''), s.contains('"'));
    out.write_char(quote)?;
    for ch in s.chars() {
        match ch {
            '\\' => out.write_str("\\\\")?,
            '\t' => out.write_str("\\t")?,
            '\n' => out.write_str("\\n")?,
            '\r' => out.write_str("\\r")?,
            c if c == quote => write!(out, "\\{c}")?,
            c if is_printable(c) => out.write_char(c)?,
            c => {
                let code = u32::from(c);
                if code < 0x100 {
                    write!(out, "\\x{code:02x}")?;
                } else if code < 0x10000 {
                    write!(out, "\\u{code:04x}")?;
                } else {
                    write!(out, "\\U{code:08x}")?;
                }
            }
        }
    }
    out.write_char(quote)
}

/// `repr(bytes)` as CPython writes it.
pub fn write_bytes_repr(b: &[u8], out: &mut dyn Write) -> fmt::Result {
    let quote = quote_for(b.contains(&b'\''), b.contains(&b'"'));
    out.write_char('b')?;
    out.write_char(quote)?;
    for &byte in b {
        match byte {
            b'\\' => out.write_str("\\\\")?,
            b'\t' => out.write_str("\\t")?,
            b'\n' => out.write_str("\\n")?,
            b'\r' => out.write_str("\\r")?,
            c if char::from(c) == quote => write!(out, "\\{}", char::from(c))?,
            0x20..=0x7e => out.write_char(char::from(byte))?,
            _ => write!(out, "\\x{byte:02x}")?,
        }
    }
    out.write_char(quote)
}

/// CPython's `str.isprintable` for one character. Exact for ASCII and Latin-1; beyond
/// that it knows the format, separator, private-use and noncharacter code points and
/// the unassigned planes, but not every unassigned code point inside assigned blocks.
fn is_printable(c: char) -> bool {
    let code = u32::from(c);
    if code < 0x80 {
        return (0x20..0x7f).contains(&code);
    }
    !matches!(code,
        // Cc, NBSP (Zs), soft hyphen (Cf)
        0x80..=0xa0 | 0xad
        // Cf: Arabic/Syriac format marks, Mongolian vowel separator
        | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x890..=0x891 | 0x8e2 | 0x180e
        // Zs, Cf, Zl, Zp in General Punctuation
        | 0x1680 | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x2064 | 0x2066..=0x206f
        | 0x3000
        // Co (private use), noncharacters, BOM, interlinear annotation
        | 0xe000..=0xf8ff | 0xfdd0..=0xfdef | 0xfeff | 0xfff9..=0xfffb
        // Cf in supplementary planes
        | 0x110bd | 0x110cd | 0x13430..=0x1343f | 0x1bca0..=0x1bca3 | 0x1d173..=0x1d17a
        // unassigned planes 4-13, tags, supplementary private use
        | 0x40000..=0xdffff | 0xe0000..=0xe00ff | 0xf0000..=0x10ffff)
        && code & 0xfffe != 0xfffe
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::mpy::read_mpy;
    use crate::bytecode::mpy::tests::{hex, EX2B, EX3, FIXTURES};
    use alloc::string::{String, ToString};
    use alloc::vec;
    use std::collections::HashMap;

    fn listing(m: &MpyModule) -> String {
        let mut s = String::new();
        disassemble(m, &mut s).unwrap();
        s
    }

    /// Replace every printed address by a label numbered in order of first appearance,
    /// so two listings compare equal iff they agree on which addresses are the same.
    fn canonical_addresses(text: &str) -> String {
        let markers = [
            "descriptor: ",
            "@",
            "MAKE_FUNCTION ",
            "MAKE_FUNCTION_DEFARGS ",
            "MAKE_CLOSURE ",
            "MAKE_CLOSURE_DEFARGS ",
            "LOAD_CONST_OBJ ",
        ];
        let mut labels: HashMap<String, usize> = HashMap::new();
        let mut out = String::new();
        for line in text.lines() {
            let mut rest = line;
            while let Some((at, marker)) = markers
                .iter()
                .filter_map(|m| rest.find(m).map(|i| (i, *m)))
                .min()
            {
                let start = at + marker.len();
                let len = rest[start..]
                    .find(|c: char| !c.is_ascii_hexdigit())
                    .unwrap_or(rest.len() - start);
                out.push_str(&rest[..start]);
                let n = labels.len();
                let label = *labels
                    .entry(rest[start..start + len].to_string())
                    .or_insert(n);
                out.push_str(&std::format!("<{label}>"));
                rest = &rest[start + len..];
            }
            out.push_str(rest);
            out.push('\n');
        }
        out
    }

    /// `micropython -v -v -v <name>.py` run in the fixture directory, cut before the
    /// program's own output (a traceback or the memory summary).
    fn reference_listing(name: &str) -> Option<&'static str> {
        Some(match name {
            "functions" => include_str!("../../tests/fixtures/mpy/functions.lst"),
            "classes" => include_str!("../../tests/fixtures/mpy/classes.lst"),
            "closures" => include_str!("../../tests/fixtures/mpy/closures.lst"),
            "try_with" => include_str!("../../tests/fixtures/mpy/try_with.lst"),
            "generators" => include_str!("../../tests/fixtures/mpy/generators.lst"),
            "constants" => include_str!("../../tests/fixtures/mpy/constants.lst"),
            "operators" => include_str!("../../tests/fixtures/mpy/operators.lst"),
            "ex1" => include_str!("../../tests/fixtures/mpy/ex1.lst"),
            "ex2b" => include_str!("../../tests/fixtures/mpy/ex2b.lst"),
            "ex3" => include_str!("../../tests/fixtures/mpy/ex3.lst"),
            "ex4" => include_str!("../../tests/fixtures/mpy/ex4.lst"),
            "ex5" => include_str!("../../tests/fixtures/mpy/ex5.lst"),
            _ => return None,
        })
    }

    #[test]
    fn listings_match_micropython_apart_from_addresses() {
        for (name, bytes) in FIXTURES {
            let m = read_mpy(bytes).unwrap();
            let ours = canonical_addresses(&listing(&m));
            let theirs = canonical_addresses(reference_listing(name).unwrap());
            assert_eq!(ours, theirs, "{name}");
        }
    }

    #[test]
    fn ex3_listing_exact() {
        let m = read_mpy(&hex(EX3)).unwrap();
        let text = listing(&m);
        let f = text.split("code block 'f'").nth(1).unwrap();
        assert!(f.contains("\n04 FOR_ITER 31\n"));
        assert!(f.contains("\n12 POP_JUMP_IF_FALSE 17\n14 UNWIND_JUMP 31 129\n"));
        assert!(f.contains("\n29 JUMP 4\n"));
        assert!(f.contains("\n  bc=22 line=9\n  bc=31 line=10\n"));
        assert!(text.starts_with(
            "File ex3.py, code block '<module>' (descriptor: d0000000, bytecode @b0000000 9 bytes)\n\
             Raw bytecode (code_info_size=3, bytecode_size=6):\n 00 02 01 32 00 16 02 51 63\n\
             arg names:\n(N_STATE 1)\n(N_EXC_STACK 0)\n  bc=0 line=1\n\
             00 MAKE_FUNCTION d0000020\n02 STORE_NAME f\n04 LOAD_CONST_NONE\n05 RETURN_VALUE\n"
        ));
    }

    #[test]
    fn children_addresses_follow_breadth_first_order() {
        let m = read_mpy(&hex(EX2B)).unwrap();
        let text = listing(&m);
        assert!(text.contains("04 MAKE_FUNCTION_DEFARGS d0000020\n"));
        assert!(text.contains("code block 'outer' (descriptor: d0000020,"));
        assert!(text.contains("02 MAKE_CLOSURE d0000040 2\n"));
        assert!(text.contains("code block 'inner' (descriptor: d0000040,"));
        assert!(text.contains("arg names: * * c\n"));
        assert!(text.contains("(INIT_CELL 0)\n(INIT_CELL 1)\n"));
    }

    #[test]
    fn binary_op_names_as_micropython_lists_them() {
        assert_eq!(listed_binary_method(op::binary::LESS), "__lt__");
        assert_eq!(listed_binary_method(op::binary::IN), "");
        assert_eq!(listed_binary_method(op::binary::INPLACE_OR), "");
        assert_eq!(listed_binary_method(op::binary::INPLACE_ADD), "__iadd__");
        assert_eq!(
            listed_binary_method(op::binary::INPLACE_SUBTRACT),
            "__isub__"
        );
        assert_eq!(listed_binary_method(op::binary::INPLACE_MULTIPLY), "");
        assert_eq!(listed_binary_method(op::binary::INPLACE_POWER), "");
        assert_eq!(listed_binary_method(op::binary::OR), "__or__");
        assert_eq!(listed_binary_method(op::binary::POWER), "__pow__");
    }

    #[test]
    fn decode_examples_of_mpy_md() {
        let code = [0x44, 0x43, 0x40, 0x4f, 0x81, 0x42, 0x25];
        // Offsets are relative to this slice; MPY.md has them at 12, 14, 29.
        let i = decode_instruction(&code, 0).unwrap();
        assert_eq!((i.operand, i.len), (Operand::Jump(2 + 3), 2));
        let i = decode_instruction(&code, 2).unwrap();
        assert_eq!(
            (i.operand, i.extra, i.len),
            (Operand::Jump(4 + 15), Some(0x81), 3)
        );
        let i = decode_instruction(&code, 5).unwrap();
        assert_eq!(i.jump_target(), Some(7 - 27));
        let long = [0x42, 0xb8, 0x7e];
        assert_eq!(
            decode_instruction(&long, 0).unwrap().jump_target(),
            Some(3 - 200)
        );
        let i = decode_instruction(&[0x22, 0x87, 0x68], 0).unwrap();
        assert_eq!((i.operand, i.len), (Operand::SmallInt(1000), 3));
        let i = decode_instruction(&[0x20, 0x00, 0x02], 0).unwrap();
        assert_eq!((i.operand, i.extra), (Operand::Child(0), Some(2)));
        let i = decode_instruction(&[0x81, 0x77], 0).unwrap();
        assert_eq!((i.operand, i.len), (Operand::None, 1));
    }

    #[test]
    fn decode_rejects_undefined_and_truncated() {
        for bad in [
            &[0x00][..],
            &[0x41, 0x00],
            &[0xfa],
            &[0x10],
            &[0x10, 0x80],
            &[0x42, 0x80],
            &[0x20, 0x00],
            &[0x40, 0x00],
        ] {
            assert_eq!(decode_instruction(bad, 0), None, "{bad:x?}");
        }
        assert_eq!(decode_instruction(&[0x51], 1), None);
    }

    fn repr(c: &MpyConst) -> String {
        let mut s = String::new();
        write_const_repr(c, &mut s).unwrap();
        s
    }

    #[test]
    fn reprs_follow_cpython() {
        let s = |t: &str| MpyConst::Str(t.to_string());
        assert_eq!(repr(&s("a'b")), "\"a'b\"");
        assert_eq!(repr(&s("a'b\"")), "'a\\'b\"'");
        assert_eq!(repr(&s("\t\n\r\\\x01\x7f")), "'\\t\\n\\r\\\\\\x01\\x7f'");
        assert_eq!(
            repr(&s("é\u{a0}\u{2028}😀\u{e000}")),
            "'é\\xa0\\u2028😀\\ue000'"
        );
        assert_eq!(
            repr(&MpyConst::Bytes(b"\x00'\"\\ \x7f".to_vec())),
            "b'\\x00\\'\"\\\\ \\x7f'"
        );
        assert_eq!(repr(&MpyConst::Bytes(b"it's".to_vec())), "b\"it's\"");
        assert_eq!(repr(&MpyConst::Tuple(vec![])), "()");
        assert_eq!(
            repr(&MpyConst::Tuple(vec![MpyConst::Int("1".to_string())])),
            "(1,)"
        );
        assert_eq!(
            repr(&MpyConst::Tuple(vec![
                MpyConst::Ellipsis,
                MpyConst::Float("1e+100".to_string()),
                MpyConst::Complex("2j".to_string()),
                MpyConst::Tuple(vec![MpyConst::None, MpyConst::True]),
            ])),
            "(Ellipsis, 1e+100, 2j, (None, True))"
        );
    }

    #[test]
    fn listing_of_damaged_code_does_not_fail() {
        let mut m = read_mpy(&hex(EX3)).unwrap();
        m.root.children[0].fun_data.truncate(19);
        m.root.children[0].fun_data.push(0xff);
        m.root.fun_data = vec![0x80];
        m.qstrs.truncate(1);
        let text = listing(&m);
        assert!(text.contains("(invalid prelude)"));
        assert!(text.contains("<invalid opcode 0xff>"));
        assert!(text.contains("code block '?'"));
        assert!(text.contains("arg names: ?\n"));
        assert!(text.contains("\n06 STORE_FAST 2\n07 <invalid opcode 0xff>\n"));
    }
}
