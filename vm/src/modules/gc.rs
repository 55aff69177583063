//! The `gc` module: collect, enable/disable, and MicroPython's mem_free/mem_alloc.

use super::{make_module, ModuleMember};
use crate::builtin_fn;
use crate::interp::{PyResult, Vm};
use crate::qstr;
use crate::value::Value;

fn collect(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    vm.collect();
    Ok(Value::small_int_unchecked(0))
}
builtin_fn!(GC_COLLECT, qstr::collect, collect);

fn enable(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    vm.gc_enabled = true;
    Ok(Value::NONE)
}
builtin_fn!(GC_ENABLE, qstr::enable, enable);

fn disable(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    vm.gc_enabled = false;
    Ok(Value::NONE)
}
builtin_fn!(GC_DISABLE, qstr::disable, disable);

fn isenabled(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::from_bool(vm.gc_enabled))
}
builtin_fn!(GC_ISENABLED, qstr::isenabled, isenabled);

fn mem_free(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = vm.heap.total_bytes() - vm.heap.used_bytes();
    crate::objects::int::int_from_i64(vm, n as i64)
}
builtin_fn!(GC_MEM_FREE, qstr::mem_free, mem_free);

fn mem_alloc(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = vm.heap.used_bytes();
    crate::objects::int::int_from_i64(vm, n as i64)
}
builtin_fn!(GC_MEM_ALLOC, qstr::mem_alloc, mem_alloc);

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    make_module(
        vm,
        qstr::gc,
        &[
            (qstr::collect, ModuleMember::Function(&GC_COLLECT)),
            (qstr::enable, ModuleMember::Function(&GC_ENABLE)),
            (qstr::disable, ModuleMember::Function(&GC_DISABLE)),
            (qstr::isenabled, ModuleMember::Function(&GC_ISENABLED)),
            (qstr::mem_free, ModuleMember::Function(&GC_MEM_FREE)),
            (qstr::mem_alloc, ModuleMember::Function(&GC_MEM_ALLOC)),
        ],
    )
}
