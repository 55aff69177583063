//! Behaviour of exceptions: `str`/`repr`, the attributes `args`, `__cause__`,
//! `__context__`, `__traceback__`, and the per-class ones (`StopIteration.value`,
//! `SystemExit.code`, `OSError.errno`/`strerror`, `KeyError`'s repr-style message,
//! `SyntaxError.msg`/`lineno`...), plus `with_traceback` and `add_note`.

use crate::builtin_fn;
use crate::interp::typeobj::is_subtype;
use crate::interp::{ops, PyResult, Vm};
use crate::objects::exception::{self, ExceptionObj};
use crate::objects::str::StrBuilder;
use crate::objects::tuple::TupleObj;
use crate::objects::type_object::{Member, TypeObject};
use crate::objects::Obj;
use crate::qstr::{self, Qstr};
use crate::value::Value;

fn exc(vm: &mut Vm, v: Value) -> PyResult<Obj<ExceptionObj>> {
    Obj::<ExceptionObj>::from_value(v).ok_or_else(|| vm.type_error("expected an exception"))
}

fn args_of(e: Obj<ExceptionObj>) -> &'static [Value] {
    Obj::<TupleObj>::from_value(e.args.get())
        .map(|t| t.get().items())
        .unwrap_or(&[])
}

fn is(vm: &Vm, v: Value, t: &'static TypeObject) -> bool {
    is_subtype(vm.type_of(v), t)
}

/// `str(exc)`.
pub fn write_exception_str(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let e = exc(vm, v)?;
    let args = args_of(e);
    if is(vm, v, &exception::OS_ERROR) && args.len() >= 2 {
        let (Some(&errno), Some(&msg)) = (args.first(), args.get(1)) else {
            return Ok(());
        };
        out.push_str(vm, "[Errno ")?;
        ops::str_into(vm, errno, out)?;
        out.push_str(vm, "] ")?;
        ops::str_into(vm, msg, out)?;
        // CPython keeps `filename`/`filename2` out of `args`; they may live in the dict.
        let filename = match dict_attr(vm, e, qstr::filename)? {
            Some(f) => Some(f),
            None => args.get(2).copied(),
        };
        if let Some(f) = filename.filter(|f| !f.is_none()) {
            out.push_str(vm, ": ")?;
            ops::repr_into(vm, f, out)?;
            if let Some(f2) = dict_attr(vm, e, qstr::filename2)?.filter(|f| !f.is_none()) {
                out.push_str(vm, " -> ")?;
                ops::repr_into(vm, f2, out)?;
            }
        }
        return Ok(());
    }
    if is(vm, v, &exception::SYNTAX_ERROR) {
        return write_syntax_error_str(vm, v, out);
    }
    match args {
        [] => Ok(()),
        [one] => {
            if is(vm, v, &exception::KEY_ERROR) {
                ops::repr_into(vm, *one, out)
            } else {
                ops::str_into(vm, *one, out)
            }
        }
        _ => ops::repr_into(vm, e.args.get(), out),
    }
}

/// `str(SyntaxError(msg, (filename, lineno, offset, text)))`: the message (the first
/// argument, even None) and, as far as they are known, the file's base name and the line:
/// `msg (file.py, line 3)`.
fn write_syntax_error_str(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let attr = |vm: &mut Vm, name| exception_getattr(vm, v, name).map(|a| a.unwrap_or(Value::NONE));
    let msg = attr(vm, qstr::msg)?;
    let filename = attr(vm, qstr::filename)?;
    let lineno = attr(vm, qstr::lineno)?;
    ops::str_into(vm, msg, out)?;
    let base = crate::objects::str::str_of(vm, filename).map(|f| f.rsplit('/').next().unwrap_or(f));
    let line = crate::objects::int::int_as_i128(lineno);
    match (base, line) {
        (Some(f), Some(n)) => out.push_fmt(vm, format_args!(" ({}, line {})", f, n)),
        (Some(f), None) => out.push_fmt(vm, format_args!(" ({})", f)),
        (None, Some(n)) => out.push_fmt(vm, format_args!(" (line {})", n)),
        (None, None) => Ok(()),
    }
}

pub fn exception_str(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    write_exception_str(vm, v, out)
}

pub fn exception_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let e = exc(vm, v)?;
    let name = vm.type_name(v);
    out.push_str(vm, name)?;
    let args = args_of(e);
    if args.len() == 1 {
        out.push_str(vm, "(")?;
        ops::repr_into(vm, args.first().copied().unwrap_or(Value::NONE), out)?;
        out.push_str(vm, ")")
    } else {
        ops::repr_into(vm, e.args.get(), out)
    }
}

fn dict_attr(vm: &mut Vm, e: Obj<ExceptionObj>, name: Qstr) -> PyResult<Option<Value>> {
    let d = e.dict.get();
    if d.is_null() {
        return Ok(None);
    }
    crate::objects::dict::dict_get_qstr(vm, d, name)
}

/// Names `exception_getattr` serves on every exception, for `dir()`.
pub const EXCEPTION_ATTR_NAMES: &[Qstr] = &[
    qstr::args,
    qstr::__cause__,
    qstr::__context__,
    qstr::__dict__,
    qstr::__suppress_context__,
    qstr::__traceback__,
];

pub fn exception_getattr(vm: &mut Vm, v: Value, name: Qstr) -> PyResult<Option<Value>> {
    let e = exc(vm, v)?;
    if let Some(x) = dict_attr(vm, e, name)? {
        return Ok(Some(x));
    }
    let args = args_of(e);
    let arg = |i: usize| args.get(i).copied().unwrap_or(Value::NONE);
    Ok(Some(match name {
        qstr::args => e.args.get(),
        qstr::__cause__ => e.cause.get(),
        qstr::__context__ => e.context.get(),
        qstr::__suppress_context__ => Value::from_bool(e.suppress_context.get()),
        qstr::__traceback__ => {
            if e.traceback.get().is_null() {
                Value::NONE
            } else {
                e.traceback.get()
            }
        }
        qstr::__dict__ => {
            if e.dict.get().is_null() {
                let d = crate::objects::dict::new_dict(vm, 0)?;
                e.dict.set(d);
            }
            e.dict.get()
        }
        qstr::value if is(vm, v, &exception::STOP_ITERATION) => arg(0),
        qstr::code if is(vm, v, &exception::SYSTEM_EXIT) => match args.len() {
            0 => Value::NONE,
            1 => arg(0),
            _ => e.args.get(),
        },
        qstr::errno if is(vm, v, &exception::OS_ERROR) => {
            if args.len() >= 2 {
                arg(0)
            } else {
                Value::NONE
            }
        }
        qstr::strerror if is(vm, v, &exception::OS_ERROR) => {
            if args.len() >= 2 {
                arg(1)
            } else {
                Value::NONE
            }
        }
        qstr::filename if is(vm, v, &exception::OS_ERROR) => arg(2),
        qstr::filename2 if is(vm, v, &exception::OS_ERROR) => Value::NONE,
        qstr::msg if is(vm, v, &exception::SYNTAX_ERROR) => arg(0),
        qstr::name if is(vm, v, &exception::NAME_ERROR) || is(vm, v, &exception::IMPORT_ERROR) => {
            Value::NONE
        }
        qstr::path if is(vm, v, &exception::IMPORT_ERROR) => Value::NONE,
        qstr::filename | qstr::lineno | qstr::offset | qstr::text
            if is(vm, v, &exception::SYNTAX_ERROR) =>
        {
            // SyntaxError(msg, (filename, lineno, offset, text)).
            let details = args.get(1).and_then(|d| Obj::<TupleObj>::from_value(*d));
            let idx = match name {
                qstr::filename => 0,
                qstr::lineno => 1,
                qstr::offset => 2,
                _ => 3,
            };
            details
                .and_then(|d| d.get().get(idx))
                .unwrap_or(Value::NONE)
        }
        _ => return Ok(None),
    }))
}

pub fn exception_setattr(vm: &mut Vm, v: Value, name: Qstr, value: Value) -> PyResult<bool> {
    let e = exc(vm, v)?;
    match name {
        qstr::__cause__ => {
            let is_exc = vm
                .type_of(value)
                .has_flag(crate::objects::type_object::type_flags::EXCEPTION);
            if !value.is_null() && !value.is_none() && !is_exc {
                return Err(
                    vm.type_error("exception cause must be None or derive from BaseException")
                );
            }
            e.cause
                .set(if value.is_null() { Value::NONE } else { value });
            e.suppress_context.set(true);
        }
        qstr::__context__ => e
            .context
            .set(if value.is_null() { Value::NONE } else { value }),
        qstr::__suppress_context__ => {
            let t = ops::truthy(vm, value)?;
            e.suppress_context.set(t);
        }
        qstr::args => {
            let l = crate::objects::list::new_list_with_capacity(vm, 0)?;
            ops::extend_list_from_iterable(vm, l, value)?;
            let t = crate::builtins::seq::list_to_tuple(vm, l.as_value())?;
            e.args.set(t);
        }
        qstr::__traceback__ => e
            .traceback
            .set(if value.is_none() { Value::NULL } else { value }),
        _ => {
            if e.dict.get().is_null() {
                let d = crate::objects::dict::new_dict(vm, 0)?;
                e.dict.set(d);
            }
            if value.is_null() {
                if let Some(d) = crate::objects::dict::as_dict(e.dict.get()) {
                    if d.get().table.remove(vm, Value::from_qstr(name))?.is_none() {
                        return Ok(false);
                    }
                }
            } else {
                crate::objects::dict::dict_set(vm, e.dict.get(), Value::from_qstr(name), value)?;
            }
        }
    }
    Ok(true)
}

fn m_with_traceback(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = args.first().copied().unwrap_or(Value::NONE);
    let e = exc(vm, v)?;
    let tb = args.get(1).copied().unwrap_or(Value::NONE);
    e.traceback.set(if tb.is_none() { Value::NULL } else { tb });
    Ok(v)
}
builtin_fn!(EXC_WITH_TRACEBACK, qstr::with_traceback, m_with_traceback);

fn m_add_note(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = args.first().copied().unwrap_or(Value::NONE);
    let note = args.get(1).copied().unwrap_or(Value::NONE);
    if !crate::objects::str::is_str(vm, note) {
        return Err(vm.type_error("note must be a str"));
    }
    let q = vm.intern("__notes__")?;
    let existing = crate::interp::attr::lookup_attr(vm, v, q)?;
    let list = match existing {
        Some(l) => l,
        None => {
            let l = crate::objects::list::new_list(vm, &[])?;
            crate::interp::attr::store_attr(vm, v, q, l)?;
            l
        }
    };
    crate::interp::attr::call_method(vm, list, qstr::append, &[note])?;
    Ok(Value::NONE)
}
builtin_fn!(EXC_ADD_NOTE, qstr::add_note, m_add_note);

fn m_init(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = args.first().copied().unwrap_or(Value::NONE);
    let e = exc(vm, v)?;
    let t = crate::objects::tuple::new_tuple(vm, args.get(1..).unwrap_or(&[]))?;
    e.args.set(t);
    Ok(Value::NONE)
}
builtin_fn!(EXC_INIT, qstr::__init__, m_init);

fn m_str(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut b = StrBuilder::new();
    write_exception_str(vm, args.first().copied().unwrap_or(Value::NONE), &mut b)?;
    b.finish(vm)
}
builtin_fn!(EXC_STR, qstr::__str__, m_str);

fn m_repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut b = StrBuilder::new();
    exception_repr(vm, args.first().copied().unwrap_or(Value::NONE), &mut b)?;
    b.finish(vm)
}
builtin_fn!(EXC_REPR, qstr::__repr__, m_repr);

pub static MEMBERS: &[(Qstr, Member)] = &[
    (qstr::__init__, Member::Method(&EXC_INIT)),
    (qstr::__str__, Member::Method(&EXC_STR)),
    (qstr::__repr__, Member::Method(&EXC_REPR)),
    (qstr::with_traceback, Member::Method(&EXC_WITH_TRACEBACK)),
    (qstr::add_note, Member::Method(&EXC_ADD_NOTE)),
];
