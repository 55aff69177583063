//! Python's file layer on kapi files: `open()` and the `os` module.

use vm::interp::{PyResult, Vm};
use vm::value::Value;

/// `open(path, mode='r', ...)`.
pub fn py_open(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(vm.new_exception(&vm::objects::exception::OS_ERROR, "open() is not available yet"))
}

/// Register the `os` module.
pub fn register(_vm: &mut Vm) -> PyResult<()> {
    Ok(())
}
