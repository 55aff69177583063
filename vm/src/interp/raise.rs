//! Raising: turning the operand of `raise` into an exception instance, with `from`
//! causes and implicit `__context__` chaining.

use super::{PyErr, PyResult, Vm};
use crate::objects::exception::ExceptionObj;
use crate::objects::type_object::type_flags;
use crate::objects::Obj;
use crate::value::Value;

/// An exception instance from a `raise` operand: an instance, or a class to instantiate.
pub fn instantiate(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(t) = super::typeobj::as_type(v) {
        if t.has_flag(type_flags::EXCEPTION) {
            return super::call::call(vm, v, &[], &[]);
        }
    } else if vm.type_of(v).has_flag(type_flags::EXCEPTION) {
        return Ok(v);
    }
    Err(vm.type_error("exceptions must derive from BaseException"))
}

/// The error to propagate for `raise exc [from cause]` while `context` is being handled.
pub fn make_raise(
    vm: &mut Vm,
    exc: Value,
    cause: Option<Value>,
    context: Value,
) -> PyResult<PyErr> {
    let e = instantiate(vm, exc)?;
    let obj = Obj::<ExceptionObj>::from_value(e);
    if let (Some(c), Some(o)) = (cause, obj) {
        if c.is_none() {
            o.cause.set(Value::NONE);
        } else {
            let cause_exc = if let Some(t) = super::typeobj::as_type(c) {
                if !t.has_flag(type_flags::EXCEPTION) {
                    return Err(vm.type_error("exception causes must derive from BaseException"));
                }
                super::call::call(vm, c, &[], &[])?
            } else if vm.type_of(c).has_flag(type_flags::EXCEPTION) {
                c
            } else {
                return Err(vm.type_error("exception causes must derive from BaseException"));
            };
            o.cause.set(cause_exc);
        }
        o.suppress_context.set(true);
    }
    if let Some(o) = obj {
        set_context(o, e, context);
    }
    Ok(PyErr(e))
}

/// Record `context` as the implicit `__context__` of a new exception.
pub fn set_context(o: Obj<ExceptionObj>, e: Value, context: Value) {
    if !context.is_null() && context != e && o.context.get().is_none() {
        o.context.set(context);
    }
}
