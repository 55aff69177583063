//! The members of `object` and `type` (`__init__`, `__new__`, `__class__`, `mro()`...),
//! and introspection helpers for `dir()` and `__dict__` of built-in types.

use super::args::check_count;
use crate::builtin_fn;
use crate::interp::attr::instance_dict;
use crate::interp::classes::{default_new, type_mro_list};
use crate::interp::typeobj::{as_type, type_of};
use crate::interp::{ops, PyResult, Vm};
use crate::objects::dict::{as_dict, dict_set, new_dict};
use crate::objects::exception;
use crate::objects::list::new_list_with_capacity;
use crate::objects::type_object::{Member, TypeObject};
use crate::objects::Obj;
use crate::qstr::{self, Qstr};
use crate::value::Value;

fn object_init(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}
builtin_fn!(OBJECT_INIT, qstr::__init__, object_init);

/// `object.__new__(cls, ...)`.
fn object_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = args.first().copied().unwrap_or(Value::NONE);
    let t =
        as_type(cls).ok_or_else(|| vm.type_error("object.__new__(X): X is not a type object"))?;
    if !t.is_heap() {
        return match t.slots.make_new {
            Some(f) => f(vm, t, args.get(1..).unwrap_or(&[]), kw),
            None => Err(vm.type_error("cannot create instances")),
        };
    }
    let rest = args.get(1..).unwrap_or(&[]);
    default_new(vm, t, rest, kw, rest)
}
builtin_fn!(OBJECT_NEW, qstr::__new__, object_new);

fn object_eq(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args {
        [a, b] if a == b => Ok(Value::TRUE),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}
builtin_fn!(OBJECT_EQ, qstr::__eq__, object_eq);

fn object_ne(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args {
        [a, b] => {
            // Only self's own __eq__ is consulted (no reflected call), as in CPython.
            let r = match vm.type_of(*a).slots.compare {
                Some(f) => f(vm, *a, *b, crate::objects::type_object::CompareOp::Eq)?,
                None if a == b => Value::TRUE,
                None => Value::NOT_IMPLEMENTED,
            };
            if r == Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
            Ok(Value::from_bool(!ops::truthy(vm, r)?))
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}
builtin_fn!(OBJECT_NE, qstr::__ne__, object_ne);

fn object_hash(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = args.first().copied().unwrap_or(Value::NONE);
    Ok(Value::small_int_unchecked(
        ((v.bits() >> 4) & ((1 << 46) - 1)) as i64,
    ))
}
builtin_fn!(OBJECT_HASH, qstr::__hash__, object_hash);

fn object_repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut b = crate::objects::str::StrBuilder::new();
    crate::interp::classes::default_repr(vm, args.first().copied().unwrap_or(Value::NONE), &mut b)?;
    b.finish(vm)
}
builtin_fn!(OBJECT_REPR, qstr::__repr__, object_repr);

fn object_str(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::repr(vm, args.first().copied().unwrap_or(Value::NONE))
}
builtin_fn!(OBJECT_STR, qstr::__str__, object_str);

fn attr_name(vm: &mut Vm, v: Value) -> PyResult<Qstr> {
    crate::objects::str::intern_value(vm, v)?
        .ok_or_else(|| vm.type_error("attribute name must be string"))
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "__setattr__", args, 3, 3)?;
    let name = attr_name(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    crate::interp::attr::generic_store_attr(
        vm,
        args.first().copied().unwrap_or(Value::NONE),
        name,
        args.get(2).copied().unwrap_or(Value::NONE),
    )?;
    Ok(Value::NONE)
}
builtin_fn!(OBJECT_SETATTR, qstr::__setattr__, object_setattr);

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "__delattr__", args, 2, 2)?;
    let name = attr_name(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    crate::interp::attr::generic_store_attr(
        vm,
        args.first().copied().unwrap_or(Value::NONE),
        name,
        Value::NULL,
    )?;
    Ok(Value::NONE)
}
builtin_fn!(OBJECT_DELATTR, qstr::__delattr__, object_delattr);

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "__getattribute__", args, 2, 2)?;
    let name = attr_name(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    crate::interp::attr::generic_getattr(vm, args.first().copied().unwrap_or(Value::NONE), name)
}
builtin_fn!(
    OBJECT_GETATTRIBUTE,
    qstr::__getattribute__,
    object_getattribute
);

fn object_format(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "__format__", args, 2, 2)?;
    let v = args.first().copied().unwrap_or(Value::NONE);
    let spec = args
        .get(1)
        .and_then(|s| crate::objects::str::str_of(vm, *s))
        .unwrap_or("");
    if !spec.is_empty() {
        let tn = vm.type_name(v);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("unsupported format string passed to {}.__format__", tn),
        ));
    }
    ops::str_value(vm, v)
}
builtin_fn!(OBJECT_FORMAT, qstr::__format__, object_format);

fn object_dir(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    dir_of(vm, args.first().copied().unwrap_or(Value::NONE))
}
builtin_fn!(OBJECT_DIR, qstr::__dir__, object_dir);

fn get_class(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(type_of(v).as_value())
}

fn object_init_subclass(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}
builtin_fn!(
    OBJECT_INIT_SUBCLASS,
    qstr::__init_subclass__,
    object_init_subclass
);

pub static OBJECT_MEMBERS: &[(Qstr, Member)] = &[
    (qstr::__init__, Member::Method(&OBJECT_INIT)),
    (qstr::__new__, Member::StaticMethod(&OBJECT_NEW)),
    (qstr::__eq__, Member::Method(&OBJECT_EQ)),
    (qstr::__ne__, Member::Method(&OBJECT_NE)),
    (qstr::__hash__, Member::Method(&OBJECT_HASH)),
    (qstr::__repr__, Member::Method(&OBJECT_REPR)),
    (qstr::__str__, Member::Method(&OBJECT_STR)),
    (qstr::__setattr__, Member::Method(&OBJECT_SETATTR)),
    (qstr::__delattr__, Member::Method(&OBJECT_DELATTR)),
    (qstr::__getattribute__, Member::Method(&OBJECT_GETATTRIBUTE)),
    (qstr::__format__, Member::Method(&OBJECT_FORMAT)),
    (qstr::__dir__, Member::Method(&OBJECT_DIR)),
    (
        qstr::__init_subclass__,
        Member::ClassMethod(&OBJECT_INIT_SUBCLASS),
    ),
    (qstr::__class__, Member::Getter(get_class)),
];

fn type_mro(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = args
        .first()
        .and_then(|v| as_type(*v))
        .ok_or_else(|| vm.type_error("mro() needs a type"))?;
    type_mro_list(vm, t)
}
builtin_fn!(TYPE_MRO, qstr::mro, type_mro);

fn type_subclasscheck(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (Some(a), Some(b)) = (
        args.first().and_then(|v| as_type(*v)),
        args.get(1).and_then(|v| as_type(*v)),
    ) else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::from_bool(crate::interp::typeobj::is_subtype(b, a)))
}
builtin_fn!(
    TYPE_SUBCLASSCHECK,
    qstr::__subclasscheck__,
    type_subclasscheck
);

fn type_instancecheck(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = args
        .first()
        .and_then(|v| as_type(*v))
        .ok_or_else(|| vm.type_error("isinstance() arg 2 must be a type"))?;
    let v = args.get(1).copied().unwrap_or(Value::NONE);
    Ok(Value::from_bool(crate::interp::typeobj::is_subtype(
        type_of(v),
        t,
    )))
}
builtin_fn!(
    TYPE_INSTANCECHECK,
    qstr::__instancecheck__,
    type_instancecheck
);

pub static TYPE_MEMBERS: &[(Qstr, Member)] = &[
    (qstr::mro, Member::Method(&TYPE_MRO)),
    (qstr::__subclasscheck__, Member::Method(&TYPE_SUBCLASSCHECK)),
    (qstr::__instancecheck__, Member::Method(&TYPE_INSTANCECHECK)),
];

/// A dict of a built-in type's members (what `int.__dict__` shows).
pub fn builtin_type_dict(vm: &mut Vm, t: &'static TypeObject) -> PyResult<Value> {
    let d = new_dict(vm, t.members.len())?;
    for (name, m) in t.members {
        let v = match m {
            Member::Method(f) | Member::ClassMethod(f) | Member::StaticMethod(f) => f.as_value(),
            Member::Const(v) => *v,
            Member::Getter(_) => Value::NONE,
        };
        dict_set(vm, d, Value::from_qstr(*name), v)?;
    }
    Ok(d)
}

/// The keys of a dict as a list.
pub fn dict_keys_list(vm: &mut Vm, d: Value) -> PyResult<Value> {
    super::dict_methods::keys_list(vm, d)
}

/// Names for `dir(v)`: instance dict, then the class and its bases (unsorted, unique).
/// Attributes a built-in type serves from its `getattr` slot rather than its members.
fn getattr_names(t: &TypeObject) -> &'static [Qstr] {
    use crate::objects::{bound_method, exception, function};
    if core::ptr::eq(t, &function::FUNCTION_TYPE) {
        super::function_methods::FUNCTION_ATTR_NAMES
    } else if core::ptr::eq(t, &exception::BASE_EXCEPTION) {
        super::exception_methods::EXCEPTION_ATTR_NAMES
    } else if core::ptr::eq(t, &bound_method::BOUND_METHOD_TYPE) {
        &[qstr::__func__, qstr::__self__]
    } else if core::ptr::eq(t, &crate::objects::range::RANGE_TYPE)
        || core::ptr::eq(t, &crate::objects::slice::SLICE_TYPE)
    {
        &[qstr::start, qstr::step, qstr::stop]
    } else {
        &[]
    }
}

pub fn dir_of(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let seen = crate::builtins::set_methods::new_set_from(vm, &[], false)?;
    let out = new_list_with_capacity(vm, 16)?;
    let add = |vm: &mut Vm, name: Value| -> PyResult<()> {
        if !ops::contains(vm, seen, name)? {
            crate::builtins::set_methods::set_add(vm, seen, name)?;
            out.push(vm, name)?;
        }
        Ok(())
    };
    if let Some(m) = Obj::<crate::objects::module::ModuleObj>::from_value(v) {
        // A module lists its namespace only.
        return dict_keys_list(vm, m.globals);
    }
    if let Some(d) = instance_dict(vm, v, false)? {
        if let Some(dd) = as_dict(d) {
            let t = &dd.get().table;
            for i in 0..t.positions() {
                if let Some((k, _)) = t.entry_at(i) {
                    add(vm, k)?;
                }
            }
        }
    }
    let ty = as_type(v).unwrap_or_else(|| type_of(v));
    let mro = type_mro_list(vm, ty)?;
    let mro_l =
        Obj::<crate::objects::list::ListObj>::from_value(mro).ok_or_else(|| vm.memory_error())?;
    for i in 0..mro_l.len() {
        let Some(t) = mro_l.get().get(i).and_then(as_type) else {
            continue;
        };
        if let Some(dd) = as_dict(t.dict.get()) {
            let table = &dd.get().table;
            for k in 0..table.positions() {
                if let Some((key, _)) = table.entry_at(k) {
                    add(vm, key)?;
                }
            }
        }
        for (name, _) in t.members {
            add(vm, Value::from_qstr(*name))?;
        }
        for name in getattr_names(t) {
            add(vm, Value::from_qstr(*name))?;
        }
        if !t.is_heap() {
            for name in crate::builtins::slot_wrappers::SLOT_NAMES {
                if crate::builtins::slot_wrappers::slot_method(t, *name).is_some() {
                    add(vm, Value::from_qstr(*name))?;
                }
            }
        } else if !t.dict.get().is_null()
            && t.has_flag(crate::objects::type_object::type_flags::HAS_DICT)
        {
            add(vm, Value::from_qstr(qstr::__dict__))?;
        }
    }
    Ok(out.as_value())
}
