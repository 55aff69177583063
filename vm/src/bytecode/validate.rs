//! Static checks on the bytecode of a module (MPY.md §11), so the interpreter can trust
//! every `.mpy` it runs: MicroPython itself does no bounds checks at run time.
//!
//! In: an [`MpyModule`] (from the `.mpy` reader or the compiler); out: `Ok` or the first
//! [`ValidationError`], naming the raw code and bytecode offset. Per bytecode raw code:
//! the prelude decodes canonically and lies within `fun_data`; the code info, line
//! table and cell list are well formed; every instruction decodes and the walk ends
//! exactly at the end; jumps land on instruction boundaries; qstr, constant, child and
//! local-slot operands are in range; and a flow analysis with the runtime stack effects
//! of §3 and the exception-stack model of §5.9 shows consistent stack depths at joins,
//! no underflow, `locals + depth <= n_state` (locals = parameters and cells) and
//! `SETUP_*` nesting `<= n_exc_stack`. One approximation: inside a running finally
//! handler the return/unwind marker pair is counted as one slot (see `State`), so
//! there the frame-size check adds a slot and the underflow check allows one; the VM
//! must still bounds-check its stack. Cost is linear in the code size times a bounded
//! exception-stack depth.

use super::disasm::{decode_instruction, scope_order, Instruction, Operand};
use super::module::{MpyModule, RawCode, RawCodeKind};
use super::opcodes as op;
use super::prelude::{
    code_layout, line_entries, scope_flags, write_signature, write_size_header, CodeLayout,
    LayoutError,
};
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

/// Deepest exception stack the analysis follows; real code nests a handful of levels.
pub const MAX_EXC_DEPTH: usize = 256;
/// Longest block name copied into an error.
const MAX_NAME_IN_ERROR: usize = 64;
/// Slots a `for` loop iterator occupies on the value stack.
const ITER_SLOTS: u64 = 4;
/// Marks bytecode offsets that are not the start of an instruction.
const NOT_A_BOUNDARY: u32 = u32::MAX;

/// What is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// Native, viper or asm raw code: not executable here.
    NotBytecode,
    /// Signature, size header, code info or cell list do not decode or do not fit.
    Prelude(LayoutError),
    /// Signature or size header not in the minimal encoding the writer produces.
    NonCanonicalPrelude,
    /// Block name or an argument name is not a valid qstr index.
    NameOutOfRange,
    /// The line table has a cut-off entry or counts past the end of the bytecode.
    BadLineTable,
    /// A cell-list entry is not a local slot.
    CellOutOfRange,
    /// Parameters need more slots than n_state provides.
    TooManyArguments,
    /// Undefined opcode, or an operand cut off by the end of the code.
    BadInstruction,
    /// A jump target outside the bytecode.
    JumpOutOfCode,
    /// A jump target in the middle of an instruction.
    JumpIntoInstruction,
    QstrOutOfRange,
    ConstOutOfRange,
    ChildOutOfRange,
    SlotOutOfRange,
    /// An operand value the VM cannot act on (slice arity, comprehension kind, packed
    /// call counts above 255, a small int wider than the header's small-int bits).
    BadOperand,
    /// `YIELD_VALUE`/`YIELD_FROM` in a raw code without the GENERATOR flag.
    YieldOutsideGenerator,
    /// Executing past the last instruction.
    FallsOffEnd,
    StackUnderflow,
    /// Locals plus stack depth exceed n_state.
    StackOverflow,
    /// Two paths reach an instruction with different stack depths.
    DepthMismatch,
    /// Two paths reach an instruction with different exception stacks.
    ExcStackMismatch,
    /// `POP_EXCEPT_JUMP`, `END_FINALLY` or `UNWIND_JUMP` without an exception-stack entry.
    ExcStackUnderflow,
    /// `SETUP_*` nesting exceeds n_exc_stack (or [`MAX_EXC_DEPTH`]).
    ExcStackOverflow,
    /// Control reaches a handler with less on the stack than the handler's saved depth.
    HandlerDepth,
    OutOfMemory,
}

/// A validation failure, located by raw code and bytecode offset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    /// Position of the raw code in scope order (module = 0, then breadth-first).
    pub raw_code: usize,
    /// Block name (`<module>`, function name ...), `?` if it cannot be read.
    pub block: String,
    /// Bytecode offset of the offending instruction, if the problem is in the code.
    pub offset: Option<usize>,
    pub kind: ErrorKind,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid bytecode in '{}' (raw code {}",
            self.block, self.raw_code
        )?;
        if let Some(offset) = self.offset {
            write!(f, ", offset {offset}")?;
        }
        write!(f, "): {:?}", self.kind)
    }
}

/// Check every raw code of `m`, in scope order; the first failure is returned.
pub fn validate_module(m: &MpyModule) -> Result<(), ValidationError> {
    let order = scope_order(&m.root).ok_or(ValidationError {
        raw_code: 0,
        block: String::new(),
        offset: None,
        kind: ErrorKind::OutOfMemory,
    })?;
    for (index, &(rc, _)) in order.iter().enumerate() {
        validate_raw_code(m, rc, index)?;
    }
    Ok(())
}

fn validate_raw_code(m: &MpyModule, rc: &RawCode, index: usize) -> Result<(), ValidationError> {
    let fail = |layout: Option<&CodeLayout>, offset: Option<usize>, kind: ErrorKind| {
        let name = layout
            .and_then(|l| usize::try_from(l.name).ok())
            .and_then(|q| m.qstrs.get(q))
            .map_or("?", |s| s.as_str());
        ValidationError {
            raw_code: index,
            block: bounded_copy(name),
            offset,
            kind,
        }
    };
    if rc.kind != RawCodeKind::Bytecode {
        return Err(fail(None, None, ErrorKind::NotBytecode));
    }
    let data = rc.fun_data.as_slice();
    let layout = code_layout(data).map_err(|e| fail(None, None, ErrorKind::Prelude(e)))?;
    let ctx = CodeContext::new(m, rc, &layout);
    ctx.check_prelude()
        .and_then(|()| ctx.check_code())
        .map_err(|(offset, kind)| fail(Some(&layout), offset, kind))
}

/// Copy of `s` limited to [`MAX_NAME_IN_ERROR`] bytes; empty if memory runs out.
fn bounded_copy(s: &str) -> String {
    let mut end = s.len().min(MAX_NAME_IN_ERROR);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let mut out = String::new();
    if out.try_reserve_exact(end).is_ok() {
        out.push_str(s.get(..end).unwrap_or(""));
    }
    out
}

type Failure = (Option<usize>, ErrorKind);

/// One raw code being checked.
struct CodeContext<'a> {
    m: &'a MpyModule,
    rc: &'a RawCode,
    layout: &'a CodeLayout,
    data: &'a [u8],
    code: &'a [u8],
    n_state: u64,
    /// Slots taken by parameters, `*args` and `**kw`.
    arg_slots: u64,
}

impl<'a> CodeContext<'a> {
    fn new(m: &'a MpyModule, rc: &'a RawCode, layout: &'a CodeLayout) -> Self {
        let data = rc.fun_data.as_slice();
        let sig = &layout.signature;
        let flag_slots = u64::from(sig.scope_flags & scope_flags::VARARGS != 0)
            + u64::from(sig.scope_flags & scope_flags::VARKEYWORDS != 0);
        CodeContext {
            m,
            rc,
            layout,
            data,
            code: data.get(layout.code_start..).unwrap_or(&[]),
            n_state: u64::from(sig.n_state),
            arg_slots: layout.n_arg_names() + flag_slots,
        }
    }

    fn check_prelude(&self) -> Result<(), Failure> {
        let l = self.layout;
        let mut canonical = Vec::new();
        let oom = (None, ErrorKind::OutOfMemory);
        write_signature(&mut canonical, &l.signature).map_err(|_| oom)?;
        write_size_header(&mut canonical, &l.size).map_err(|_| oom)?;
        let header_len = l.signature_len + l.size_len;
        if self.data.get(..header_len) != Some(canonical.as_slice()) {
            return Err((None, ErrorKind::NonCanonicalPrelude));
        }
        let n_qstr = self.m.qstrs.len() as u64;
        if l.name >= n_qstr || l.arg_names(self.data).any(|q| q >= n_qstr) {
            return Err((None, ErrorKind::NameOutOfRange));
        }
        let table = self.data.get(l.line_table.clone()).unwrap_or(&[]);
        let mut bc = 0u64;
        for entry in line_entries(table) {
            let (dbc, _) = entry.map_err(|()| (None, ErrorKind::BadLineTable))?;
            bc += u64::from(dbc);
        }
        if bc > self.code.len() as u64 {
            return Err((None, ErrorKind::BadLineTable));
        }
        let cells = self.data.get(l.cells.clone()).unwrap_or(&[]);
        if cells.iter().any(|&c| u64::from(c) >= self.n_state) {
            return Err((None, ErrorKind::CellOutOfRange));
        }
        if self.arg_slots > self.n_state {
            return Err((None, ErrorKind::TooManyArguments));
        }
        Ok(())
    }

    fn check_code(&self) -> Result<(), Failure> {
        let decoded = self.decode_all()?;
        let flow = Flow::new(self, &decoded)?;
        flow.run()
    }

    /// Decode every instruction in order and check everything that needs no flow
    /// information: operand ranges and jump targets.
    fn decode_all(&self) -> Result<Decoded, Failure> {
        let code = self.code;
        let oom = (None, ErrorKind::OutOfMemory);
        let mut boundary: Vec<u32> = Vec::new();
        boundary.try_reserve_exact(code.len()).map_err(|_| oom)?;
        boundary.resize(code.len(), NOT_A_BOUNDARY);
        let mut insns: Vec<(usize, Instruction)> = Vec::new();
        // Parameters and cells are live for the whole call, so they must not share
        // slots with the value stack. Other slot operands only need to be inside the
        // frame: mpy-cross itself stores a class body's plain `__class__` assignment in
        // slot 0 without counting it as a local.
        let mut locals = self.arg_slots;
        if let Some(&c) = self
            .data
            .get(self.layout.cells.clone())
            .and_then(|c| c.iter().max())
        {
            locals = locals.max(u64::from(c) + 1);
        }
        let mut pos = 0;
        while pos < code.len() {
            let insn =
                decode_instruction(code, pos).ok_or((Some(pos), ErrorKind::BadInstruction))?;
            self.check_operand(&insn).map_err(|k| (Some(pos), k))?;
            let index = u32::try_from(insns.len()).map_err(|_| oom)?;
            if let Some(b) = boundary.get_mut(pos) {
                *b = index;
            }
            insns.try_reserve(1).map_err(|_| oom)?;
            insns.push((pos, insn));
            pos += insn.len;
        }
        for &(pos, insn) in &insns {
            if let Some(target) = insn.jump_target() {
                let t = usize::try_from(target)
                    .ok()
                    .filter(|&t| t < code.len())
                    .ok_or((Some(pos), ErrorKind::JumpOutOfCode))?;
                if boundary.get(t) == Some(&NOT_A_BOUNDARY) {
                    return Err((Some(pos), ErrorKind::JumpIntoInstruction));
                }
            }
        }
        Ok(Decoded {
            insns,
            boundary,
            locals,
        })
    }

    /// Range checks of one operand.
    fn check_operand(&self, insn: &Instruction) -> Result<(), ErrorKind> {
        let slot = |s: u64| {
            if s < self.n_state {
                Ok(())
            } else {
                Err(ErrorKind::SlotOutOfRange)
            }
        };
        let opcode = insn.opcode;
        match (opcode, insn.operand) {
            (_, Operand::Qstr(q)) if q >= self.m.qstrs.len() as u64 => {
                Err(ErrorKind::QstrOutOfRange)
            }
            (_, Operand::Const(k)) if k >= self.m.consts.len() as u64 => {
                Err(ErrorKind::ConstOutOfRange)
            }
            (_, Operand::Child(c)) if c >= self.rc.children.len() as u64 => {
                Err(ErrorKind::ChildOutOfRange)
            }
            (_, Operand::SmallInt(v)) if !fits_small_int(v, self.m.small_int_bits) => {
                Err(ErrorKind::BadOperand)
            }
            (
                op::LOAD_FAST_N
                | op::STORE_FAST_N
                | op::LOAD_DEREF
                | op::STORE_DEREF
                | op::DELETE_FAST
                | op::DELETE_DEREF,
                Operand::Uint(s),
            ) => slot(s),
            (0xB0..=0xBF, _) => slot(u64::from(opcode - op::LOAD_FAST_MULTI)),
            (0xC0..=0xCF, _) => slot(u64::from(opcode - op::STORE_FAST_MULTI)),
            (op::BUILD_SLICE, Operand::Uint(n)) if n != 2 && n != 3 => Err(ErrorKind::BadOperand),
            (op::STORE_COMP, Operand::Uint(u)) => {
                let needed = if u & 3 == 1 { 2 } else { 1 };
                if u & 3 == 3 || u >> 2 < needed {
                    Err(ErrorKind::BadOperand)
                } else {
                    Ok(())
                }
            }
            (op::UNPACK_EX | op::CALL_FUNCTION..=op::CALL_METHOD_VAR_KW, Operand::Uint(u))
                if u > 0xffff =>
            {
                Err(ErrorKind::BadOperand)
            }
            (op::YIELD_VALUE | op::YIELD_FROM, _)
                if self.layout.signature.scope_flags & scope_flags::GENERATOR == 0 =>
            {
                Err(ErrorKind::YieldOutsideGenerator)
            }
            _ => Ok(()),
        }
    }
}

/// True if `v` is representable in a signed integer of `bits` bits.
fn fits_small_int(v: i64, bits: u8) -> bool {
    match bits {
        0 => false,
        1..=63 => {
            let half = 1i64 << (bits - 1);
            (-half..half).contains(&v)
        }
        _ => true,
    }
}

struct Decoded {
    /// Every instruction with its bytecode offset, in code order.
    insns: Vec<(usize, Instruction)>,
    /// For each bytecode offset: index into `insns`, or [`NOT_A_BOUNDARY`].
    boundary: Vec<u32>,
    /// Slots the value stack must leave alone: parameters and cells.
    locals: u64,
}

/// Which `SETUP_*` made an exception-stack entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EntryKind {
    Except,
    Finally,
    /// A finally-like entry whose handler (`WITH_CLEANUP`) also consumes the
    /// `exit, self_or_NULL` pair saved below the handler's depth.
    With,
}

/// One exception-stack entry (§5.9).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ExcEntry {
    handler: usize,
    /// Value-stack depth restored when the handler is entered.
    depth: u64,
    kind: EntryKind,
}

impl ExcEntry {
    /// Finally-like entries are also entered by `return` and `break`/`continue`.
    fn finally_like(&self) -> bool {
        self.kind != EntryKind::Except
    }

    /// Its handler code is running at `pos` (§5.9: handlers follow the protected code).
    fn active_at(&self, pos: usize) -> bool {
        self.handler <= pos
    }
}

/// Exception stacks are shared linked lists in an arena, so storing one per instruction
/// costs one index, not a copy.
#[derive(Clone, Copy)]
struct ExcNode {
    entry: ExcEntry,
    parent: Option<u32>,
    len: usize,
}

/// Abstract machine state before an instruction.
///
/// A finally handler starts with one value saying why it runs: `None`, an exception,
/// or — entered by `return` or an unwinding jump — a pair (value or destination, small
/// int). The model counts that as one slot, which keeps depths equal where MicroPython's
/// own code joins paths of both kinds (`async with` cleanup shuffles the pair with
/// `ROT_THREE`). So inside running finally handlers the real depth may be one more per
/// handler: that slack is added when checking the frame size and allowed when checking
/// underflow.
#[derive(Clone, Copy, PartialEq, Eq)]
struct State {
    depth: u64,
    exc: Option<u32>,
}

struct Flow<'a, 'c> {
    ctx: &'c CodeContext<'a>,
    decoded: &'c Decoded,
    states: Vec<Option<State>>,
    arena: Vec<ExcNode>,
    worklist: Vec<u32>,
    n_exc_stack: usize,
}

impl<'a, 'c> Flow<'a, 'c> {
    fn new(ctx: &'c CodeContext<'a>, decoded: &'c Decoded) -> Result<Self, Failure> {
        let oom = (None, ErrorKind::OutOfMemory);
        let n = decoded.insns.len();
        let mut states = Vec::new();
        states.try_reserve_exact(n).map_err(|_| oom)?;
        states.resize(n, None);
        let mut worklist = Vec::new();
        worklist.try_reserve(n.max(1)).map_err(|_| oom)?;
        let n_exc_stack = usize::try_from(ctx.layout.signature.n_exc_stack).unwrap_or(usize::MAX);
        Ok(Flow {
            ctx,
            decoded,
            states,
            arena: Vec::new(),
            worklist,
            n_exc_stack: n_exc_stack.min(MAX_EXC_DEPTH),
        })
    }

    fn run(mut self) -> Result<(), Failure> {
        if self.decoded.insns.is_empty() {
            return Err((Some(0), ErrorKind::FallsOffEnd));
        }
        self.reach(
            0,
            State {
                depth: 0,
                exc: None,
            },
        )
        .map_err(|k| (Some(0), k))?;
        while let Some(index) = self.worklist.pop() {
            let i = index as usize;
            let (pos, insn) = *self
                .decoded
                .insns
                .get(i)
                .ok_or((None, ErrorKind::BadInstruction))?;
            let state = self
                .states
                .get(i)
                .copied()
                .flatten()
                .ok_or((Some(pos), ErrorKind::BadInstruction))?;
            self.step(pos, &insn, state).map_err(|k| (Some(pos), k))?;
        }
        Ok(())
    }

    fn node(&self, node: u32) -> Result<ExcNode, ErrorKind> {
        self.arena
            .get(node as usize)
            .copied()
            .ok_or(ErrorKind::ExcStackUnderflow)
    }

    /// Record that control arrives at bytecode offset `target` in `state`. Errors are
    /// reported at the instruction transferring control.
    fn reach(&mut self, target: usize, state: State) -> Result<(), ErrorKind> {
        let index = match self.decoded.boundary.get(target) {
            Some(&i) if i != NOT_A_BOUNDARY => i,
            Some(_) => return Err(ErrorKind::JumpIntoInstruction),
            None => return Err(ErrorKind::FallsOffEnd),
        };
        let known = *self
            .states
            .get(index as usize)
            .ok_or(ErrorKind::FallsOffEnd)?;
        match known {
            None => {
                let needed = self.decoded.locals + state.depth + self.slack(target, state)?;
                if needed > self.ctx.n_state {
                    return Err(ErrorKind::StackOverflow);
                }
                if let Some(slot) = self.states.get_mut(index as usize) {
                    *slot = Some(state);
                }
                self.worklist
                    .try_reserve(1)
                    .map_err(|_| ErrorKind::OutOfMemory)?;
                self.worklist.push(index);
                Ok(())
            }
            Some(old) if old.depth != state.depth => Err(ErrorKind::DepthMismatch),
            Some(old) if !self.same_exc_stack(old.exc, state.exc) => {
                Err(ErrorKind::ExcStackMismatch)
            }
            Some(_) => Ok(()),
        }
    }

    fn same_exc_stack(&self, mut a: Option<u32>, mut b: Option<u32>) -> bool {
        loop {
            match (a, b) {
                _ if a == b => return true,
                (Some(x), Some(y)) => {
                    match (self.arena.get(x as usize), self.arena.get(y as usize)) {
                        (Some(nx), Some(ny)) if nx.entry == ny.entry => {
                            a = nx.parent;
                            b = ny.parent;
                        }
                        _ => return false,
                    }
                }
                _ => return false,
            }
        }
    }

    /// Slots the model may undercount at `pos`: one per running finally handler.
    fn slack(&self, pos: usize, state: State) -> Result<u64, ErrorKind> {
        let mut running_finally = 0u64;
        let mut node = state.exc;
        while let Some(n) = node {
            let n = self.node(n)?;
            if n.entry.finally_like() && n.entry.active_at(pos) {
                running_finally += 1;
            }
            node = n.parent;
        }
        Ok(running_finally)
    }

    fn push_exc(&mut self, parent: Option<u32>, entry: ExcEntry) -> Result<u32, ErrorKind> {
        let len = match parent {
            Some(p) => self.node(p)?.len + 1,
            None => 1,
        };
        if len > self.n_exc_stack {
            return Err(ErrorKind::ExcStackOverflow);
        }
        let id = u32::try_from(self.arena.len()).map_err(|_| ErrorKind::OutOfMemory)?;
        self.arena
            .try_reserve(1)
            .map_err(|_| ErrorKind::OutOfMemory)?;
        self.arena.push(ExcNode { entry, parent, len });
        Ok(id)
    }

    fn pop_exc(&self, exc: Option<u32>) -> Result<Option<u32>, ErrorKind> {
        Ok(self.node(exc.ok_or(ErrorKind::ExcStackUnderflow)?)?.parent)
    }

    /// Control for an exception raised at `pos` with `state`: handlers already running
    /// are abandoned, the next one gets the exception on its saved depth (§5.9).
    fn raise(&mut self, pos: usize, state: State) -> Result<(), ErrorKind> {
        let mut node = state.exc;
        while let Some(n) = node {
            let exc = self.node(n)?;
            if !exc.entry.active_at(pos) {
                if state.depth < exc.entry.depth {
                    return Err(ErrorKind::HandlerDepth);
                }
                let at_handler = State {
                    depth: exc.entry.depth + 1,
                    exc: Some(n),
                };
                return self.reach(exc.entry.handler, at_handler);
            }
            node = exc.parent;
        }
        Ok(())
    }

    /// `RETURN_VALUE` (§5.9): each pending finally handler runs with the return value
    /// (moved down to its saved depth) and a marker, and its `END_FINALLY` resumes the
    /// return; running handlers are cancelled; except entries are dropped.
    fn return_value(&mut self, pos: usize, state: State) -> Result<(), ErrorKind> {
        let mut node = state.exc;
        while let Some(n) = node {
            let exc = self.node(n)?;
            if exc.entry.finally_like() && !exc.entry.active_at(pos) {
                if state.depth < exc.entry.depth + 1 {
                    return Err(ErrorKind::HandlerDepth);
                }
                let at_handler = State {
                    depth: exc.entry.depth + 1,
                    exc: Some(n),
                };
                self.reach(exc.entry.handler, at_handler)?;
            }
            node = exc.parent;
        }
        Ok(())
    }

    /// `UNWIND_JUMP` (§5.9): unwind `extra & 0x7f` entries, running pending finally
    /// handlers (each resumes the unwinding with the stack it found), cancelling running
    /// ones, then drop a for-iterator if bit 7 is set, then jump.
    fn unwind_jump(
        &mut self,
        pos: usize,
        target: usize,
        extra: u8,
        state: State,
    ) -> Result<(), ErrorKind> {
        let mut depth = state.depth;
        let mut node = state.exc;
        for _ in 0..(extra & 0x7f) {
            let n = node.ok_or(ErrorKind::ExcStackUnderflow)?;
            let exc = self.node(n)?.entry;
            if exc.finally_like() && !exc.active_at(pos) {
                if depth != exc.depth {
                    return Err(ErrorKind::HandlerDepth);
                }
                let at_handler = State {
                    depth: exc.depth + 1,
                    exc: Some(n),
                };
                self.reach(exc.handler, at_handler)?;
                if exc.kind == EntryKind::With {
                    depth = depth.checked_sub(2).ok_or(ErrorKind::StackUnderflow)?;
                }
            } else if exc.finally_like() {
                // Cancelling a running handler drops its pending value.
                depth = depth.checked_sub(1).ok_or(ErrorKind::StackUnderflow)?;
            }
            node = self.node(n)?.parent;
        }
        if extra & 0x80 != 0 {
            depth = depth
                .checked_sub(ITER_SLOTS)
                .ok_or(ErrorKind::StackUnderflow)?;
        }
        self.reach(target, State { depth, exc: node })
    }

    fn step(&mut self, pos: usize, insn: &Instruction, state: State) -> Result<(), ErrorKind> {
        let next = pos + insn.len;
        let target = insn
            .jump_target()
            .and_then(|t| usize::try_from(t).ok())
            .unwrap_or(0);
        let (pops, pushes) = stack_effect(insn);
        let slack = self.slack(pos, state)?;
        if pops > state.depth + slack {
            return Err(ErrorKind::StackUnderflow);
        }
        let after = State {
            depth: (state.depth + pushes)
                .checked_sub(pops)
                .ok_or(ErrorKind::StackUnderflow)?,
            exc: state.exc,
        };
        if after.depth > self.ctx.n_state {
            return Err(ErrorKind::StackOverflow);
        }
        match insn.opcode {
            op::END_FINALLY => {
                let popped = State {
                    depth: after.depth,
                    exc: self.pop_exc(state.exc)?,
                };
                self.raise(pos, popped)?;
                self.reach(next, popped)
            }
            op::RETURN_VALUE => {
                self.raise(pos, state)?;
                self.return_value(pos, state)
            }
            op::RAISE_LAST | op::RAISE_OBJ | op::RAISE_FROM => self.raise(pos, state),
            op::JUMP => {
                self.raise(pos, state)?;
                self.reach(target, after)
            }
            op::POP_JUMP_IF_TRUE | op::POP_JUMP_IF_FALSE => {
                self.raise(pos, state)?;
                self.reach(target, after)?;
                self.reach(next, after)
            }
            op::JUMP_IF_TRUE_OR_POP | op::JUMP_IF_FALSE_OR_POP => {
                self.raise(pos, state)?;
                self.reach(target, state)?;
                self.reach(next, after)
            }
            op::FOR_ITER => {
                self.raise(pos, state)?;
                let exhausted = State {
                    depth: state
                        .depth
                        .checked_sub(ITER_SLOTS)
                        .ok_or(ErrorKind::StackUnderflow)?,
                    exc: state.exc,
                };
                self.reach(target, exhausted)?;
                self.reach(next, after)
            }
            op::SETUP_WITH | op::SETUP_EXCEPT | op::SETUP_FINALLY => {
                self.raise(pos, state)?;
                let (kind, saved) = match insn.opcode {
                    // The saved depth has `exit, self_or_NULL` but not the `__enter__`
                    // result on the stack.
                    op::SETUP_WITH => (EntryKind::With, after.depth.saturating_sub(1)),
                    op::SETUP_EXCEPT => (EntryKind::Except, after.depth),
                    _ => (EntryKind::Finally, after.depth),
                };
                let entry = ExcEntry {
                    handler: target,
                    depth: saved,
                    kind,
                };
                let exc = Some(self.push_exc(state.exc, entry)?);
                self.reach(next, State { exc, ..after })
            }
            op::POP_EXCEPT_JUMP => {
                self.raise(pos, state)?;
                let exc = self.pop_exc(state.exc)?;
                self.reach(target, State { exc, ..after })
            }
            op::UNWIND_JUMP => {
                self.raise(pos, state)?;
                self.unwind_jump(pos, target, insn.extra.unwrap_or(0), state)
            }
            op::STORE_COMP => {
                let collection = match insn.operand {
                    Operand::Uint(u) => u >> 2,
                    _ => 0,
                };
                if collection >= state.depth + slack {
                    return Err(ErrorKind::StackUnderflow);
                }
                self.raise(pos, state)?;
                self.reach(next, after)
            }
            _ => {
                self.raise(pos, state)?;
                self.reach(next, after)
            }
        }
    }
}

/// Values an instruction pops and pushes at run time (§3 "stack" column). Control-flow
/// opcodes report their effect on the fall-through path; `Flow::step` adds the rest.
fn stack_effect(insn: &Instruction) -> (u64, u64) {
    let u = match insn.operand {
        Operand::Uint(u) => u,
        _ => 0,
    };
    let n_cells = u64::from(insn.extra.unwrap_or(0));
    // Packed call counts: P positional values and K keyword (name, value) pairs.
    let call_args = (u & 0xff) + 2 * ((u >> 8) & 0xff);
    match insn.opcode {
        op::LOAD_CONST_STRING | op::LOAD_NAME | op::LOAD_GLOBAL => (0, 1),
        op::LOAD_ATTR => (1, 1),
        op::LOAD_METHOD => (1, 2),
        op::LOAD_SUPER_METHOD => (3, 2),
        op::STORE_NAME | op::STORE_GLOBAL => (1, 0),
        op::STORE_ATTR => (2, 0),
        op::IMPORT_NAME => (2, 1),
        op::IMPORT_FROM => (1, 2),
        op::MAKE_CLOSURE => (n_cells, 1),
        op::MAKE_CLOSURE_DEFARGS => (2 + n_cells, 1),
        op::LOAD_CONST_SMALL_INT | op::LOAD_CONST_OBJ | op::LOAD_FAST_N | op::LOAD_DEREF => (0, 1),
        op::STORE_FAST_N | op::STORE_DEREF => (1, 0),
        op::BUILD_TUPLE | op::BUILD_LIST | op::BUILD_SET | op::BUILD_SLICE => (u, 1),
        op::BUILD_MAP => (0, 1),
        op::STORE_COMP => (if u & 3 == 1 { 2 } else { 1 }, 0),
        op::UNPACK_SEQUENCE => (1, u),
        op::UNPACK_EX => (1, (u & 0xff) + ((u >> 8) & 0xff) + 1),
        op::MAKE_FUNCTION => (0, 1),
        op::MAKE_FUNCTION_DEFARGS => (2, 1),
        op::CALL_FUNCTION => (1 + call_args, 1),
        op::CALL_FUNCTION_VAR_KW | op::CALL_METHOD => (2 + call_args, 1),
        op::CALL_METHOD_VAR_KW => (3 + call_args, 1),
        op::POP_JUMP_IF_TRUE | op::POP_JUMP_IF_FALSE => (1, 0),
        op::JUMP_IF_TRUE_OR_POP | op::JUMP_IF_FALSE_OR_POP => (1, 0),
        op::SETUP_WITH => (1, 3),
        op::FOR_ITER => (ITER_SLOTS, ITER_SLOTS + 1),
        op::LOAD_CONST_FALSE..=op::LOAD_BUILD_CLASS => (0, 1),
        op::LOAD_SUBSCR => (2, 1),
        op::STORE_SUBSCR => (3, 0),
        op::DUP_TOP => (1, 2),
        op::DUP_TOP_TWO => (2, 4),
        op::POP_TOP => (1, 0),
        op::ROT_TWO => (2, 2),
        op::ROT_THREE => (3, 3),
        op::WITH_CLEANUP => (3, 1),
        op::END_FINALLY => (1, 0),
        op::GET_ITER => (1, 1),
        op::GET_ITER_STACK => (1, ITER_SLOTS),
        op::STORE_MAP => (3, 1),
        op::RETURN_VALUE | op::RAISE_OBJ => (1, 0),
        op::RAISE_FROM => (2, 0),
        op::YIELD_VALUE => (1, 1),
        op::YIELD_FROM => (2, 1),
        op::IMPORT_STAR => (1, 0),
        0x70..=0xBF => (0, 1),
        0xC0..=0xCF => (1, 0),
        0xD0..=0xD3 => (1, 1),
        0xD7..=0xF9 => (2, 1),
        _ => (0, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::module::MpyConst;
    use crate::bytecode::mpy::read_mpy;
    use crate::bytecode::mpy::tests::{hex, EX1, EX2B, EX3, EX4, EX5, FIXTURES};
    use crate::bytecode::mpy::write_mpy;
    use crate::bytecode::prelude::{Signature, SizeHeader};
    use alloc::string::ToString;
    use alloc::vec;
    use std::println;

    #[test]
    fn fixtures_and_worked_examples_are_valid() {
        for (name, bytes) in FIXTURES {
            let m = read_mpy(bytes).unwrap();
            if let Err(e) = validate_module(&m) {
                panic!("{name}: {e}");
            }
        }
        for dump in [EX1, EX2B, EX3, EX4, EX5] {
            validate_module(&read_mpy(&hex(dump)).unwrap()).unwrap();
        }
    }

    const BASE_SIG: Signature = Signature {
        n_state: 4,
        n_exc_stack: 1,
        scope_flags: 0,
        n_pos_args: 0,
        n_kwonly_args: 0,
        n_def_pos_args: 0,
    };

    /// `fun_data` from its parts: `names` is the code info up to the line table.
    fn fun_data(sig: Signature, names: &[u8], lines: &[u8], cells: &[u8], code: &[u8]) -> Vec<u8> {
        let mut out = vec![];
        write_signature(&mut out, &sig).unwrap();
        let size = SizeHeader {
            n_info: (names.len() + lines.len()) as u32,
            n_cell: cells.len() as u32,
        };
        write_size_header(&mut out, &size).unwrap();
        for part in [names, lines, cells, code] {
            out.extend_from_slice(part);
        }
        out
    }

    fn module(root: Vec<u8>) -> MpyModule {
        MpyModule {
            small_int_bits: 31,
            qstrs: ["t.py", "<module>", "x", "f"].map(String::from).to_vec(),
            consts: vec![MpyConst::Int("1".to_string())],
            root: RawCode {
                kind: RawCodeKind::Bytecode,
                fun_data: root,
                children: vec![],
                local_names: vec![],
            },
        }
    }

    fn check_raw(data: Vec<u8>) -> Result<(), ErrorKind> {
        validate_module(&module(data)).map_err(|e| e.kind)
    }

    fn check_code(sig: Signature, code: &[u8]) -> Result<(), ErrorKind> {
        check_raw(fun_data(sig, &[0x01], &[], &[], code))
    }

    fn check(code: &[u8]) -> Result<(), ErrorKind> {
        check_code(BASE_SIG, code)
    }

    #[test]
    fn minimal_code_is_valid() {
        assert_eq!(check(&[0x51, 0x63]), Ok(()));
    }

    #[test]
    fn each_prelude_check_fires() {
        let mut m = module(fun_data(BASE_SIG, &[0x01], &[], &[], &[0x51, 0x63]));
        m.root.kind = RawCodeKind::Native;
        assert_eq!(
            validate_module(&m).unwrap_err().kind,
            ErrorKind::NotBytecode
        );
        assert_eq!(
            check_raw(vec![0x80]),
            Err(ErrorKind::Prelude(LayoutError::Signature))
        );
        assert_eq!(
            check_raw(vec![0x03, 0x08, 0x01]),
            Err(ErrorKind::Prelude(LayoutError::OutOfBounds))
        );
        // n_state 4 written with a redundant extension byte / a redundant size byte.
        assert_eq!(
            check_raw(vec![0x98, 0x00, 0x02, 0x01, 0x51, 0x63]),
            Err(ErrorKind::NonCanonicalPrelude)
        );
        assert_eq!(
            check_raw(vec![0x18, 0x82, 0x00, 0x01, 0x51, 0x63]),
            Err(ErrorKind::NonCanonicalPrelude)
        );
        let code = [0x51, 0x63];
        assert_eq!(
            check_raw(fun_data(BASE_SIG, &[0x09], &[], &[], &code)),
            Err(ErrorKind::NameOutOfRange)
        );
        let one_arg = Signature {
            n_pos_args: 1,
            ..BASE_SIG
        };
        assert_eq!(
            check_raw(fun_data(one_arg, &[0x01, 0x04], &[], &[], &code)),
            Err(ErrorKind::NameOutOfRange)
        );
        assert_eq!(
            check_raw(fun_data(BASE_SIG, &[0x01], &[0x80], &[], &code)),
            Err(ErrorKind::BadLineTable)
        );
        assert_eq!(
            check_raw(fun_data(BASE_SIG, &[0x01], &[0x23], &[], &code)),
            Err(ErrorKind::BadLineTable)
        );
        assert_eq!(
            check_raw(fun_data(BASE_SIG, &[0x01], &[0x22], &[], &code)),
            Ok(())
        );
        assert_eq!(
            check_raw(fun_data(BASE_SIG, &[0x01], &[], &[0x04], &code)),
            Err(ErrorKind::CellOutOfRange)
        );
        let five_args = Signature {
            n_pos_args: 5,
            ..BASE_SIG
        };
        assert_eq!(
            check_raw(fun_data(five_args, &[1, 2, 2, 2, 2, 2], &[], &[], &code)),
            Err(ErrorKind::TooManyArguments)
        );
    }

    #[test]
    fn each_decoding_check_fires() {
        use ErrorKind::*;
        let mut big = vec![0x22];
        crate::bytecode::encode::write_signed(&mut big, 1 << 40).unwrap();
        big.extend_from_slice(&[0x59, 0x51, 0x63]);
        let cases: [(&[u8], ErrorKind); 15] = [
            (&[0x00], BadInstruction),
            (&[0x51, 0x10], BadInstruction),
            (&[0x42, 0x7f, 0x51, 0x63], JumpOutOfCode),
            (
                &[0x42, 0x41, 0x12, 0x02, 0x59, 0x51, 0x63],
                JumpIntoInstruction,
            ),
            (&[0x11, 0x09, 0x59, 0x51, 0x63], QstrOutOfRange),
            (&[0x23, 0x01, 0x59, 0x51, 0x63], ConstOutOfRange),
            (&[0x32, 0x00, 0x59, 0x51, 0x63], ChildOutOfRange),
            (&[0xb4, 0x59, 0x51, 0x63], SlotOutOfRange),
            (&[0x28, 0x10, 0x51, 0x63], SlotOutOfRange),
            (&[0x51, 0x51, 0x2e, 0x04, 0x59, 0x51, 0x63], BadOperand),
            (&[0x2b, 0x00, 0x51, 0x51, 0x2f, 0x0b, 0x63], BadOperand),
            (&[0x2b, 0x00, 0x51, 0x2f, 0x00, 0x63], BadOperand),
            (&[0x51, 0x34, 0x84, 0x80, 0x00, 0x63], BadOperand),
            (&big, BadOperand),
            (&[0x51, 0x67, 0x63], YieldOutsideGenerator),
        ];
        for (code, kind) in cases {
            assert_eq!(check(code), Err(kind), "{code:02x?}");
        }
        let generator = Signature {
            scope_flags: scope_flags::GENERATOR,
            ..BASE_SIG
        };
        assert_eq!(check_code(generator, &[0x51, 0x67, 0x63]), Ok(()));
        let mut with_child = module(fun_data(
            BASE_SIG,
            &[0x01],
            &[],
            &[],
            &[0x32, 0x00, 0x59, 0x51, 0x63],
        ));
        with_child.root.children.push(RawCode {
            kind: RawCodeKind::Bytecode,
            fun_data: fun_data(BASE_SIG, &[0x03], &[], &[], &[0x51, 0x63]),
            children: vec![],
            local_names: vec![],
        });
        assert_eq!(validate_module(&with_child), Ok(()));
        with_child.root.children[0].fun_data = vec![0x00, 0x02, 0x09, 0x51, 0x63];
        let e = validate_module(&with_child).unwrap_err();
        assert_eq!(
            (e.raw_code, e.block.as_str(), e.kind),
            (1, "?", NameOutOfRange)
        );
    }

    #[test]
    fn each_flow_check_fires() {
        use ErrorKind::*;
        let tight = Signature {
            n_state: 2,
            n_pos_args: 1,
            ..BASE_SIG
        };
        assert_eq!(
            check_raw(fun_data(tight, &[1, 2], &[], &[], &[0x51, 0x63])),
            Ok(())
        );
        assert_eq!(
            check_raw(fun_data(
                tight,
                &[1, 2],
                &[],
                &[],
                &[0x51, 0x51, 0x2a, 0x02, 0x63]
            )),
            Err(StackOverflow)
        );
        let no_exc = Signature {
            n_exc_stack: 0,
            ..BASE_SIG
        };
        let try_finally = [0x49, 0x01, 0x51, 0x5d, 0x51, 0x63];
        assert_eq!(check(&try_finally), Ok(()));
        assert_eq!(check_code(no_exc, &try_finally), Err(ExcStackOverflow));
        let cases: [(&[u8], ErrorKind, usize); 10] = [
            (&[0x51], FallsOffEnd, 0),
            (&[], FallsOffEnd, 0),
            (&[0x59, 0x51, 0x63], StackUnderflow, 0),
            (&[0x51, 0x51, 0x51, 0x51, 0x51, 0x63], StackOverflow, 4),
            (&[0x52, 0x44, 0x41, 0x51, 0x51, 0x63], DepthMismatch, 3),
            (
                &[0x52, 0x44, 0x42, 0x48, 0x00, 0x51, 0x63],
                ExcStackMismatch,
                3,
            ),
            (&[0x4a, 0x00, 0x51, 0x63], ExcStackUnderflow, 0),
            (&[0x51, 0x5d, 0x51, 0x63], ExcStackUnderflow, 1),
            (&[0x40, 0x41, 0x01, 0x51, 0x63], ExcStackUnderflow, 0),
            (
                &[0x51, 0x48, 0x03, 0x59, 0x51, 0x63, 0x59, 0x59, 0x51, 0x63],
                HandlerDepth,
                4,
            ),
        ];
        for (code, kind, offset) in cases {
            let e =
                validate_module(&module(fun_data(BASE_SIG, &[0x01], &[], &[], code))).unwrap_err();
            assert_eq!((e.kind, e.offset), (kind, Some(offset)), "{code:02x?}");
            assert_eq!(e.block, "<module>");
        }
    }

    #[test]
    fn unwind_through_finally_and_with() {
        // MPY.md §8.3: `break` out of a `for` loop through a `try`/`finally`.
        let m = read_mpy(&hex(EX3)).unwrap();
        validate_module(&m).unwrap();
        let mut bad = m.clone();
        let f = &mut bad.root.children[0].fun_data;
        // `40 4f 81` at bytecode 14 (fun_data 26): without bit 7 the iterator stays on
        // the stack at the loop exit.
        assert_eq!(&f[26..29], &[0x40, 0x4f, 0x81]);
        f[28] = 0x01;
        let e = validate_module(&bad).unwrap_err();
        assert_eq!(
            (e.kind, e.offset, e.block.as_str()),
            (ErrorKind::DepthMismatch, Some(14), "f")
        );
    }

    /// A deterministic xorshift64 generator, enough to shake the readers.
    struct XorShift(u64);

    impl XorShift {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }
    }

    /// Discards text but counts it, so listing garbage costs no memory.
    struct Sink(usize);

    impl fmt::Write for Sink {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            self.0 += s.len();
            Ok(())
        }
    }

    fn mutate(rng: &mut XorShift, bytes: &mut Vec<u8>) {
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(bytes.len() + 1);
            match rng.below(5) {
                0 | 1 if at < bytes.len() => bytes[at] ^= 1 << rng.below(8),
                2 if at < bytes.len() => bytes[at] = rng.next() as u8,
                3 => bytes.insert(at, rng.next() as u8),
                _ if at < bytes.len() => {
                    bytes.remove(at);
                }
                _ => bytes.truncate(at),
            }
        }
    }

    fn exercise(m: &MpyModule) -> bool {
        let mut sink = Sink(0);
        crate::bytecode::disasm::disassemble(m, &mut sink).unwrap();
        validate_module(m).is_ok()
    }

    #[test]
    fn arbitrary_bytes_never_panic() {
        let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
        let (mut read_ok, mut valid) = (0, 0);
        for round in 0..6000 {
            let mut bytes = match round % 3 {
                0 => {
                    let n = rng.below(160);
                    let mut b: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                    if rng.below(2) == 0 {
                        b.splice(0..0, [0x4d, 0x06, 0x00, 0x1f]);
                    }
                    b
                }
                _ => FIXTURES[rng.below(FIXTURES.len())].1.to_vec(),
            };
            if round % 3 != 0 {
                mutate(&mut rng, &mut bytes);
            }
            if let Ok(m) = read_mpy(&bytes) {
                read_ok += 1;
                valid += usize::from(exercise(&m));
                let _ = write_mpy(&m);
            }
        }
        // The mutations must mostly keep files readable, or the validator is not reached.
        assert!(read_ok > 1000, "{read_ok}");
        assert!(valid > 100, "{valid}");
    }

    #[test]
    fn mutated_bytecode_never_panics() {
        let mut rng = XorShift(0x2545_f491_4f6c_dd1d);
        let modules: Vec<MpyModule> = FIXTURES.iter().map(|f| read_mpy(f.1).unwrap()).collect();
        let mut rejected = 0;
        for _ in 0..4000 {
            let mut m = modules[rng.below(modules.len())].clone();
            let mut rc = &mut m.root;
            while !rc.children.is_empty() && rng.below(2) == 0 {
                let i = rng.below(rc.children.len());
                rc = &mut rc.children[i];
            }
            mutate(&mut rng, &mut rc.fun_data);
            rejected += usize::from(!exercise(&m));
        }
        assert!(rejected > 2000, "{rejected}");
    }

    /// Every `.mpy` under `$MPY_CORPUS_DIR` (e.g. `mpy-cross` output for a Python
    /// library) must read, re-encode byte-exactly and validate. With `$MPY_LISTING_DIR`
    /// set, the listing of each file is written there as `<name>.lst` for comparison
    /// with `micropython -v -v -v`.
    #[test]
    #[ignore = "needs $MPY_CORPUS_DIR"]
    fn corpus_reads_round_trips_and_validates() {
        let Ok(dir) = std::env::var("MPY_CORPUS_DIR") else {
            return;
        };
        let mut files = 0;
        let mut failures = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "mpy") {
                continue;
            }
            files += 1;
            let bytes = std::fs::read(&path).unwrap();
            if let (Ok(out_dir), Ok(m)) = (std::env::var("MPY_LISTING_DIR"), read_mpy(&bytes)) {
                let mut text = String::new();
                crate::bytecode::disasm::disassemble(&m, &mut text).unwrap();
                let name = path.with_extension("lst");
                let out = std::path::Path::new(&out_dir).join(name.file_name().unwrap());
                std::fs::write(out, text).unwrap();
            }
            let outcome = read_mpy(&bytes)
                .map_err(|e| std::format!("read: {e}"))
                .and_then(|m| {
                    if write_mpy(&m).as_deref() != Ok(&bytes[..]) {
                        return Err("re-encoding differs".into());
                    }
                    validate_module(&m).map_err(|e| std::format!("{e}"))
                });
            if let Err(e) = outcome {
                failures += 1;
                println!("{}: {e}", path.display());
            }
        }
        println!("{files} files, {failures} failures");
        assert_eq!(failures, 0);
    }
}
