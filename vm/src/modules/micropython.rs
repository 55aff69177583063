//! The `micropython` module: `const`, `mem_info`, `heap_lock`/`heap_unlock`,
//! `opt_level`, `kbd_intr`.

use super::{make_module, ModuleMember};
use crate::builtin_fn;
use crate::interp::{PyResult, Vm};
use crate::qstr;
use crate::value::Value;

fn const_(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args.first().copied().unwrap_or(Value::NONE))
}
builtin_fn!(MP_CONST, qstr::const_, const_);

fn mem_info(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = vm.heap.stats();
    let mut b = crate::objects::str::StrBuilder::new();
    b.push_fmt(
        vm,
        format_args!(
            "stack: {} out of {}\nGC: total: {}, used: {}, free: {}\n max new split: {}\n",
            vm.stack_base
                .saturating_sub(crate::gc::approximate_stack_pointer()),
            vm.config.stack_limit,
            s.total_bytes,
            s.used_bytes,
            s.free_bytes,
            s.max_free_run_bytes
        ),
    )?;
    if !args.is_empty() {
        b.push_fmt(vm, format_args!("collections: {}\n", s.collections))?;
    }
    let text = b.as_str().unwrap_or("");
    crate::builtins::functions::write_out(vm, Value::NULL, text)?;
    Ok(Value::NONE)
}
builtin_fn!(MP_MEM_INFO, qstr::mem_info, mem_info);

fn heap_lock(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    vm.heap_lock_depth += 1;
    Ok(Value::NONE)
}
builtin_fn!(MP_HEAP_LOCK, qstr::heap_lock, heap_lock);

fn heap_unlock(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    vm.heap_lock_depth = vm.heap_lock_depth.saturating_sub(1);
    Ok(Value::small_int_unchecked(i64::from(vm.heap_lock_depth)))
}
builtin_fn!(MP_HEAP_UNLOCK, qstr::heap_unlock, heap_unlock);

fn heap_locked(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::small_int_unchecked(i64::from(vm.heap_lock_depth)))
}
builtin_fn!(MP_HEAP_LOCKED, qstr::heap_locked, heap_locked);

fn opt_level(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::small_int_unchecked(0))
}
builtin_fn!(MP_OPT_LEVEL, qstr::opt_level, opt_level);

fn kbd_intr(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}
builtin_fn!(MP_KBD_INTR, qstr::kbd_intr, kbd_intr);

fn qstr_info(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = vm.qstrs.dynamic_count();
    let mut b = crate::objects::str::StrBuilder::new();
    b.push_fmt(vm, format_args!("qstr pool: n_pool=1, n_qstr={}\n", n))?;
    let text = b.as_str().unwrap_or("");
    crate::builtins::functions::write_out(vm, Value::NULL, text)?;
    Ok(Value::NONE)
}
builtin_fn!(MP_QSTR_INFO, qstr::qstr_info, qstr_info);

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    make_module(
        vm,
        qstr::micropython,
        &[
            (qstr::const_, ModuleMember::Function(&MP_CONST)),
            (qstr::mem_info, ModuleMember::Function(&MP_MEM_INFO)),
            (qstr::qstr_info, ModuleMember::Function(&MP_QSTR_INFO)),
            (qstr::heap_lock, ModuleMember::Function(&MP_HEAP_LOCK)),
            (qstr::heap_unlock, ModuleMember::Function(&MP_HEAP_UNLOCK)),
            (qstr::heap_locked, ModuleMember::Function(&MP_HEAP_LOCKED)),
            (qstr::opt_level, ModuleMember::Function(&MP_OPT_LEVEL)),
            (qstr::kbd_intr, ModuleMember::Function(&MP_KBD_INTR)),
        ],
    )
}
