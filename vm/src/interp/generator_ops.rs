//! `yield from` / `await` delegation (`YIELD_FROM`): drive a sub-iterator with the sent
//! value until it returns.

use super::{attr, ops, PyResult, Vm};
use crate::builtins::generator_methods::{resume, GeneratorObj, Resumed};
use crate::objects::Obj;
use crate::qstr;
use crate::value::Value;

pub enum Delegated {
    Yielded(Value),
    Returned(Value),
}

/// One step of delegation to `it` with `send`.
pub fn delegate(vm: &mut Vm, it: Value, send: Value) -> PyResult<Delegated> {
    if Obj::<GeneratorObj>::from_value(it).is_some() {
        return Ok(match resume(vm, it, send, None)? {
            Resumed::Yield(v) => Delegated::Yielded(v),
            Resumed::Return(v) => Delegated::Returned(v),
        });
    }
    if send.is_none() {
        return Ok(
            match crate::builtins::generator_methods::next_with_value(vm, it)? {
                Ok(v) => Delegated::Yielded(v),
                Err(v) => Delegated::Returned(v),
            },
        );
    }
    match attr::call_method(vm, it, qstr::send, &[send]) {
        Ok(v) => Ok(Delegated::Yielded(v)),
        Err(e) => match ops::stop_iteration_value(vm, e) {
            Some(v) => Ok(Delegated::Returned(v)),
            None => Err(e),
        },
    }
}
