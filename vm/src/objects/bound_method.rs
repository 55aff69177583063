//! Bound methods: a function paired with the instance it was looked up on.

use super::type_object::{Member, TypeObject, TypeSlots};
use super::{HeapObject, Layout, Obj, ObjHeader};
use crate::gc::heap::Heap;
use crate::interp::{PyResult, Vm};
use crate::objects::str::StrBuilder;
use crate::qstr::{self, Qstr};
use crate::value::Value;

#[repr(C)]
pub struct BoundMethodObj {
    pub header: ObjHeader,
    pub func: Value,
    pub self_: Value,
}

// SAFETY: repr(C), starts with ObjHeader.
unsafe impl HeapObject for BoundMethodObj {
    const LAYOUT: Layout = Layout::BoundMethod;
}

fn trace_bound_method(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on a bound method.
    let m = unsafe { &*(obj as *const BoundMethodObj) };
    heap.mark_value(m.func);
    heap.mark_value(m.self_);
}

pub fn new_bound_method(vm: &mut Vm, func: Value, self_: Value) -> PyResult<Value> {
    let m = vm.alloc(BoundMethodObj {
        header: ObjHeader::new(&BOUND_METHOD_TYPE),
        func,
        self_,
    })?;
    Ok(m.as_value())
}

fn bound_method_call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = args
        .first()
        .and_then(|v| Obj::<BoundMethodObj>::from_value(*v))
        .ok_or_else(|| vm.type_error("bad method call"))?;
    crate::interp::call::call_with_self(vm, m.func, m.self_, args.get(1..).unwrap_or(&[]), kw)
}

fn bound_method_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let Some(m) = Obj::<BoundMethodObj>::from_value(v) else {
        return Ok(());
    };
    let name = crate::interp::attr::callable_name(vm, m.func);
    out.push_fmt(vm, format_args!("<bound method {} of ", vm.qstr_str(name)))?;
    crate::interp::ops::repr_into(vm, m.self_, out)?;
    out.push_str(vm, ">")
}

fn bound_method_compare(
    vm: &mut Vm,
    a: Value,
    b: Value,
    op: super::type_object::CompareOp,
) -> PyResult<Value> {
    use super::type_object::CompareOp;
    let (Some(x), Some(y)) = (
        Obj::<BoundMethodObj>::from_value(a),
        Obj::<BoundMethodObj>::from_value(b),
    ) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let same = x.func == y.func && crate::interp::ops::is_same_or_equal(vm, x.self_, y.self_)?;
    match op {
        CompareOp::Eq => Ok(Value::from_bool(same)),
        CompareOp::Ne => Ok(Value::from_bool(!same)),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn bound_method_getattr(vm: &mut Vm, v: Value, name: Qstr) -> PyResult<Option<Value>> {
    let Some(m) = Obj::<BoundMethodObj>::from_value(v) else {
        return Ok(None);
    };
    match name {
        qstr::__self__ => Ok(Some(m.self_)),
        qstr::__func__ => Ok(Some(m.func)),
        _ => crate::interp::attr::lookup_attr(vm, m.func, name),
    }
}

fn bound_method_hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let Some(m) = Obj::<BoundMethodObj>::from_value(v) else {
        return Ok(0);
    };
    let h = crate::interp::ops::hash(vm, m.self_).unwrap_or(0);
    Ok(h ^ (m.func.bits() as i64 >> 4))
}

pub static BOUND_METHOD_SLOTS: TypeSlots = TypeSlots {
    getattr: Some(bound_method_getattr),
    hash: Some(bound_method_hash),
    call: Some(bound_method_call),
    repr: Some(bound_method_repr),
    compare: Some(bound_method_compare),
    ..TypeSlots::EMPTY
};

pub static BOUND_METHOD_TYPE: TypeObject = TypeObject::builtin(
    qstr::method,
    Layout::BoundMethod,
    Some(&super::instance::OBJECT_TYPE),
    &BOUND_METHOD_SLOTS,
    &[] as &[(Qstr, Member)],
    trace_bound_method,
    0,
);
