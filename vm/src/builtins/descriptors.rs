//! The descriptor types `property`, `staticmethod` and `classmethod`, and `super`.
//! They share one layout of four value fields; the type tells them apart.

use super::args::{arg_or_keyword, check_count};
use crate::builtin_fn;
use crate::gc::heap::Heap;
use crate::interp::classes::{super_lookup, SuperFound};
use crate::interp::typeobj::{is_subtype, type_of};
use crate::interp::{call, PyResult, Vm};
use crate::objects::exception;
use crate::objects::str::StrBuilder;
use crate::objects::type_object::{type_flags, Member, TypeObject, TypeSlots};
use crate::objects::{HeapObject, Layout, Obj, ObjHeader};
use crate::qstr::{self, Qstr};
use crate::value::Value;
use core::cell::Cell;

#[repr(C)]
pub struct DescriptorObj {
    pub header: ObjHeader,
    pub a: Cell<Value>,
    pub b: Cell<Value>,
    pub c: Cell<Value>,
    pub d: Cell<Value>,
    /// A property's explicit docstring (None: taken from the getter).
    pub doc: Cell<Value>,
}

// SAFETY: repr(C), starts with ObjHeader; made only here.
unsafe impl HeapObject for DescriptorObj {
    const LAYOUT: Layout = Layout::Property;
}

pub(crate) fn trace_descriptor(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on a descriptor object.
    let o = unsafe { &*(obj as *const DescriptorObj) };
    for v in [o.a.get(), o.b.get(), o.c.get(), o.d.get(), o.doc.get()] {
        heap.mark_value(v);
    }
}

pub(crate) fn new_descriptor(
    vm: &mut Vm,
    ty: &'static TypeObject,
    a: Value,
    b: Value,
    c: Value,
    d: Value,
) -> PyResult<Value> {
    let o = vm.alloc(DescriptorObj {
        header: ObjHeader::new(ty),
        a: Cell::new(a),
        b: Cell::new(b),
        c: Cell::new(c),
        d: Cell::new(d),
        doc: Cell::new(Value::NONE),
    })?;
    Ok(o.as_value())
}

fn of_type(v: Value, t: &'static TypeObject) -> Option<Obj<DescriptorObj>> {
    if is_subtype(type_of(v), t) {
        Obj::<DescriptorObj>::from_value(v)
    } else {
        None
    }
}

/// The function inside a `staticmethod` object.
pub fn staticmethod_func(v: Value) -> Option<Value> {
    of_type(v, &STATICMETHOD_TYPE).map(|o| o.a.get())
}

/// The function inside a `classmethod` object.
pub fn classmethod_func(v: Value) -> Option<Value> {
    of_type(v, &CLASSMETHOD_TYPE).map(|o| o.a.get())
}

pub fn new_classmethod(vm: &mut Vm, f: Value) -> PyResult<Value> {
    new_descriptor(
        vm,
        &CLASSMETHOD_TYPE,
        f,
        Value::NONE,
        Value::NONE,
        Value::NONE,
    )
}

// ---- property -------------------------------------------------------------------------

fn property_make_new(
    vm: &mut Vm,
    ty: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    check_count(vm, "property", args, 0, 4)?;
    let get =
        |vm: &Vm, i: usize, q: Qstr| arg_or_keyword(vm, args, kw, i, q).unwrap_or(Value::NONE);
    let (fget, fset, fdel, doc) = (
        get(vm, 0, qstr::fget),
        get(vm, 1, qstr::fset),
        get(vm, 2, qstr::fdel),
        get(vm, 3, qstr::doc),
    );
    let p = new_descriptor(vm, ty, fget, fset, fdel, Value::NONE)?;
    if let Some(o) = Obj::<DescriptorObj>::from_value(p) {
        o.doc.set(doc);
    }
    Ok(p)
}

fn property_name(vm: &mut Vm, p: Obj<DescriptorObj>) -> &'static str {
    if let Some(q) = p.d.get().as_qstr() {
        return vm.qstr_str(q);
    }
    if let Some(f) = Obj::<crate::objects::function::FunctionObj>::from_value(p.a.get()) {
        return vm.qstr_str(f.name.get());
    }
    "?"
}

fn property_error(
    vm: &mut Vm,
    p: Obj<DescriptorObj>,
    obj: Value,
    what: &str,
) -> crate::interp::PyErr {
    let name = property_name(vm, p);
    let tn = vm.type_name(obj);
    vm.new_exception_fmt(
        &exception::ATTRIBUTE_ERROR,
        format_args!("property '{}' of '{}' object has no {}", name, tn, what),
    )
}

fn property_get(vm: &mut Vm, prop: Value, obj: Value, _owner: Value) -> PyResult<Value> {
    let p = Obj::<DescriptorObj>::from_value(prop).ok_or_else(|| vm.type_error("bad property"))?;
    if obj.is_none() {
        return Ok(prop);
    }
    if p.a.get().is_none() {
        return Err(property_error(vm, p, obj, "getter"));
    }
    call::call(vm, p.a.get(), &[obj], &[])
}

fn property_set(vm: &mut Vm, prop: Value, obj: Value, v: Value) -> PyResult<()> {
    let p = Obj::<DescriptorObj>::from_value(prop).ok_or_else(|| vm.type_error("bad property"))?;
    if v.is_null() {
        if p.c.get().is_none() {
            return Err(property_error(vm, p, obj, "deleter"));
        }
        call::call(vm, p.c.get(), &[obj], &[])?;
    } else {
        if p.b.get().is_none() {
            return Err(property_error(vm, p, obj, "setter"));
        }
        call::call(vm, p.b.get(), &[obj, v], &[])?;
    }
    Ok(())
}

fn copy_with(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    check_count(vm, "property", args, 2, 2)?;
    let p = args
        .first()
        .and_then(|v| Obj::<DescriptorObj>::from_value(*v))
        .ok_or_else(|| vm.type_error("bad property"))?;
    let f = args.get(1).copied().unwrap_or(Value::NONE);
    let mut parts = [p.a.get(), p.b.get(), p.c.get()];
    if let Some(slot) = parts.get_mut(which) {
        *slot = f;
    }
    let ty = type_of(p.as_value());
    let copy = new_descriptor(vm, ty, parts[0], parts[1], parts[2], p.d.get())?;
    if let Some(o) = Obj::<DescriptorObj>::from_value(copy) {
        o.doc.set(p.doc.get());
    }
    Ok(copy)
}

fn m_getter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    copy_with(vm, args, 0)
}
builtin_fn!(PROPERTY_GETTER, qstr::getter, m_getter);

fn m_setter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    copy_with(vm, args, 1)
}
builtin_fn!(PROPERTY_SETTER, qstr::setter, m_setter);

fn m_deleter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    copy_with(vm, args, 2)
}
builtin_fn!(PROPERTY_DELETER, qstr::deleter, m_deleter);

fn m_set_name(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let (Some(p), Some(&name)) = (
        args.first()
            .and_then(|v| Obj::<DescriptorObj>::from_value(*v)),
        args.get(2),
    ) {
        if let Some(q) = crate::objects::str::intern_value(vm, name)? {
            p.d.set(Value::from_qstr(q));
        }
    }
    Ok(Value::NONE)
}
builtin_fn!(PROPERTY_SET_NAME, qstr::__set_name__, m_set_name);

fn field(which: usize) -> fn(&mut Vm, Value) -> PyResult<Value> {
    match which {
        0 => |_vm, v| {
            Ok(Obj::<DescriptorObj>::from_value(v)
                .map(|p| p.a.get())
                .unwrap_or(Value::NONE))
        },
        1 => |_vm, v| {
            Ok(Obj::<DescriptorObj>::from_value(v)
                .map(|p| p.b.get())
                .unwrap_or(Value::NONE))
        },
        _ => |_vm, v| {
            Ok(Obj::<DescriptorObj>::from_value(v)
                .map(|p| p.c.get())
                .unwrap_or(Value::NONE))
        },
    }
}

fn get_fget(vm: &mut Vm, v: Value) -> PyResult<Value> {
    field(0)(vm, v)
}
fn get_fset(vm: &mut Vm, v: Value) -> PyResult<Value> {
    field(1)(vm, v)
}
fn get_fdel(vm: &mut Vm, v: Value) -> PyResult<Value> {
    field(2)(vm, v)
}

pub static PROPERTY_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(property_make_new),
    descr_get: Some(property_get),
    descr_set: Some(property_set),
    ..TypeSlots::EMPTY
};

pub static PROPERTY_MEMBERS: &[(Qstr, Member)] = &[
    (qstr::getter, Member::Method(&PROPERTY_GETTER)),
    (qstr::setter, Member::Method(&PROPERTY_SETTER)),
    (qstr::deleter, Member::Method(&PROPERTY_DELETER)),
    (qstr::__set_name__, Member::Method(&PROPERTY_SET_NAME)),
    (qstr::fget, Member::Getter(get_fget)),
    (qstr::fset, Member::Getter(get_fset)),
    (qstr::fdel, Member::Getter(get_fdel)),
    (qstr::__doc__, Member::Getter(get_doc)),
];

fn get_doc(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(doc) = Obj::<DescriptorObj>::from_value(v).map(|p| p.doc.get()) {
        if !doc.is_none() {
            return Ok(doc);
        }
    }
    let fget = field(0)(vm, v)?;
    if fget.is_none() {
        return Ok(Value::NONE);
    }
    Ok(crate::interp::attr::lookup_attr(vm, fget, qstr::__doc__)?.unwrap_or(Value::NONE))
}

pub static PROPERTY_TYPE: TypeObject = TypeObject::builtin(
    qstr::property,
    Layout::Property,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &PROPERTY_SLOTS,
    PROPERTY_MEMBERS,
    trace_descriptor,
    type_flags::BASETYPE,
);

// ---- staticmethod / classmethod -------------------------------------------------------

fn wrapper_make_new(
    vm: &mut Vm,
    ty: &'static TypeObject,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    check_count(vm, "staticmethod", args, 1, 1)?;
    new_descriptor(
        vm,
        ty,
        args.first().copied().unwrap_or(Value::NONE),
        Value::NONE,
        Value::NONE,
        Value::NONE,
    )
}

fn staticmethod_get(vm: &mut Vm, sm: Value, _obj: Value, _owner: Value) -> PyResult<Value> {
    staticmethod_func(sm).ok_or_else(|| vm.type_error("bad staticmethod"))
}

fn classmethod_get(vm: &mut Vm, cm: Value, obj: Value, owner: Value) -> PyResult<Value> {
    let f = classmethod_func(cm).ok_or_else(|| vm.type_error("bad classmethod"))?;
    let cls = if owner.is_none() || owner.is_null() {
        type_of(obj).as_value()
    } else {
        owner
    };
    crate::objects::bound_method::new_bound_method(vm, f, cls)
}

fn wrapper_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let name = vm.type_name(v);
    out.push_fmt(vm, format_args!("<{}(", name))?;
    let inner = Obj::<DescriptorObj>::from_value(v)
        .map(|o| o.a.get())
        .unwrap_or(Value::NONE);
    crate::interp::ops::repr_into(vm, inner, out)?;
    out.push_str(vm, ")>")
}

fn get_func(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(Obj::<DescriptorObj>::from_value(v)
        .map(|o| o.a.get())
        .unwrap_or(Value::NONE))
}

fn wrapper_call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = args
        .first()
        .and_then(|v| staticmethod_func(*v))
        .ok_or_else(|| vm.type_error("'classmethod' object is not callable"))?;
    call::call(vm, f, args.get(1..).unwrap_or(&[]), kw)
}

pub static STATICMETHOD_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(wrapper_make_new),
    call: Some(wrapper_call),
    repr: Some(wrapper_repr),
    descr_get: Some(staticmethod_get),
    ..TypeSlots::EMPTY
};

pub static CLASSMETHOD_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(wrapper_make_new),
    repr: Some(wrapper_repr),
    descr_get: Some(classmethod_get),
    ..TypeSlots::EMPTY
};

pub static WRAPPER_MEMBERS: &[(Qstr, Member)] = &[
    (qstr::__func__, Member::Getter(get_func)),
    (qstr::__wrapped__, Member::Getter(get_func)),
];

pub static STATICMETHOD_TYPE: TypeObject = TypeObject::builtin(
    qstr::staticmethod,
    Layout::Property,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &STATICMETHOD_SLOTS,
    WRAPPER_MEMBERS,
    trace_descriptor,
    type_flags::BASETYPE,
);

pub static CLASSMETHOD_TYPE: TypeObject = TypeObject::builtin(
    qstr::classmethod,
    Layout::Property,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &CLASSMETHOD_SLOTS,
    WRAPPER_MEMBERS,
    trace_descriptor,
    type_flags::BASETYPE,
);

// ---- super ----------------------------------------------------------------------------

fn super_make_new(
    vm: &mut Vm,
    ty: &'static TypeObject,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    match args {
        [cls, obj] => {
            let Some(t) = crate::interp::typeobj::as_type(*cls) else {
                let tn = vm.type_name(*cls);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("super() argument 1 must be a type, not {}", tn),
                ));
            };
            let is_sub = crate::interp::typeobj::is_subtype;
            let ok = is_sub(vm.type_of(*obj), t)
                || crate::interp::typeobj::as_type(*obj).is_some_and(|o| is_sub(o, t));
            if !ok {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            new_descriptor(vm, ty, *cls, *obj, Value::NONE, Value::NONE)
        }
        [] => Err(vm.new_exception(&exception::RUNTIME_ERROR, "super(): no arguments")),
        _ => Err(vm.type_error("super() takes 0 or 2 arguments")),
    }
}

fn super_getattr(vm: &mut Vm, v: Value, name: Qstr) -> PyResult<Option<Value>> {
    let s = Obj::<DescriptorObj>::from_value(v).ok_or_else(|| vm.type_error("bad super"))?;
    match super_lookup(vm, s.a.get(), s.b.get(), name)? {
        SuperFound::Method(f, self_) => {
            if name == qstr::__new__ {
                return Ok(Some(f));
            }
            crate::objects::bound_method::new_bound_method(vm, f, self_).map(Some)
        }
        SuperFound::Value(x) => Ok(Some(x)),
    }
}

fn super_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let s = Obj::<DescriptorObj>::from_value(v).ok_or_else(|| vm.type_error("bad super"))?;
    out.push_str(vm, "<super: ")?;
    crate::interp::ops::repr_into(vm, s.a.get(), out)?;
    out.push_str(vm, ", <")?;
    let tn = vm.type_name(s.b.get());
    out.push_fmt(vm, format_args!("{} object>>", tn))
}

pub static SUPER_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(super_make_new),
    repr: Some(super_repr),
    getattr: Some(super_getattr),
    ..TypeSlots::EMPTY
};

pub static SUPER_TYPE: TypeObject = TypeObject::builtin(
    qstr::super_,
    Layout::Property,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &SUPER_SLOTS,
    &[] as &[(Qstr, Member)],
    trace_descriptor,
    type_flags::BASETYPE | type_flags::GETATTR_FIRST,
);
