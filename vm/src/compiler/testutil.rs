//! Test helpers: walk and list the instructions of a `fun_data` (MPY.md §2.6, §5), and
//! read an `.mpy` file written by `mpy-cross` into an `MpyModule` for comparisons.

use crate::bytecode::encode::{read_jump, read_signed, read_vuint};
use crate::bytecode::module::{MpyConst, MpyModule, RawCode, RawCodeKind};
use crate::bytecode::opcodes::{self as op, OperandKind};
use crate::bytecode::prelude::{read_signature, read_size_header, Signature};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// One decoded instruction.
pub struct Insn {
    pub offset: usize,
    pub opcode: u8,
    pub operand: Option<i64>,
    pub extra: Option<u8>,
}

/// The parts of a bytecode `fun_data`.
pub struct Decoded {
    pub sig: Signature,
    pub name: u64,
    pub args: Vec<u64>,
    pub lines: Vec<u8>,
    pub cells: Vec<u8>,
    pub insns: Vec<Insn>,
}

/// Decode a `fun_data`, checking that every instruction is defined, that jumps land on
/// instruction boundaries and that the walk ends exactly at the end.
pub fn walk(fun_data: &[u8]) -> Result<Decoded, String> {
    let mut pos = 0;
    let sig = read_signature(fun_data, &mut pos).ok_or("bad signature")?;
    let size = read_size_header(fun_data, &mut pos).ok_or("bad size header")?;
    let info_end = pos + size.n_info as usize;
    let name = read_vuint(fun_data, &mut pos).ok_or("bad name")?;
    let mut args = Vec::new();
    for _ in 0..(sig.n_pos_args + sig.n_kwonly_args) {
        args.push(read_vuint(fun_data, &mut pos).ok_or("bad arg name")?);
    }
    if pos > info_end {
        return Err("code info overrun".into());
    }
    let lines = fun_data.get(pos..info_end).ok_or("bad info size")?.to_vec();
    let cells_end = info_end + size.n_cell as usize;
    let cells = fun_data
        .get(info_end..cells_end)
        .ok_or("bad cell size")?
        .to_vec();
    let code = fun_data.get(cells_end..).ok_or("no code")?.to_vec();
    let mut insns = Vec::new();
    let mut targets = Vec::new();
    let mut i = 0;
    while i < code.len() {
        let offset = i;
        let opcode = code[i];
        if !op::is_defined(opcode) {
            return Err(format!("undefined opcode {opcode:#04x} at {offset}"));
        }
        i += 1;
        let operand = match op::operand_kind(opcode) {
            OperandKind::None => None,
            OperandKind::Qstr | OperandKind::Uint if opcode == op::LOAD_CONST_SMALL_INT => {
                Some(read_signed(&code, &mut i).ok_or("truncated operand")?)
            }
            OperandKind::Qstr | OperandKind::Uint => {
                Some(read_vuint(&code, &mut i).ok_or("truncated operand")? as i64)
            }
            OperandKind::Jump => {
                let v =
                    read_jump(&code, &mut i, op::is_signed_jump(opcode)).ok_or("truncated jump")?;
                // Relative to the byte after the offset (UNWIND_JUMP: its extra byte).
                let base = i as i64;
                targets.push((offset, base + v));
                Some(base + v)
            }
        };
        let extra = if op::has_extra_byte(opcode) {
            let b = *code.get(i).ok_or("truncated extra byte")?;
            i += 1;
            Some(b)
        } else {
            None
        };
        insns.push(Insn {
            offset,
            opcode,
            operand,
            extra,
        });
    }
    if i != code.len() {
        return Err("walk overran the code".into());
    }
    for (at, t) in targets {
        if t != code.len() as i64 && !insns.iter().any(|x| x.offset as i64 == t) {
            return Err(format!("jump at {at} to {t}: not an instruction boundary"));
        }
    }
    Ok(Decoded {
        sig,
        name,
        args,
        lines,
        cells,
        insns,
    })
}

/// A readable listing of a code object, for failure messages.
pub fn listing(fun_data: &[u8], qstrs: &[String]) -> String {
    let d = match walk(fun_data) {
        Ok(d) => d,
        Err(e) => return format!("<undecodable: {e}>"),
    };
    let q = |i: u64| {
        qstrs
            .get(i as usize)
            .cloned()
            .unwrap_or_else(|| format!("q{i}"))
    };
    let mut out = format!(
        "  {} args={:?} n_state={} exc={} flags={:#x} pos={} kw={} def={} lines={:02x?} cells={:?}\n",
        q(d.name),
        d.args.iter().map(|a| q(*a)).collect::<Vec<_>>(),
        d.sig.n_state,
        d.sig.n_exc_stack,
        d.sig.scope_flags,
        d.sig.n_pos_args,
        d.sig.n_kwonly_args,
        d.sig.n_def_pos_args,
        d.lines,
        d.cells
    );
    for insn in &d.insns {
        let name = op::name(insn.opcode);
        let operand = match (insn.opcode, insn.operand) {
            (0x70..=0xaf, _) => format!("{}", insn.opcode as i64 - 0x80),
            (0xb0..=0xcf, _) => format!("{}", insn.opcode & 0xf),
            (0xd0..=0xd3, _) => format!("{}", insn.opcode - 0xd0),
            (0xd7..=0xf9, _) => format!("{}", insn.opcode - 0xd7),
            (0x10..=0x1c, Some(v)) => q(v as u64),
            (_, Some(v)) => format!("{v}"),
            _ => String::new(),
        };
        let extra = insn.extra.map(|e| format!(" +{e}")).unwrap_or_default();
        out.push_str(&format!("    {:3} {name} {operand}{extra}\n", insn.offset));
    }
    out
}

/// The static qstr list, read from MPY.md Appendix A.
pub fn static_qstrs(mpy_md: &str) -> Vec<String> {
    let mut list = Vec::new();
    let mut in_table = false;
    for line in mpy_md.lines() {
        if line.starts_with("idx  bytes") {
            in_table = true;
            continue;
        }
        if in_table {
            if line.starts_with("```") {
                break;
            }
            let Some(start) = line.find('\'') else {
                continue;
            };
            let lit = &line[start + 1..line.len() - 1];
            let text = lit.replace("\\n", "\n");
            list.push(text);
        }
    }
    list
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    statics: &'a [String],
}

impl Reader<'_> {
    fn vuint(&mut self) -> Result<u64, String> {
        read_vuint(self.data, &mut self.pos).ok_or_else(|| "truncated".into())
    }

    fn bytes(&mut self, n: usize) -> Result<Vec<u8>, String> {
        let b = self
            .data
            .get(self.pos..self.pos + n)
            .ok_or("truncated")?
            .to_vec();
        self.pos += n;
        Ok(b)
    }

    fn constant(&mut self) -> Result<MpyConst, String> {
        let kind = self.bytes(1)?[0];
        let text = |r: &mut Self, term: bool| -> Result<Vec<u8>, String> {
            let n = r.vuint()? as usize;
            let b = r.bytes(n)?;
            if term {
                r.bytes(1)?;
            }
            Ok(b)
        };
        Ok(match kind {
            0 => MpyConst::FunTable,
            1 => MpyConst::None,
            2 => MpyConst::False,
            3 => MpyConst::True,
            4 => MpyConst::Ellipsis,
            5 => MpyConst::Str(String::from_utf8_lossy(&text(self, true)?).into()),
            6 => MpyConst::Bytes(text(self, true)?),
            7 => MpyConst::Int(String::from_utf8_lossy(&text(self, false)?).into()),
            8 => MpyConst::Float(String::from_utf8_lossy(&text(self, false)?).into()),
            9 => MpyConst::Complex(String::from_utf8_lossy(&text(self, false)?).into()),
            10 => {
                let n = self.vuint()?;
                let mut items = Vec::new();
                for _ in 0..n {
                    items.push(self.constant()?);
                }
                MpyConst::Tuple(items)
            }
            k => return Err(format!("bad constant kind {k}")),
        })
    }

    fn raw_code(&mut self) -> Result<RawCode, String> {
        let word = self.vuint()?;
        if word & 3 != 0 {
            return Err("native code".into());
        }
        let fun_data = self.bytes((word >> 3) as usize)?;
        let mut children = Vec::new();
        if word & 4 != 0 {
            let n = self.vuint()?;
            for _ in 0..n {
                children.push(self.raw_code()?);
            }
        }
        Ok(RawCode {
            kind: RawCodeKind::Bytecode,
            fun_data,
            children,
            local_names: Vec::new(),
        })
    }
}

/// Read a bytecode-only `.mpy` file.
pub fn read_mpy(data: &[u8], statics: &[String]) -> Result<MpyModule, String> {
    if data.get(..2) != Some(&[0x4d, 6]) {
        return Err("not an .mpy v6".into());
    }
    let mut r = Reader {
        data,
        pos: 4,
        statics,
    };
    let n_qstr = r.vuint()?;
    let n_obj = r.vuint()?;
    let mut qstrs = Vec::new();
    for _ in 0..n_qstr {
        let v = r.vuint()?;
        if v & 1 == 1 {
            let s = r
                .statics
                .get((v >> 1) as usize - 1)
                .cloned()
                .ok_or("bad static qstr")?;
            qstrs.push(s);
        } else {
            let b = r.bytes((v >> 1) as usize)?;
            r.bytes(1)?;
            qstrs.push(String::from_utf8_lossy(&b).into());
        }
    }
    let mut consts = Vec::new();
    for _ in 0..n_obj {
        consts.push(r.constant()?);
    }
    let root = r.raw_code()?;
    Ok(MpyModule {
        small_int_bits: data[3],
        qstrs,
        consts,
        root,
    })
}

fn put_vuint(out: &mut Vec<u8>, v: u64) {
    crate::bytecode::encode::write_vuint(out, v).unwrap_or(());
}

fn put_const(out: &mut Vec<u8>, c: &MpyConst) {
    let text = |out: &mut Vec<u8>, kind: u8, bytes: &[u8], term: bool| {
        out.push(kind);
        put_vuint(out, bytes.len() as u64);
        out.extend_from_slice(bytes);
        if term {
            out.push(0);
        }
    };
    match c {
        MpyConst::FunTable => out.push(0),
        MpyConst::None => out.push(1),
        MpyConst::False => out.push(2),
        MpyConst::True => out.push(3),
        MpyConst::Ellipsis => out.push(4),
        MpyConst::Str(s) => text(out, 5, s.as_bytes(), true),
        MpyConst::Bytes(b) => text(out, 6, b, true),
        MpyConst::Int(s) => text(out, 7, s.as_bytes(), false),
        MpyConst::Float(s) => text(out, 8, s.as_bytes(), false),
        MpyConst::Complex(s) => text(out, 9, s.as_bytes(), false),
        MpyConst::Tuple(items) => {
            out.push(10);
            put_vuint(out, items.len() as u64);
            for i in items {
                put_const(out, i);
            }
        }
    }
}

fn put_raw_code(out: &mut Vec<u8>, rc: &RawCode) {
    let has_children = !rc.children.is_empty();
    put_vuint(
        out,
        ((rc.fun_data.len() as u64) << 3) | (u64::from(has_children) << 2),
    );
    out.extend_from_slice(&rc.fun_data);
    if has_children {
        put_vuint(out, rc.children.len() as u64);
        for c in &rc.children {
            put_raw_code(out, c);
        }
    }
}

/// Serialise a module as an `.mpy` file (static qstrs written as static entries).
pub fn write_mpy(m: &MpyModule, statics: &[String]) -> Vec<u8> {
    let mut out = alloc::vec![0x4d, 6, 0, m.small_int_bits];
    put_vuint(&mut out, m.qstrs.len() as u64);
    put_vuint(&mut out, m.consts.len() as u64);
    for q in &m.qstrs {
        match statics.iter().position(|s| s == q) {
            Some(i) => put_vuint(&mut out, ((i as u64 + 1) << 1) | 1),
            None => {
                put_vuint(&mut out, (q.len() as u64) << 1);
                out.extend_from_slice(q.as_bytes());
                out.push(0);
            }
        }
    }
    for c in &m.consts {
        put_const(&mut out, c);
    }
    put_raw_code(&mut out, &m.root);
    out
}
