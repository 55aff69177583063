//! Generators: a suspended frame on the heap (its state array, instruction and stack
//! positions) resumed by `next`, `send`, `throw` and `close`, with PEP 479's conversion of
//! a StopIteration escaping the body into RuntimeError.

use super::args::check_count;
use crate::builtin_fn;
use crate::bytecode::opcodes;
use crate::gc::heap::Heap;
use crate::interp::exec::{self, Frame, FrameExit};
use crate::interp::{call, ops, PyErr, PyResult, Vm};
use crate::objects::code::CodeObj;
use crate::objects::exception;
use crate::objects::function::FunctionObj;
use crate::objects::str::StrBuilder;
use crate::objects::tuple::{new_value_array, ValueArray};
use crate::objects::type_object::{Member, TypeObject, TypeSlots};
use crate::objects::{HeapObject, Layout, Obj, ObjHeader};
use crate::qstr::{self, Qstr};
use crate::value::Value;
use core::cell::Cell;

const NOT_STARTED: u8 = 0;
const SUSPENDED: u8 = 1;
const RUNNING: u8 = 2;
const FINISHED: u8 = 3;

#[repr(C)]
pub struct GeneratorObj {
    pub header: ObjHeader,
    pub func: Value,
    pub state: Value,
    ip: Cell<usize>,
    sp: Cell<usize>,
    exc_sp: Cell<usize>,
    status: Cell<u8>,
}

// SAFETY: repr(C), starts with ObjHeader; made only here.
unsafe impl HeapObject for GeneratorObj {
    const LAYOUT: Layout = Layout::Generator;
}

fn trace_generator(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on a generator.
    let g = unsafe { &*(obj as *const GeneratorObj) };
    heap.mark_value(g.func);
    heap.mark_value(g.state);
}

/// A new generator for a call of `func`; the caller binds arguments into its slots.
pub fn new_generator(vm: &mut Vm, func: Obj<FunctionObj>, n_cells: usize) -> PyResult<Value> {
    let state = new_value_array(vm, n_cells)?;
    let g = vm.alloc(GeneratorObj {
        header: ObjHeader::new(&GENERATOR_TYPE),
        func: func.as_value(),
        state: state.as_value(),
        ip: Cell::new(0),
        sp: Cell::new(0),
        exc_sp: Cell::new(0),
        status: Cell::new(NOT_STARTED),
    })?;
    Ok(g.as_value())
}

/// The frame cells of a generator (for argument binding).
pub fn generator_slots<'a>(g: Value) -> &'a [Cell<Value>] {
    Obj::<GeneratorObj>::from_value(g)
        .and_then(|g| Obj::<ValueArray>::from_value(g.state))
        .map(|a| a.get().slots())
        .unwrap_or(&[])
}

/// How a resumption ended.
pub enum Resumed {
    Yield(Value),
    Return(Value),
}

fn code_of(g: Obj<GeneratorObj>) -> Option<(Obj<FunctionObj>, Obj<CodeObj>)> {
    let f = Obj::<FunctionObj>::from_value(g.func)?;
    let c = Obj::<CodeObj>::from_value(f.code)?;
    Some((f, c))
}

/// Resume a generator with a sent value or a thrown exception.
pub fn resume(vm: &mut Vm, gv: Value, send: Value, throw: Option<PyErr>) -> PyResult<Resumed> {
    let g =
        Obj::<GeneratorObj>::from_value(gv).ok_or_else(|| vm.type_error("expected a generator"))?;
    match g.status.get() {
        FINISHED => {
            return match throw {
                Some(e) => Err(e),
                None => Ok(Resumed::Return(Value::NONE)),
            }
        }
        RUNNING => return Err(vm.value_error("generator already executing")),
        NOT_STARTED if throw.is_none() && !send.is_none() => {
            return Err(vm.type_error("can't send non-None value to a just-started generator"));
        }
        _ => {}
    }
    let (func, code) = code_of(g).ok_or_else(|| vm.type_error("bad generator"))?;
    let slots = generator_slots(gv);
    let mut frame = Frame {
        code,
        globals: func.globals,
        locals_dict: Value::NULL,
        func: func.as_value(),
        slots,
        ip: g.ip.get(),
        sp: g.sp.get(),
        exc_sp: g.exc_sp.get(),
    };
    let mut throw = throw;
    if g.status.get() == SUSPENDED {
        if let Some(e) = throw.take() {
            match throw_into_delegate(vm, &mut frame, e)? {
                DelegateThrow::Yielded(v) => return Ok(Resumed::Yield(v)),
                DelegateThrow::Continue => {}
                DelegateThrow::Raise(e) => throw = Some(e),
            }
        } else if let Some(c) = slots.get(frame.sp) {
            // The value of the `yield` expression being resumed.
            c.set(send);
            frame.sp += 1;
        }
    }
    g.status.set(RUNNING);
    vm.call_depth += 1;
    let r = vm
        .check_recursion()
        .and_then(|_| exec::run(vm, &mut frame, throw));
    vm.call_depth -= 1;
    g.ip.set(frame.ip);
    g.sp.set(frame.sp);
    g.exc_sp.set(frame.exc_sp);
    match r {
        Ok(FrameExit::Yield(v)) => {
            g.status.set(SUSPENDED);
            Ok(Resumed::Yield(v))
        }
        Ok(FrameExit::Return(v)) => {
            finish(g);
            Ok(Resumed::Return(v))
        }
        Err(e) => {
            finish(g);
            if vm.exception_matches(e, &exception::STOP_ITERATION) {
                let r =
                    vm.new_exception(&exception::RUNTIME_ERROR, "generator raised StopIteration");
                if let Some(o) = vm.exception_obj(r) {
                    o.cause.set(e.0);
                    o.context.set(e.0);
                    o.suppress_context.set(true);
                }
                return Err(r);
            }
            Err(e)
        }
    }
}

fn finish(g: Obj<GeneratorObj>) {
    g.status.set(FINISHED);
    if let Some(a) = Obj::<ValueArray>::from_value(g.state) {
        for c in a.get().slots() {
            c.set(Value::NULL);
        }
    }
}

enum DelegateThrow {
    Yielded(Value),
    Continue,
    Raise(PyErr),
}

/// A `throw` while suspended in `yield from` goes to the sub-iterator first (PEP 380):
/// GeneratorExit closes it and is then raised here whatever it did; anything else goes
/// to its `throw` method, if it has one.
fn throw_into_delegate(vm: &mut Vm, frame: &mut Frame<'_>, e: PyErr) -> PyResult<DelegateThrow> {
    let at_yield_from = frame.code.bytecode().get(frame.ip) == Some(&opcodes::YIELD_FROM);
    if !at_yield_from || frame.sp == 0 {
        return Ok(DelegateThrow::Raise(e));
    }
    let it = frame
        .slots
        .get(frame.sp - 1)
        .map(|c| c.get())
        .unwrap_or(Value::NONE);
    let is_gen = Obj::<GeneratorObj>::from_value(it).is_some();
    if vm.exception_matches(e, &exception::GENERATOR_EXIT) {
        let closed = if is_gen {
            close_generator(vm, it).map(|_| ())
        } else {
            match crate::interp::attr::lookup_attr(vm, it, qstr::close) {
                Ok(Some(m)) => call::call(vm, m, &[], &[]).map(|_| ()),
                Ok(None) => Ok(()),
                Err(e2) => Err(e2),
            }
        };
        return Ok(DelegateThrow::Raise(closed.err().unwrap_or(e)));
    }
    let r = if is_gen {
        resume(vm, it, Value::NONE, Some(e))
    } else {
        let m = match crate::interp::attr::lookup_attr(vm, it, qstr::throw) {
            Ok(Some(m)) => m,
            Ok(None) => return Ok(DelegateThrow::Raise(e)),
            Err(e2) => return Ok(DelegateThrow::Raise(e2)),
        };
        match call::call(vm, m, &[e.0], &[]) {
            Ok(v) => Ok(Resumed::Yield(v)),
            Err(e2) => match ops::stop_iteration_value(vm, e2) {
                Some(v) => Ok(Resumed::Return(v)),
                None => Err(e2),
            },
        }
    };
    match r {
        Ok(Resumed::Yield(v)) => Ok(DelegateThrow::Yielded(v)),
        Ok(Resumed::Return(v)) => {
            if let Some(c) = frame.slots.get(frame.sp - 1) {
                c.set(v);
            }
            frame.ip += 1;
            Ok(DelegateThrow::Continue)
        }
        Err(e2) => Ok(DelegateThrow::Raise(e2)),
    }
}

/// `next(it)` distinguishing exhaustion with a value (`Err(value)`) from a yielded item.
pub fn next_with_value(vm: &mut Vm, it: Value) -> PyResult<Result<Value, Value>> {
    if Obj::<GeneratorObj>::from_value(it).is_some() {
        return Ok(match resume(vm, it, Value::NONE, None)? {
            Resumed::Yield(v) => Ok(v),
            Resumed::Return(v) => Err(v),
        });
    }
    if vm.type_of(it).is_heap() {
        if let Some(f) = crate::interp::classes::find_override(vm, vm.type_of(it), qstr::__next__)?
        {
            return match call::call_with_self(vm, f, it, &[], &[]) {
                Ok(v) => Ok(Ok(v)),
                Err(e) => match ops::stop_iteration_value(vm, e) {
                    Some(v) => Ok(Err(v)),
                    None => Err(e),
                },
            };
        }
    }
    Ok(match ops::iter_next(vm, it)? {
        Some(v) => Ok(v),
        None => Err(Value::NONE),
    })
}

/// The StopIteration to raise for exhaustion with `value`.
pub fn stop_iteration(vm: &mut Vm, value: Value) -> PyErr {
    let r = if value.is_none() {
        exception::new_bare(vm, &exception::STOP_ITERATION)
    } else {
        crate::objects::tuple::new_tuple(vm, &[value])
            .and_then(|t| exception::new_with_args(vm, &exception::STOP_ITERATION, t))
    };
    match r {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

fn gen_iternext(vm: &mut Vm, g: Value) -> PyResult<Option<Value>> {
    match resume(vm, g, Value::NONE, None)? {
        Resumed::Yield(v) => Ok(Some(v)),
        Resumed::Return(_) => Ok(None),
    }
}

fn gen_iter(_vm: &mut Vm, g: Value) -> PyResult<Value> {
    Ok(g)
}

fn gen_repr(vm: &mut Vm, g: Value, out: &mut StrBuilder) -> PyResult<()> {
    let name = Obj::<GeneratorObj>::from_value(g)
        .and_then(|g| Obj::<FunctionObj>::from_value(g.func))
        .map(|f| f.name.get())
        .unwrap_or(qstr::generator);
    out.push_fmt(
        vm,
        format_args!(
            "<generator object {} at {:#x}>",
            vm.qstr_str(name),
            g.obj_addr()
        ),
    )
}

fn m_send(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "send", args, 2, 2)?;
    let g = args.first().copied().unwrap_or(Value::NONE);
    match resume(vm, g, args.get(1).copied().unwrap_or(Value::NONE), None)? {
        Resumed::Yield(v) => Ok(v),
        Resumed::Return(v) => Err(stop_iteration(vm, v)),
    }
}
builtin_fn!(GEN_SEND, qstr::send, m_send);

/// The exception a `throw(typ[, val[, tb]])` call delivers.
fn throw_exception(vm: &mut Vm, args: &[Value]) -> PyResult<PyErr> {
    let typ = args.get(1).copied().unwrap_or(Value::NONE);
    let val = args.get(2).copied();
    let is_exc_type = crate::interp::typeobj::as_type(typ)
        .is_some_and(|t| t.has_flag(crate::objects::type_object::type_flags::EXCEPTION));
    if !is_exc_type
        && !vm
            .type_of(typ)
            .has_flag(crate::objects::type_object::type_flags::EXCEPTION)
    {
        let n = vm.type_name(typ);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                n
            ),
        ));
    }
    let e = match val {
        Some(v)
            if !v.is_none()
                && crate::interp::typeobj::as_type(typ).is_some()
                && !vm
                    .type_of(v)
                    .has_flag(crate::objects::type_object::type_flags::EXCEPTION) =>
        {
            call::call(vm, typ, &[v], &[])?
        }
        Some(v) if !v.is_none() => v,
        _ => crate::interp::raise::instantiate(vm, typ)?,
    };
    crate::interp::raise::instantiate(vm, e).map(PyErr)
}

fn m_throw(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "throw", args, 2, 4)?;
    let g = args.first().copied().unwrap_or(Value::NONE);
    let e = throw_exception(vm, args)?;
    match resume(vm, g, Value::NONE, Some(e))? {
        Resumed::Yield(v) => Ok(v),
        Resumed::Return(v) => Err(stop_iteration(vm, v)),
    }
}
builtin_fn!(GEN_THROW, qstr::throw, m_throw);

/// `close()`: throw GeneratorExit in; fine if it propagates or the generator returns.
pub fn close_generator(vm: &mut Vm, g: Value) -> PyResult<Value> {
    let Some(go) = Obj::<GeneratorObj>::from_value(g) else {
        return Ok(Value::NONE);
    };
    if matches!(go.status.get(), NOT_STARTED | FINISHED) {
        go.status.set(FINISHED);
        return Ok(Value::NONE);
    }
    let ge = exception::new_bare(vm, &exception::GENERATOR_EXIT)?;
    match resume(vm, g, Value::NONE, Some(PyErr(ge))) {
        Ok(Resumed::Yield(_)) => {
            Err(vm.new_exception(&exception::RUNTIME_ERROR, "generator ignored GeneratorExit"))
        }
        Ok(Resumed::Return(_)) => Ok(Value::NONE),
        Err(e)
            if vm.exception_matches(e, &exception::GENERATOR_EXIT)
                || vm.exception_matches(e, &exception::STOP_ITERATION) =>
        {
            Ok(Value::NONE)
        }
        Err(e) => Err(e),
    }
}

fn m_close(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    close_generator(vm, args.first().copied().unwrap_or(Value::NONE))
}
builtin_fn!(GEN_CLOSE, qstr::close, m_close);

fn get_running(_vm: &mut Vm, g: Value) -> PyResult<Value> {
    Ok(Value::from_bool(
        Obj::<GeneratorObj>::from_value(g).is_some_and(|g| g.status.get() == RUNNING),
    ))
}

fn get_frame(_vm: &mut Vm, g: Value) -> PyResult<Value> {
    let done = Obj::<GeneratorObj>::from_value(g).is_none_or(|g| g.status.get() == FINISHED);
    Ok(if done { Value::NONE } else { g })
}

fn get_name(_vm: &mut Vm, g: Value) -> PyResult<Value> {
    let name = Obj::<GeneratorObj>::from_value(g)
        .and_then(|g| Obj::<FunctionObj>::from_value(g.func))
        .map(|f| f.name.get())
        .unwrap_or(qstr::generator);
    Ok(Value::from_qstr(name))
}

fn get_qualname(vm: &mut Vm, g: Value) -> PyResult<Value> {
    match Obj::<GeneratorObj>::from_value(g).and_then(|g| Obj::<FunctionObj>::from_value(g.func)) {
        Some(f) => {
            let mut b = crate::objects::str::StrBuilder::new();
            crate::objects::function::write_qualname(vm, f, &mut b)?;
            b.finish(vm)
        }
        None => Ok(Value::from_qstr(qstr::generator)),
    }
}

fn get_code(_vm: &mut Vm, g: Value) -> PyResult<Value> {
    Ok(Obj::<GeneratorObj>::from_value(g)
        .and_then(|g| Obj::<FunctionObj>::from_value(g.func))
        .map_or(Value::NONE, |f| f.code))
}

fn get_suspended(_vm: &mut Vm, g: Value) -> PyResult<Value> {
    Ok(Value::from_bool(
        Obj::<GeneratorObj>::from_value(g).is_some_and(|g| g.status.get() == SUSPENDED),
    ))
}

pub static GENERATOR_SLOTS: TypeSlots = TypeSlots {
    repr: Some(gen_repr),
    iter: Some(gen_iter),
    iternext: Some(gen_iternext),
    ..TypeSlots::EMPTY
};

pub static GENERATOR_MEMBERS: &[(Qstr, Member)] = &[
    (qstr::send, Member::Method(&GEN_SEND)),
    (qstr::throw, Member::Method(&GEN_THROW)),
    (qstr::close, Member::Method(&GEN_CLOSE)),
    (qstr::gi_running, Member::Getter(get_running)),
    (qstr::gi_frame, Member::Getter(get_frame)),
    (qstr::__name__, Member::Getter(get_name)),
    (qstr::__qualname__, Member::Getter(get_qualname)),
    (qstr::gi_code, Member::Getter(get_code)),
    (qstr::gi_suspended, Member::Getter(get_suspended)),
];

pub static GENERATOR_TYPE: TypeObject = TypeObject::builtin(
    qstr::generator,
    Layout::Generator,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &GENERATOR_SLOTS,
    GENERATOR_MEMBERS,
    trace_generator,
    0,
);
