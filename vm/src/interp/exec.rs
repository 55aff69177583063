//! The bytecode loop: runs one frame of a code object until it returns or yields.
//!
//! Frame storage is one array of `n_state + 3 * n_exc_stack` cells. Local slot `i` is
//! `slots[n_state - 1 - i]` and the value stack grows up from `slots[0]` (MPY.md §5.8);
//! after the `n_state` cells come the exception-stack entries, three cells each:
//! (handler offset | finally flag, saved stack depth, exception delivered to it).
//! Every access is bounds-checked: malformed bytecode raises, it never panics.

use super::{call, ops, PyErr, PyResult, Vm};
use crate::bytecode::encode::{read_jump, read_signed, read_vuint};
use crate::bytecode::opcodes::*;
use crate::objects::code::CodeObj;
use crate::objects::exception::{self, ExceptionObj};
use crate::objects::Obj;
use crate::qstr::Qstr;
use crate::value::Value;
use core::cell::Cell;

/// How a frame stopped.
pub enum FrameExit {
    Return(Value),
    Yield(Value),
}

/// The resumable state of a frame.
pub struct Frame<'a> {
    pub code: Obj<CodeObj>,
    pub globals: Value,
    /// The dict `*_NAME` opcodes use (module globals or a class namespace).
    pub locals_dict: Value,
    /// The function running in this frame (a class body's function for class bodies);
    /// NULL for module code. Gives functions made here their `__qualname__`.
    pub func: Value,
    pub slots: &'a [Cell<Value>],
    pub ip: usize,
    /// Number of values on the stack.
    pub sp: usize,
    /// Number of exception-stack entries.
    pub exc_sp: usize,
}

const FINALLY_FLAG: i64 = 1 << 40;
/// Loop state marker in the first of the 4 `GET_ITER_STACK` slots.
pub const ITER_SEQUENCE: i64 = 1;
pub const ITER_RANGE: i64 = 2;

/// What the loop does after an instruction.
enum Flow {
    Next,
    Exit(FrameExit),
}

impl<'a> Frame<'a> {
    pub fn n_state(&self) -> usize {
        self.code.n_state
    }

    #[inline(always)]
    fn push(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        match self.slots.get(self.sp) {
            Some(c) if self.sp < self.code.n_state => {
                c.set(v);
                self.sp += 1;
                Ok(())
            }
            _ => Err(bad_bytecode(vm, "stack overflow")),
        }
    }

    #[inline(always)]
    fn pop(&mut self, vm: &mut Vm) -> PyResult<Value> {
        if self.sp == 0 {
            return Err(bad_bytecode(vm, "stack underflow"));
        }
        self.sp -= 1;
        match self.slots.get(self.sp) {
            Some(c) => Ok(c.replace(Value::NULL)),
            None => Err(bad_bytecode(vm, "stack underflow")),
        }
    }

    #[inline(always)]
    fn top(&self, vm: &mut Vm) -> PyResult<Value> {
        self.peek(vm, 0)
    }

    /// The value `depth` places below the top (0 = top).
    #[inline(always)]
    fn peek(&self, vm: &mut Vm, depth: usize) -> PyResult<Value> {
        match self
            .sp
            .checked_sub(depth + 1)
            .and_then(|i| self.slots.get(i))
        {
            Some(c) => Ok(c.get()),
            None => Err(bad_bytecode(vm, "stack underflow")),
        }
    }

    #[inline(always)]
    fn set_peek(&self, vm: &mut Vm, depth: usize, v: Value) -> PyResult<()> {
        match self
            .sp
            .checked_sub(depth + 1)
            .and_then(|i| self.slots.get(i))
        {
            Some(c) => {
                c.set(v);
                Ok(())
            }
            None => Err(bad_bytecode(vm, "stack underflow")),
        }
    }

    /// The top `n` stack values as a slice (for calls and builds).
    fn top_n(&self, vm: &mut Vm, n: usize) -> PyResult<&'a [Value]> {
        let start = self
            .sp
            .checked_sub(n)
            .ok_or_else(|| bad_bytecode(vm, "stack underflow"))?;
        let cells = self
            .slots
            .get(start..self.sp)
            .ok_or_else(|| bad_bytecode(vm, "stack"))?;
        // SAFETY: Cell<Value> has the same layout as Value; the slice is only read while
        // no instruction of this frame writes these cells (they are popped right after).
        Ok(unsafe { core::slice::from_raw_parts(cells.as_ptr() as *const Value, cells.len()) })
    }

    fn drop_n(&mut self, n: usize) {
        let new_sp = self.sp.saturating_sub(n);
        for c in self.slots.get(new_sp..self.sp).unwrap_or(&[]) {
            c.set(Value::NULL);
        }
        self.sp = new_sp;
    }

    #[inline(always)]
    fn local_cell(&self, vm: &mut Vm, i: usize) -> PyResult<&'a Cell<Value>> {
        let n = self.code.n_state;
        match n.checked_sub(i + 1).and_then(|j| self.slots.get(j)) {
            Some(c) if n - 1 - i >= self.sp => Ok(c),
            _ => Err(bad_bytecode(vm, "local slot out of range")),
        }
    }

    fn exc_entry(&self, i: usize) -> Option<(&'a Cell<Value>, &'a Cell<Value>, &'a Cell<Value>)> {
        let base = self.code.n_state + 3 * i;
        Some((
            self.slots.get(base)?,
            self.slots.get(base + 1)?,
            self.slots.get(base + 2)?,
        ))
    }

    fn push_exc(
        &mut self,
        vm: &mut Vm,
        handler: usize,
        finally: bool,
        depth: usize,
    ) -> PyResult<()> {
        if self.exc_sp >= self.code.n_exc_stack {
            return Err(bad_bytecode(vm, "exception stack overflow"));
        }
        let (h, d, e) = self
            .exc_entry(self.exc_sp)
            .ok_or_else(|| bad_bytecode(vm, "exc stack"))?;
        let flag = if finally { FINALLY_FLAG } else { 0 };
        h.set(Value::small_int_unchecked(handler as i64 | flag));
        d.set(Value::small_int_unchecked(depth as i64));
        e.set(Value::NULL);
        self.exc_sp += 1;
        Ok(())
    }

    /// (handler, is_finally, saved depth, delivered exception) of entry `i`.
    fn read_exc(&self, i: usize) -> Option<(usize, bool, usize, Value)> {
        let (h, d, e) = self.exc_entry(i)?;
        let hv = h.get().small_int_value();
        Some((
            (hv & (FINALLY_FLAG - 1)) as usize,
            hv & FINALLY_FLAG != 0,
            d.get().small_int_value() as usize,
            e.get(),
        ))
    }

    fn pop_exc(&mut self) {
        if self.exc_sp > 0 {
            self.exc_sp -= 1;
            if let Some((h, d, e)) = self.exc_entry(self.exc_sp) {
                h.set(Value::NULL);
                d.set(Value::NULL);
                e.set(Value::NULL);
            }
        }
    }

    /// The exception being handled in this frame (innermost active entry), if any.
    fn handled_exception(&self, ip: usize) -> Option<Value> {
        (0..self.exc_sp).rev().find_map(|i| {
            let (handler, _, _, exc) = self.read_exc(i)?;
            if handler <= ip && !exc.is_null() {
                Some(exc)
            } else {
                None
            }
        })
    }
}

fn bad_bytecode(vm: &mut Vm, what: &str) -> PyErr {
    vm.new_exception_fmt(
        &exception::RUNTIME_ERROR,
        format_args!("invalid bytecode: {}", what),
    )
}

/// The innermost running frame as `run` registers it in the VM for as long as it runs:
/// its code and local slots (read by `locals()` and by `exec`/`eval` in functions), and
/// its namespace dict. Private fields: only this module makes and reads one. The values
/// it names belong to the running frame, which keeps them alive.
#[derive(Clone, Copy)]
pub struct FrameView {
    code: Obj<CodeObj>,
    slots: *const Cell<Value>,
    n_slots: usize,
    locals_dict: Value,
}

/// The dict `locals()` returns in the innermost running frame: the namespace dict of a
/// module or class body, or for a function a new dict of its bound local variables
/// (cell contents for cells and free variables), in CPython's order: parameters and
/// locals, then cells, then free variables. None when no frame runs.
pub fn frame_locals(vm: &mut Vm) -> PyResult<Option<Value>> {
    let Some(view) = vm.current_frame else {
        return Ok(None);
    };
    if !view.locals_dict.is_null() {
        return Ok(Some(view.locals_dict));
    }
    // SAFETY: `run` registers a frame's slots only while that frame executes and puts
    // the previous registration back before it returns on every path, so the slots
    // (on the native stack of `run`'s caller or in a live generator) outlive this call,
    // which is made by code the frame is running. The frame itself only accesses them
    // through a shared `&[Cell<Value>]` too.
    let slots: &[Cell<Value>] = unsafe { core::slice::from_raw_parts(view.slots, view.n_slots) };
    let code = view.code;
    let n_locals = Obj::<crate::objects::tuple::TupleObj>::from_value(code.local_names)
        .map_or(code.n_pos_args + code.n_kwonly_args, |t| t.get().len());
    let d = crate::objects::dict::new_dict(vm, n_locals)?;
    for free_pass in [false, true] {
        for i in 0..n_locals {
            let Some(slot) = code.n_state.checked_sub(i + 1).and_then(|j| slots.get(j)) else {
                continue;
            };
            let v = slot.get();
            let cell = Obj::<crate::objects::cell::CellObj>::from_value(v);
            // Hidden arguments are free variables' cells, or a comprehension's iterator.
            let is_free = code.is_free_slot(i) && cell.is_some();
            if is_free != free_pass {
                continue;
            }
            let is_cell = u8::try_from(i).is_ok_and(|b| code.cell_slots().contains(&b));
            let v = match cell {
                Some(c) if is_free || is_cell => c.value.get(),
                _ => v,
            };
            let Some(name) = code.local_name(vm, i).filter(|_| !v.is_null()) else {
                continue;
            };
            let key = vm.intern(name)?;
            crate::objects::dict::dict_set(vm, d, Value::from_qstr(key), v)?;
        }
    }
    Ok(Some(d))
}

/// Run `frame` until it returns or yields. `throw_in` delivers an exception at the
/// current instruction first (generator `throw`).
pub fn run(vm: &mut Vm, frame: &mut Frame<'_>, throw_in: Option<PyErr>) -> PyResult<FrameExit> {
    let view = FrameView {
        code: frame.code,
        slots: frame.slots.as_ptr(),
        n_slots: frame.slots.len(),
        locals_dict: frame.locals_dict,
    };
    let saved_frame = vm.current_frame.replace(view);
    let result = run_frame(vm, frame, throw_in);
    vm.current_frame = saved_frame;
    result
}

fn run_frame(vm: &mut Vm, frame: &mut Frame<'_>, throw_in: Option<PyErr>) -> PyResult<FrameExit> {
    let saved_handling = vm.handling;
    let mut pending = throw_in;
    let result = loop {
        let err = match pending.take() {
            Some(e) => e,
            None => match run_until_error(vm, frame) {
                Ok(exit) => break Ok(exit),
                Err(e) => e,
            },
        };
        match handle_exception(vm, frame, err) {
            Ok(()) => continue,
            Err(e) => break Err(e),
        }
    };
    vm.handling = saved_handling;
    result
}

/// Route an exception raised at `frame.ip` to a handler of this frame (Ok) or out (Err).
fn handle_exception(vm: &mut Vm, frame: &mut Frame<'_>, err: PyErr) -> PyResult<()> {
    let ip = frame.ip;
    let bytecode = frame.code.bytecode();
    let op = bytecode.get(ip).copied().unwrap_or(0);
    if op != END_FINALLY && op != RAISE_LAST {
        // An error raised while handling another one records it as its context.
        if let (Some(o), Some(ctx)) = (
            Obj::<ExceptionObj>::from_value(err.0),
            frame.handled_exception(ip),
        ) {
            super::raise::set_context(o, err.0, ctx);
        }
        let line = frame.code.line_of(ip);
        let _ = exception::add_traceback(vm, err.0, frame.code.file, line, frame.code.name);
    }
    // Entries whose handler is running (handler <= ip) are being abandoned.
    while frame.exc_sp > 0 {
        let Some((handler, _, _, _)) = frame.read_exc(frame.exc_sp - 1) else {
            break;
        };
        if handler <= ip {
            frame.pop_exc();
        } else {
            break;
        }
    }
    if frame.exc_sp == 0 {
        return Err(err);
    }
    let Some((handler, _, depth, _)) = frame.read_exc(frame.exc_sp - 1) else {
        return Err(err);
    };
    frame.drop_n(frame.sp.saturating_sub(depth));
    if let Some((_, _, e)) = frame.exc_entry(frame.exc_sp - 1) {
        e.set(err.0);
    }
    vm.handling = err.0;
    frame.push(vm, err.0)?;
    frame.ip = handler;
    Ok(())
}

#[inline(always)]
fn fetch_uint(vm: &mut Vm, code: &[u8], ip: &mut usize) -> PyResult<usize> {
    match read_vuint(code, ip) {
        Some(v) => usize::try_from(v).map_err(|_| bad_bytecode(vm, "operand")),
        None => Err(bad_bytecode(vm, "truncated operand")),
    }
}

#[inline(always)]
fn fetch_jump(vm: &mut Vm, code: &[u8], ip: &mut usize, signed: bool) -> PyResult<usize> {
    let off = read_jump(code, ip, signed).ok_or_else(|| bad_bytecode(vm, "truncated jump"))?;
    let target = *ip as i64 + off;
    if target < 0 || target as usize > code.len() {
        return Err(bad_bytecode(vm, "jump out of range"));
    }
    Ok(target as usize)
}

fn name_error(vm: &mut Vm, name: Qstr) -> PyErr {
    let n = vm.qstr_str(name);
    vm.new_exception_fmt(
        &exception::NAME_ERROR,
        format_args!("name '{}' is not defined", n),
    )
}

fn unbound_local(vm: &mut Vm, code: Obj<CodeObj>, slot: usize) -> PyErr {
    match code.local_name(vm, slot) {
        Some(n) => vm.new_exception_fmt(
            &exception::UNBOUND_LOCAL_ERROR,
            format_args!(
                "cannot access local variable '{}' where it is not associated with a value",
                n
            ),
        ),
        None => vm.new_exception(
            &exception::UNBOUND_LOCAL_ERROR,
            "cannot access local variable where it is not associated with a value",
        ),
    }
}

/// Execute instructions until one raises or the frame exits.
fn run_until_error(vm: &mut Vm, frame: &mut Frame<'_>) -> PyResult<FrameExit> {
    let code_obj = frame.code;
    let code = code_obj.bytecode();
    loop {
        let op_ip = frame.ip;
        let Some(&op) = code.get(op_ip) else {
            return Err(bad_bytecode(vm, "ran off the end of the code"));
        };
        let mut ip = op_ip + 1;
        match op {
            // Hot paths first: locals, small ints, arithmetic.
            0xB0..=0xBF => {
                let v = frame
                    .local_cell(vm, usize::from(op - LOAD_FAST_MULTI))?
                    .get();
                if v.is_null() {
                    return Err(unbound_local(
                        vm,
                        code_obj,
                        usize::from(op - LOAD_FAST_MULTI),
                    ));
                }
                frame.ip = ip;
                frame.push(vm, v)?;
                continue;
            }
            0xC0..=0xCF => {
                let v = frame.pop(vm)?;
                frame
                    .local_cell(vm, usize::from(op - STORE_FAST_MULTI))?
                    .set(v);
                frame.ip = ip;
                continue;
            }
            0x70..=0xAF => {
                frame.ip = ip;
                frame.push(vm, Value::small_int_unchecked(i64::from(op) - 0x80))?;
                continue;
            }
            0xD7..=0xF9 => {
                let b = frame.pop(vm)?;
                let a = frame.top(vm)?;
                let r = ops::binary_op(vm, op - BINARY_OP_MULTI, a, b)?;
                frame.set_peek(vm, 0, r)?;
                frame.ip = ip;
                continue;
            }
            _ => {}
        }
        let flow = step(vm, frame, code_obj, code, op, op_ip, &mut ip)?;
        match flow {
            Flow::Next => {}
            Flow::Exit(exit) => return Ok(exit),
        }
    }
}

/// Execute one instruction other than the hot ones of `run_until_error`. On success the
/// instruction has updated `frame.ip` (to `*ip` or a jump target).
#[inline(always)]
fn step(
    vm: &mut Vm,
    frame: &mut Frame<'_>,
    code_obj: Obj<CodeObj>,
    code: &[u8],
    op: u8,
    op_ip: usize,
    ip: &mut usize,
) -> PyResult<Flow> {
    let qstr_operand = |vm: &mut Vm, ip: &mut usize| -> PyResult<Qstr> {
        let i = fetch_uint(vm, code, ip)?;
        Ok(code_obj.qstr(i))
    };
    match op {
        LOAD_CONST_STRING => {
            let q = qstr_operand(vm, ip)?;
            frame.ip = *ip;
            frame.push(vm, Value::from_qstr(q))?;
        }
        LOAD_NAME => {
            let q = qstr_operand(vm, ip)?;
            let v = super::names::load_name(vm, frame.locals_dict, frame.globals, q)?;
            frame.ip = *ip;
            frame.push(vm, v)?;
        }
        LOAD_GLOBAL => {
            let q = qstr_operand(vm, ip)?;
            let v = super::names::load_global_cached(
                vm,
                frame.globals,
                q,
                code_obj.as_ptr() as usize,
                op_ip,
            )?;
            frame.ip = *ip;
            frame.push(vm, v)?;
        }
        LOAD_ATTR => {
            let q = qstr_operand(vm, ip)?;
            let obj = frame.top(vm)?;
            let v = super::attr::load_attr(vm, obj, q)?;
            frame.set_peek(vm, 0, v)?;
            frame.ip = *ip;
        }
        LOAD_METHOD => {
            let q = qstr_operand(vm, ip)?;
            let obj = frame.top(vm)?;
            let (m, self_) = super::attr::load_method(vm, obj, q)?;
            frame.set_peek(vm, 0, m)?;
            frame.ip = *ip;
            frame.push(vm, self_)?;
        }
        LOAD_SUPER_METHOD => {
            let q = qstr_operand(vm, ip)?;
            let self_ = frame.pop(vm)?;
            let cls = frame.pop(vm)?;
            let (m, s) = super::attr::load_super_method(vm, cls, self_, q)?;
            frame.set_peek(vm, 0, m)?;
            frame.ip = *ip;
            frame.push(vm, s)?;
        }
        STORE_NAME => {
            let q = qstr_operand(vm, ip)?;
            let v = frame.pop(vm)?;
            crate::objects::dict::dict_set(vm, frame.locals_dict, Value::from_qstr(q), v)?;
            frame.ip = *ip;
        }
        STORE_GLOBAL => {
            let q = qstr_operand(vm, ip)?;
            let v = frame.pop(vm)?;
            crate::objects::dict::dict_set(vm, frame.globals, Value::from_qstr(q), v)?;
            frame.ip = *ip;
        }
        STORE_ATTR => {
            let q = qstr_operand(vm, ip)?;
            let obj = frame.pop(vm)?;
            let v = frame.pop(vm)?;
            super::attr::store_attr(vm, obj, q, v)?;
            frame.ip = *ip;
        }
        DELETE_NAME | DELETE_GLOBAL => {
            let q = qstr_operand(vm, ip)?;
            let d = if op == DELETE_NAME {
                frame.locals_dict
            } else {
                frame.globals
            };
            let removed = match crate::objects::dict::as_dict(d) {
                Some(d) => d.get().table.remove(vm, Value::from_qstr(q))?,
                None => None,
            };
            if removed.is_none() {
                return Err(name_error(vm, q));
            }
            frame.ip = *ip;
        }
        IMPORT_NAME => {
            let q = qstr_operand(vm, ip)?;
            let fromlist = frame.pop(vm)?;
            let level = frame.top(vm)?;
            let m = super::import::import_name(vm, q, fromlist, level, frame.globals)?;
            frame.set_peek(vm, 0, m)?;
            frame.ip = *ip;
        }
        IMPORT_FROM => {
            let q = qstr_operand(vm, ip)?;
            let m = frame.top(vm)?;
            let v = super::import::import_from(vm, m, q)?;
            frame.ip = *ip;
            frame.push(vm, v)?;
        }
        IMPORT_STAR => {
            let m = frame.pop(vm)?;
            super::import::import_star(vm, m, frame.locals_dict)?;
            frame.ip = *ip;
        }
        LOAD_CONST_SMALL_INT => {
            let v = read_signed(code, ip).ok_or_else(|| bad_bytecode(vm, "truncated int"))?;
            let v = crate::objects::int::int_from_i64(vm, v)?;
            frame.ip = *ip;
            frame.push(vm, v)?;
        }
        LOAD_CONST_OBJ => {
            let k = fetch_uint(vm, code, ip)?;
            let v = Obj::<crate::objects::tuple::TupleObj>::from_value(code_obj.consts)
                .and_then(|t| t.get().get(k))
                .ok_or_else(|| bad_bytecode(vm, "constant index"))?;
            frame.ip = *ip;
            frame.push(vm, v)?;
        }
        LOAD_FAST_N => {
            let i = fetch_uint(vm, code, ip)?;
            let v = frame.local_cell(vm, i)?.get();
            if v.is_null() {
                return Err(unbound_local(vm, code_obj, i));
            }
            frame.ip = *ip;
            frame.push(vm, v)?;
        }
        STORE_FAST_N => {
            let i = fetch_uint(vm, code, ip)?;
            let v = frame.pop(vm)?;
            frame.local_cell(vm, i)?.set(v);
            frame.ip = *ip;
        }
        DELETE_FAST => {
            let i = fetch_uint(vm, code, ip)?;
            let c = frame.local_cell(vm, i)?;
            if c.get().is_null() {
                return Err(unbound_local(vm, code_obj, i));
            }
            c.set(Value::NULL);
            frame.ip = *ip;
        }
        LOAD_DEREF | STORE_DEREF | DELETE_DEREF => {
            let i = fetch_uint(vm, code, ip)?;
            let cell_v = frame.local_cell(vm, i)?.get();
            let cell = Obj::<crate::objects::cell::CellObj>::from_value(cell_v)
                .ok_or_else(|| bad_bytecode(vm, "not a cell"))?;
            match op {
                LOAD_DEREF => {
                    let v = cell.value.get();
                    if v.is_null() {
                        return Err(super::names::free_var_error(vm, code_obj, i));
                    }
                    frame.ip = *ip;
                    frame.push(vm, v)?;
                }
                STORE_DEREF => {
                    let v = frame.pop(vm)?;
                    cell.value.set(v);
                    frame.ip = *ip;
                }
                _ => {
                    if cell.value.get().is_null() {
                        return Err(super::names::free_var_error(vm, code_obj, i));
                    }
                    cell.value.set(Value::NULL);
                    frame.ip = *ip;
                }
            }
        }
        BUILD_TUPLE | BUILD_LIST | BUILD_SET => {
            let n = fetch_uint(vm, code, ip)?;
            let items = frame.top_n(vm, n)?;
            let v = match op {
                BUILD_TUPLE => crate::objects::tuple::new_tuple(vm, items)?,
                BUILD_LIST => crate::objects::list::new_list(vm, items)?,
                _ => crate::builtins::set_methods::new_set_from(vm, items, false)?,
            };
            frame.drop_n(n);
            frame.ip = *ip;
            frame.push(vm, v)?;
        }
        BUILD_MAP => {
            let n = fetch_uint(vm, code, ip)?;
            let d = crate::objects::dict::new_dict(vm, n)?;
            frame.ip = *ip;
            frame.push(vm, d)?;
        }
        STORE_MAP => {
            let key = frame.pop(vm)?;
            let value = frame.pop(vm)?;
            let d = frame.top(vm)?;
            crate::objects::dict::dict_set(vm, d, key, value)?;
            frame.ip = *ip;
        }
        BUILD_SLICE => {
            let n = fetch_uint(vm, code, ip)?;
            let step = if n == 3 { frame.pop(vm)? } else { Value::NONE };
            let stop = frame.pop(vm)?;
            let start = frame.top(vm)?;
            let s = crate::objects::slice::new_slice(vm, start, stop, step)?;
            frame.set_peek(vm, 0, s)?;
            frame.ip = *ip;
        }
        STORE_COMP => {
            let u = fetch_uint(vm, code, ip)?;
            let kind = u & 3;
            let depth = u >> 2;
            let coll = frame.peek(vm, depth)?;
            if kind == 1 {
                let key = frame.pop(vm)?;
                let value = frame.pop(vm)?;
                crate::objects::dict::dict_set(vm, coll, key, value)?;
            } else {
                let item = frame.pop(vm)?;
                if kind == 0 {
                    let l = Obj::<crate::objects::list::ListObj>::from_value(coll)
                        .ok_or_else(|| bad_bytecode(vm, "STORE_COMP target"))?;
                    l.get().push(vm, item)?;
                } else {
                    crate::builtins::set_methods::set_add(vm, coll, item)?;
                }
            }
            frame.ip = *ip;
        }
        UNPACK_SEQUENCE => {
            let n = fetch_uint(vm, code, ip)?;
            let seq = frame.pop(vm)?;
            frame.ip = *ip;
            ops::unpack_sequence(vm, seq, n, 0, false, &mut |vm, v| frame.push(vm, v))?;
        }
        UNPACK_EX => {
            let u = fetch_uint(vm, code, ip)?;
            let seq = frame.pop(vm)?;
            frame.ip = *ip;
            ops::unpack_sequence(vm, seq, u & 0xff, u >> 8, true, &mut |vm, v| {
                frame.push(vm, v)
            })?;
        }
        MAKE_FUNCTION | MAKE_FUNCTION_DEFARGS | MAKE_CLOSURE | MAKE_CLOSURE_DEFARGS => {
            let child = fetch_uint(vm, code, ip)?;
            let n_cells = if op == MAKE_CLOSURE || op == MAKE_CLOSURE_DEFARGS {
                let b = *code.get(*ip).ok_or_else(|| bad_bytecode(vm, "truncated"))?;
                *ip += 1;
                usize::from(b)
            } else {
                0
            };
            let child_code = Obj::<crate::objects::tuple::TupleObj>::from_value(code_obj.children)
                .and_then(|t| t.get().get(child))
                .ok_or_else(|| bad_bytecode(vm, "child index"))?;
            let closure = if n_cells > 0 {
                let cells = frame.top_n(vm, n_cells)?;
                let t = crate::objects::tuple::new_tuple(vm, cells)?;
                frame.drop_n(n_cells);
                t
            } else {
                Value::NULL
            };
            let (defaults, kwdefaults) =
                if op == MAKE_FUNCTION_DEFARGS || op == MAKE_CLOSURE_DEFARGS {
                    let kw = frame.pop(vm)?;
                    let pos = frame.pop(vm)?;
                    (pos, kw)
                } else {
                    (Value::NULL, Value::NULL)
                };
            let f = crate::objects::function::new_function(
                vm,
                child_code,
                frame.globals,
                defaults,
                kwdefaults,
                closure,
            )?;
            if let Some(fo) = Obj::<crate::objects::function::FunctionObj>::from_value(f) {
                let in_class = !frame.locals_dict.is_null() && frame.locals_dict != frame.globals;
                fo.set_parent(frame.func, in_class);
            }
            frame.ip = *ip;
            frame.push(vm, f)?;
        }
        CALL_FUNCTION | CALL_FUNCTION_VAR_KW | CALL_METHOD | CALL_METHOD_VAR_KW => {
            let u = fetch_uint(vm, code, ip)?;
            let n_pos = u & 0xff;
            let n_kw = (u >> 8) & 0xff;
            let is_method = op == CALL_METHOD || op == CALL_METHOD_VAR_KW;
            let var = op == CALL_FUNCTION_VAR_KW || op == CALL_METHOD_VAR_KW;
            let n_args = n_pos + 2 * n_kw + usize::from(var);
            let total = n_args + 1 + usize::from(is_method);
            let all = frame.top_n(vm, total)?;
            frame.ip = *ip;
            vm.poll_interrupt()?;
            let result = call::call_from_stack(vm, all, n_pos, n_kw, is_method, var)?;
            frame.drop_n(total);
            frame.push(vm, result)?;
        }
        JUMP => {
            let t = fetch_jump(vm, code, ip, true)?;
            if t <= op_ip {
                vm.poll_interrupt()?;
            }
            frame.ip = t;
        }
        POP_JUMP_IF_TRUE | POP_JUMP_IF_FALSE => {
            let t = fetch_jump(vm, code, ip, true)?;
            let v = frame.pop(vm)?;
            let truth = ops::truthy(vm, v)?;
            frame.ip = if truth == (op == POP_JUMP_IF_TRUE) {
                if t <= op_ip {
                    vm.poll_interrupt()?;
                }
                t
            } else {
                *ip
            };
        }
        JUMP_IF_TRUE_OR_POP | JUMP_IF_FALSE_OR_POP => {
            let t = fetch_jump(vm, code, ip, false)?;
            let v = frame.top(vm)?;
            let truth = ops::truthy(vm, v)?;
            if truth == (op == JUMP_IF_TRUE_OR_POP) {
                frame.ip = t;
            } else {
                frame.pop(vm)?;
                frame.ip = *ip;
            }
        }
        SETUP_EXCEPT | SETUP_FINALLY => {
            let t = fetch_jump(vm, code, ip, false)?;
            let sp = frame.sp;
            frame.push_exc(vm, t, op == SETUP_FINALLY, sp)?;
            frame.ip = *ip;
        }
        SETUP_WITH => {
            let t = fetch_jump(vm, code, ip, false)?;
            let ctx = frame.top(vm)?;
            let missing = |vm: &mut Vm, suffix: &str| {
                let tn = vm.type_name(ctx);
                vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!(
                        "'{}' object does not support the context manager protocol{}",
                        tn, suffix
                    ),
                )
            };
            let enter = super::attr::load_special_method(vm, ctx, crate::qstr::__enter__);
            let (enter, enter_self) = enter.map_err(|_| missing(vm, ""))?;
            let exit = super::attr::load_special_method(vm, ctx, crate::qstr::__exit__);
            let (exit, exit_self) = exit.map_err(|_| missing(vm, " (missed __exit__ method)"))?;
            frame.set_peek(vm, 0, exit)?;
            frame.push(vm, exit_self)?;
            let sp = frame.sp;
            frame.ip = *ip;
            let entered = call::call_method_pair(vm, enter, enter_self, &[])?;
            frame.push_exc(vm, t, true, sp)?;
            frame.push(vm, entered)?;
        }
        WITH_CLEANUP => {
            let x = frame.top(vm)?;
            if x.is_none() || x.is_small_int() {
                // Normal exit or a return/unwind in progress: `exit(None, None, None)`.
                let depth = if x.is_none() { 1 } else { 2 };
                let exit_self = frame.peek(vm, depth)?;
                let exit = frame.peek(vm, depth + 1)?;
                call::call_method_pair(
                    vm,
                    exit,
                    exit_self,
                    &[Value::NONE, Value::NONE, Value::NONE],
                )?;
                if x.is_none() {
                    frame.drop_n(3);
                    frame.push(vm, Value::NONE)?;
                } else {
                    let data = frame.peek(vm, 1)?;
                    frame.drop_n(4);
                    frame.push(vm, data)?;
                    frame.push(vm, x)?;
                }
            } else {
                let exit_self = frame.peek(vm, 1)?;
                let exit = frame.peek(vm, 2)?;
                let ty = vm.type_of(x).as_value();
                let tb = Obj::<ExceptionObj>::from_value(x)
                    .map(|e| e.traceback.get())
                    .filter(|t| !t.is_null())
                    .unwrap_or(Value::NONE);
                let r = call::call_method_pair(vm, exit, exit_self, &[ty, x, tb])?;
                let swallow = ops::truthy(vm, r)?;
                frame.drop_n(3);
                frame.push(vm, if swallow { Value::NONE } else { x })?;
            }
            frame.ip = *ip;
        }
        END_FINALLY => {
            let x = frame.pop(vm)?;
            frame.pop_exc();
            vm.handling = frame.handled_exception(op_ip).unwrap_or(Value::NULL);
            if x.is_none() || x.is_null() {
                frame.ip = *ip;
            } else if let Some(n) = x.as_small_int() {
                if n < 0 {
                    let retval = frame.pop(vm)?;
                    frame.ip = op_ip;
                    return do_return(vm, frame, retval, op_ip);
                }
                let dest = frame.top(vm)?.small_int_value() as usize;
                return do_unwind_jump(vm, frame, dest, n as u8, op_ip);
            } else {
                frame.ip = op_ip;
                return Err(PyErr(x));
            }
        }
        POP_EXCEPT_JUMP => {
            let t = fetch_jump(vm, code, ip, false)?;
            frame.pop_exc();
            vm.handling = frame.handled_exception(op_ip).unwrap_or(Value::NULL);
            frame.ip = t;
        }
        UNWIND_JUMP => {
            let t = fetch_jump(vm, code, ip, true)?;
            let extra = *code.get(*ip).ok_or_else(|| bad_bytecode(vm, "truncated"))?;
            // fetch_jump left ip on the extra byte, which the target is relative to (§2.3).
            let target = t;
            *ip += 1;
            frame.push(vm, Value::small_int_unchecked(target as i64))?;
            return do_unwind_jump(vm, frame, target, extra, *ip - 1);
        }
        FOR_ITER => {
            let t = fetch_jump(vm, code, ip, false)?;
            let state = frame.top_n(vm, 4)?;
            match ops::for_iter_next(vm, state)? {
                ops::ForStep::Item(v, new_state) => {
                    if let Some(s) = new_state {
                        frame.set_peek(vm, 1, s)?;
                    }
                    frame.ip = *ip;
                    frame.push(vm, v)?;
                }
                ops::ForStep::Done => {
                    frame.drop_n(4);
                    frame.ip = t;
                    if t <= op_ip {
                        vm.poll_interrupt()?;
                    }
                }
            }
        }
        GET_ITER_STACK => {
            let obj = frame.top(vm)?;
            let slots = ops::get_iter_stack(vm, obj)?;
            frame.set_peek(vm, 0, slots[0])?;
            frame.ip = *ip;
            for v in &slots[1..] {
                frame.push(vm, *v)?;
            }
        }
        GET_ITER => {
            let obj = frame.top(vm)?;
            let it = ops::get_iter(vm, obj)?;
            frame.set_peek(vm, 0, it)?;
            frame.ip = *ip;
        }
        LOAD_CONST_FALSE | LOAD_CONST_NONE | LOAD_CONST_TRUE | LOAD_NULL => {
            let v = match op {
                LOAD_CONST_FALSE => Value::FALSE,
                LOAD_CONST_NONE => Value::NONE,
                LOAD_CONST_TRUE => Value::TRUE,
                _ => Value::NULL,
            };
            frame.ip = *ip;
            frame.push(vm, v)?;
        }
        LOAD_BUILD_CLASS => {
            frame.ip = *ip;
            frame.push(vm, crate::builtins::BUILD_CLASS.as_value())?;
        }
        LOAD_SUBSCR => {
            let index = frame.pop(vm)?;
            let obj = frame.top(vm)?;
            let v = ops::subscr_load(vm, obj, index)?;
            frame.set_peek(vm, 0, v)?;
            frame.ip = *ip;
        }
        STORE_SUBSCR => {
            let index = frame.pop(vm)?;
            let obj = frame.pop(vm)?;
            let v = frame.pop(vm)?;
            if v.is_null() {
                ops::subscr_delete(vm, obj, index)?;
            } else {
                ops::subscr_store(vm, obj, index, v)?;
            }
            frame.ip = *ip;
        }
        DUP_TOP => {
            let v = frame.top(vm)?;
            frame.ip = *ip;
            frame.push(vm, v)?;
        }
        DUP_TOP_TWO => {
            let b = frame.peek(vm, 0)?;
            let a = frame.peek(vm, 1)?;
            frame.ip = *ip;
            frame.push(vm, a)?;
            frame.push(vm, b)?;
        }
        POP_TOP => {
            frame.pop(vm)?;
            frame.ip = *ip;
        }
        ROT_TWO => {
            let b = frame.peek(vm, 0)?;
            let a = frame.peek(vm, 1)?;
            frame.set_peek(vm, 0, a)?;
            frame.set_peek(vm, 1, b)?;
            frame.ip = *ip;
        }
        ROT_THREE => {
            let c = frame.peek(vm, 0)?;
            let b = frame.peek(vm, 1)?;
            let a = frame.peek(vm, 2)?;
            frame.set_peek(vm, 0, b)?;
            frame.set_peek(vm, 1, a)?;
            frame.set_peek(vm, 2, c)?;
            frame.ip = *ip;
        }
        RETURN_VALUE => {
            let v = frame.pop(vm)?;
            return do_return(vm, frame, v, op_ip);
        }
        RAISE_LAST => {
            let exc = frame.handled_exception(op_ip).or(if vm.handling.is_null() {
                None
            } else {
                Some(vm.handling)
            });
            return Err(match exc {
                Some(e) => PyErr(e),
                None => {
                    vm.new_exception(&exception::RUNTIME_ERROR, "No active exception to reraise")
                }
            });
        }
        RAISE_OBJ | RAISE_FROM => {
            let cause = if op == RAISE_FROM {
                Some(frame.pop(vm)?)
            } else {
                None
            };
            let exc = frame.pop(vm)?;
            let context = frame.handled_exception(op_ip).unwrap_or(vm.handling);
            return Err(super::raise::make_raise(vm, exc, cause, context)?);
        }
        YIELD_VALUE => {
            let v = frame.pop(vm)?;
            frame.ip = *ip;
            return Ok(Flow::Exit(FrameExit::Yield(v)));
        }
        YIELD_FROM => {
            let send = frame.pop(vm)?;
            let it = frame.top(vm)?;
            match super::generator_ops::delegate(vm, it, send)? {
                super::generator_ops::Delegated::Yielded(v) => {
                    // Re-execute YIELD_FROM on resume: the sent value lands on TOS.
                    frame.ip = op_ip;
                    return Ok(Flow::Exit(FrameExit::Yield(v)));
                }
                super::generator_ops::Delegated::Returned(v) => {
                    frame.set_peek(vm, 0, v)?;
                    frame.ip = *ip;
                }
            }
        }
        0xD0..=0xD3 => {
            let v = frame.top(vm)?;
            let r = ops::unary_op(vm, op - UNARY_OP_MULTI, v)?;
            frame.set_peek(vm, 0, r)?;
            frame.ip = *ip;
        }
        _ => {
            return Err(vm.new_exception_fmt(
                &exception::NOT_IMPLEMENTED_ERROR,
                format_args!("opcode {:#04x}", op),
            ))
        }
    }
    Ok(Flow::Next)
}

/// `RETURN_VALUE` (also resumed by `END_FINALLY`): run pending finally handlers first.
fn do_return(vm: &mut Vm, frame: &mut Frame<'_>, retval: Value, at: usize) -> PyResult<Flow> {
    while frame.exc_sp > 0 {
        let Some((handler, finally, depth, _)) = frame.read_exc(frame.exc_sp - 1) else {
            break;
        };
        if finally && handler > at {
            // A finally block that has not started: run it with (retval, -1) on the stack.
            frame.drop_n(frame.sp.saturating_sub(depth));
            frame.push(vm, retval)?;
            frame.push(vm, Value::small_int_unchecked(-1))?;
            frame.ip = handler;
            return Ok(Flow::Next);
        }
        frame.pop_exc();
    }
    vm.handling = Value::NULL;
    Ok(Flow::Exit(FrameExit::Return(retval)))
}

/// `UNWIND_JUMP` (also resumed by `END_FINALLY`): the destination is on the stack.
fn do_unwind_jump(
    vm: &mut Vm,
    frame: &mut Frame<'_>,
    dest: usize,
    count: u8,
    at: usize,
) -> PyResult<Flow> {
    let pop_iter = count & 0x80 != 0;
    let mut n = count & 0x7f;
    while n > 0 {
        let Some((handler, finally, depth, _)) = frame.read_exc(frame.exc_sp.saturating_sub(1))
        else {
            break;
        };
        if frame.exc_sp == 0 {
            break;
        }
        n -= 1;
        if finally && handler > at {
            // Run the finally body, then END_FINALLY resumes with the remaining count.
            frame.drop_n(frame.sp.saturating_sub(depth));
            frame.push(vm, Value::small_int_unchecked(dest as i64))?;
            frame.push(
                vm,
                Value::small_int_unchecked(i64::from(n | (count & 0x80))),
            )?;
            frame.ip = handler;
            return Ok(Flow::Next);
        }
        if finally {
            // Leaving a running finally body: drop its pending state under `dest`.
            let below = frame.peek(vm, 1)?;
            let pending = if below.is_small_int() { 2 } else { 1 };
            let d = frame.pop(vm)?;
            frame.drop_n(pending);
            frame.push(vm, d)?;
        }
        frame.pop_exc();
    }
    frame.pop(vm)?; // dest
    if pop_iter {
        frame.drop_n(4);
    }
    vm.handling = frame.handled_exception(dest).unwrap_or(Value::NULL);
    frame.ip = dest;
    Ok(Flow::Next)
}

/// Raise-site helper for code outside the loop.
pub fn exception_value(err: PyErr) -> Option<Obj<ExceptionObj>> {
    Obj::from_value(err.0)
}
