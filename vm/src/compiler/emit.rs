//! The bytecode emitter for one code object: writes instructions, books the stack depth
//! (MPY.md §9.4, a linear walk in emission order), places labels and sizes jumps the way
//! mpy-cross does (§9.6), suppresses dead code after unconditional transfers (§9.5) and
//! builds the line-number table (§9.7). The code generator drives it once per pass.

use super::budget::Budget;
use super::CompileError;
use crate::bytecode::encode::{encode_jump, vuint_len};
use crate::bytecode::opcodes as op;
use alloc::vec::Vec;

/// The passes over one scope (§9.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pass {
    /// Discovers identifiers and nested scopes; registers qstrs, constants, children.
    Scope,
    /// All jumps long; records label positions and the stack depth.
    StackSize,
    /// Jumps sized from the previous pass's label positions.
    CodeSize,
    /// Repeated until the sizes stop changing.
    Emit,
}

/// A jump target inside the current code object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(u32);

const UNPLACED: u32 = u32::MAX;

/// Emitter state for the code object being compiled.
pub struct Emitter {
    pub pass: Pass,
    pub code: Vec<u8>,
    labels: Vec<u32>,
    next_label: u32,
    /// A label was placed at a different offset than in the previous pass.
    labels_moved: bool,
    /// Jumps are all long regardless of distance (fallback if sizes never settle).
    pub force_long: bool,
    stack: i32,
    pub max_stack: i32,
    /// After an unconditional transfer: nothing is written until the next label.
    dead: bool,
    pub lines: Vec<u8>,
    last_line: u32,
    last_line_offset: usize,
    pub record_lines: bool,
    /// A jump offset did not fit its encoding (only an error in an emit pass).
    pub overflow: bool,
}

impl Emitter {
    pub fn new() -> Emitter {
        Emitter {
            pass: Pass::Scope,
            code: Vec::new(),
            labels: Vec::new(),
            next_label: 0,
            labels_moved: false,
            force_long: false,
            stack: 0,
            max_stack: 0,
            dead: false,
            lines: Vec::new(),
            last_line: 1,
            last_line_offset: 0,
            record_lines: true,
            overflow: false,
        }
    }

    /// Forget everything about the previous scope.
    pub fn reset_scope(&mut self) {
        self.labels.clear();
        self.force_long = false;
    }

    /// Start a pass over the current scope.
    pub fn start_pass(&mut self, pass: Pass) {
        self.pass = pass;
        self.code.clear();
        self.lines.clear();
        self.next_label = 0;
        self.labels_moved = false;
        self.stack = 0;
        self.max_stack = 0;
        self.dead = false;
        self.last_line = 1;
        self.last_line_offset = 0;
        self.overflow = false;
    }

    /// True if some label moved since the previous pass.
    pub fn labels_moved(&self) -> bool {
        self.labels_moved
    }

    pub fn is_dead(&self) -> bool {
        self.dead
    }

    pub fn offset(&self) -> usize {
        self.code.len()
    }

    fn write(&mut self, budget: &Budget, bytes: &[u8]) -> Result<(), CompileError> {
        if !self.dead {
            budget.extend(&mut self.code, bytes)?;
        }
        Ok(())
    }

    /// Book a stack change without emitting anything.
    pub fn adjust(&mut self, delta: i32) {
        self.stack += delta;
        if self.stack > self.max_stack {
            self.max_stack = self.stack;
        }
    }

    fn after(&mut self, opcode: u8, delta: i32) {
        self.adjust(delta);
        if matches!(
            opcode,
            op::JUMP
                | op::RETURN_VALUE
                | op::RAISE_LAST
                | op::RAISE_OBJ
                | op::RAISE_FROM
                | op::UNWIND_JUMP
                | op::POP_EXCEPT_JUMP
        ) {
            self.dead = true;
        }
    }

    /// An instruction without operand.
    pub fn op(&mut self, budget: &Budget, opcode: u8, delta: i32) -> Result<(), CompileError> {
        self.write(budget, &[opcode])?;
        self.after(opcode, delta);
        Ok(())
    }

    /// An instruction with a vuint operand (qstr index, slot, count, constant, child).
    pub fn op_uint(
        &mut self,
        budget: &Budget,
        opcode: u8,
        value: u32,
        delta: i32,
    ) -> Result<(), CompileError> {
        let mut buf = [0u8; 6];
        buf[0] = opcode;
        let n = vuint_len(u64::from(value));
        let mut v = value;
        for i in (0..n).rev() {
            buf[1 + i] = (v & 0x7f) as u8 | if i + 1 < n { 0x80 } else { 0 };
            v >>= 7;
        }
        self.write(budget, &buf[..1 + n])?;
        self.after(opcode, delta);
        Ok(())
    }

    /// `MAKE_CLOSURE*`: child operand plus the cell-count extra byte.
    pub fn op_closure(
        &mut self,
        budget: &Budget,
        opcode: u8,
        child: u32,
        n_cells: u8,
        delta: i32,
    ) -> Result<(), CompileError> {
        let mut buf = [0u8; 7];
        buf[0] = opcode;
        let n = vuint_len(u64::from(child));
        let mut v = child;
        for i in (0..n).rev() {
            buf[1 + i] = (v & 0x7f) as u8 | if i + 1 < n { 0x80 } else { 0 };
            v >>= 7;
        }
        buf[1 + n] = n_cells;
        self.write(budget, &buf[..2 + n])?;
        self.after(opcode, delta);
        Ok(())
    }

    /// Push an integer: the one-byte form for −16…47, else `LOAD_CONST_SMALL_INT`.
    pub fn load_small_int(&mut self, budget: &Budget, value: i64) -> Result<(), CompileError> {
        if (op::SMALL_INT_MULTI_MIN..=op::SMALL_INT_MULTI_MAX).contains(&value) {
            let opcode = (value + i64::from(op::LOAD_CONST_SMALL_INT_MULTI_EXCESS)) as u8;
            return self.op(budget, opcode, 1);
        }
        let mut buf = Vec::new();
        budget.push(&mut buf, op::LOAD_CONST_SMALL_INT)?;
        crate::bytecode::encode::write_signed(&mut buf, value)
            .map_err(|_| CompileError::MemoryError)?;
        self.write(budget, &buf)?;
        self.after(op::LOAD_CONST_SMALL_INT, 1);
        Ok(())
    }

    /// Raw bytes that are not booked on the stack (the `POP_TOP`s of `break` out of `for`).
    pub fn raw(&mut self, budget: &Budget, bytes: &[u8]) -> Result<(), CompileError> {
        self.write(budget, bytes)
    }

    pub fn new_label(&mut self, budget: &Budget) -> Result<Label, CompileError> {
        let l = self.next_label;
        self.next_label += 1;
        while self.labels.len() <= l as usize {
            budget.push(&mut self.labels, UNPLACED)?;
        }
        Ok(Label(l))
    }

    pub fn place(&mut self, label: Label) {
        let offset = self.code.len() as u32;
        if let Some(slot) = self.labels.get_mut(label.0 as usize) {
            if *slot != offset {
                self.labels_moved = true;
            }
            *slot = offset;
        }
        self.dead = false;
    }

    /// A jump (any of 0x42…0x4B) to `label`.
    pub fn jump(
        &mut self,
        budget: &Budget,
        opcode: u8,
        label: Label,
        delta: i32,
    ) -> Result<(), CompileError> {
        self.jump_with_extra(budget, opcode, label, None)?;
        self.after(opcode, delta);
        Ok(())
    }

    /// `UNWIND_JUMP label, extra`.
    pub fn unwind_jump(
        &mut self,
        budget: &Budget,
        label: Label,
        extra: u8,
    ) -> Result<(), CompileError> {
        self.jump_with_extra(budget, op::UNWIND_JUMP, label, Some(extra))?;
        self.after(op::UNWIND_JUMP, 0);
        Ok(())
    }

    fn jump_with_extra(
        &mut self,
        budget: &Budget,
        opcode: u8,
        label: Label,
        extra: Option<u8>,
    ) -> Result<(), CompileError> {
        if self.dead {
            return Ok(());
        }
        let signed = op::is_signed_jump(opcode);
        let pos = self.code.len() as i64;
        let target = self
            .labels
            .get(label.0 as usize)
            .copied()
            .unwrap_or(UNPLACED);
        let long_only = matches!(self.pass, Pass::Scope | Pass::StackSize)
            || self.force_long
            || target == UNPLACED;
        let target = if target == UNPLACED {
            pos
        } else {
            i64::from(target)
        };
        let d = target - (pos + 2);
        let short = !long_only
            && if signed {
                (-64..=63).contains(&d)
            } else {
                (0..=127).contains(&d)
            };
        let encoded = if short {
            encode_jump(d, signed, false)
        } else {
            encode_jump(d - 1, signed, true)
        };
        let (bytes, n) = match encoded {
            Some(e) => e,
            None => {
                self.overflow = true;
                ([0x80, 0x00], 2)
            }
        };
        let mut buf = [opcode, 0, 0, 0];
        buf[1..1 + n].copy_from_slice(&bytes[..n]);
        let mut len = 1 + n;
        if let Some(extra) = extra {
            buf[len] = extra;
            len += 1;
        }
        self.write(budget, &buf[..len])
    }

    /// Announce that code for source line `line` starts here (§9.7).
    pub fn set_line(&mut self, budget: &Budget, line: u32) -> Result<(), CompileError> {
        if !self.record_lines || line <= self.last_line {
            return Ok(());
        }
        let mut b = self.code.len().saturating_sub(self.last_line_offset);
        let mut l = line - self.last_line;
        while b > 0 || l > 0 {
            if l <= 6 || b > 15 {
                let db = b.min(31);
                let dl = if db < b { 0 } else { l.min(3) };
                budget.push(&mut self.lines, ((dl << 5) as u8) | db as u8)?;
                b -= db;
                l -= dl;
            } else {
                let db = b.min(15);
                let dl = l.min(2047);
                budget.push(&mut self.lines, 0x80 | ((dl >> 8) << 4) as u8 | db as u8)?;
                budget.push(&mut self.lines, (dl & 0xff) as u8)?;
                b -= db;
                l -= dl;
            }
        }
        self.last_line = line;
        self.last_line_offset = self.code.len();
        Ok(())
    }
}

impl Default for Emitter {
    fn default() -> Self {
        Emitter::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_for(steps: &[(usize, u32)]) -> Vec<u8> {
        let b = Budget::new(1 << 16);
        let mut e = Emitter::new();
        e.start_pass(Pass::Emit);
        for &(pad, line) in steps {
            for _ in 0..pad {
                e.op(&b, op::POP_TOP, 0).unwrap();
            }
            e.set_line(&b, line).unwrap();
        }
        e.lines
    }

    #[test]
    fn line_table_examples_of_mpy_md() {
        assert_eq!(lines_for(&[(13, 6)]), [0x6d, 0x40]);
        assert_eq!(lines_for(&[(0, 8)]), [0x80, 0x07]);
        assert_eq!(lines_for(&[(11, 2)]), [0x2b]);
        assert_eq!(
            lines_for(&[
                (0, 2),
                (2, 3),
                (5, 4),
                (2, 5),
                (5, 6),
                (3, 7),
                (5, 9),
                (9, 10)
            ]),
            [0x20, 0x22, 0x25, 0x22, 0x25, 0x23, 0x45, 0x29]
        );
    }

    #[test]
    fn jumps_relax_to_short_form() {
        let b = Budget::new(1 << 16);
        let mut e = Emitter::new();
        for pass in [Pass::StackSize, Pass::CodeSize, Pass::Emit] {
            e.start_pass(pass);
            let top = e.new_label(&b).unwrap();
            let end = e.new_label(&b).unwrap();
            e.place(top);
            e.jump(&b, op::POP_JUMP_IF_FALSE, end, -1).unwrap();
            e.jump(&b, op::JUMP, top, 0).unwrap();
            e.place(end);
        }
        assert_eq!(e.code, [op::POP_JUMP_IF_FALSE, 0x42, op::JUMP, 0x3c]);
    }
}
