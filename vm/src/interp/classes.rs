//! Classes: `__build_class__`, class creation with C3 MRO, instance construction
//! (`__new__` then `__init__`), `super()`, and the slots of classes defined in Python:
//! each slot calls the special method a class defines, or falls back to the built-in
//! base's native slot.

use super::attr::instance_dict;
use super::call;
use super::typeobj::{as_type, is_subtype, native_base_of, type_of, TypeAttr};
use super::{PyResult, Vm};
use crate::objects::dict::{as_dict, dict_get_qstr, dict_set, new_dict};
use crate::objects::exception;
use crate::objects::function::FunctionObj;
use crate::objects::instance::{new_instance, OBJECT_TYPE};
use crate::objects::list::new_list_with_capacity;
use crate::objects::str::StrBuilder;
use crate::objects::tuple::{new_tuple, TupleObj};
use crate::objects::type_object::{type_flags, CompareOp, Member, SubscrOp, TypeObject, TypeSlots};
use crate::objects::{Layout, Obj, ObjHeader};
use crate::qstr::{self, Qstr};
use crate::value::Value;
use core::cell::Cell;

/// The nearest built-in type in a class's MRO (what its instances are made of).
pub fn solid_base(t: &'static TypeObject) -> &'static TypeObject {
    super::typeobj::mro_find(t, |x| if x.is_heap() { None } else { Some(x) })
        .unwrap_or(&OBJECT_TYPE)
}

/// A special method defined by a Python class in `t`'s MRO (built-in types not searched).
pub fn find_override(vm: &mut Vm, t: &'static TypeObject, name: Qstr) -> PyResult<Option<Value>> {
    if let Some(mro) = Obj::<TupleObj>::from_value(t.mro.get()) {
        for c in mro.get().items() {
            let Some(c) = as_type(*c) else { continue };
            if !c.is_heap() {
                return Ok(None);
            }
            if let Some(v) = dict_get_qstr(vm, c.dict.get(), name)? {
                return Ok(Some(v));
            }
        }
    }
    Ok(None)
}

/// Call an override found by `find_override` with `self_` bound.
pub fn call_override(vm: &mut Vm, f: Value, self_: Value, args: &[Value]) -> PyResult<Value> {
    if Obj::<FunctionObj>::from_value(f).is_some() {
        return call::call_with_self(vm, f, self_, args, &[]);
    }
    let ty = type_of(self_);
    let bound = match type_of(f).slots.descr_get {
        Some(get) => get(vm, f, self_, ty.as_value())?,
        None => f,
    };
    call::call(vm, bound, args, &[])
}

// ---- construction ---------------------------------------------------------------------

/// `cls(*args, **kw)`.
pub fn construct(
    vm: &mut Vm,
    t: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    if core::ptr::eq(t, &crate::objects::type_object_type::TYPE_TYPE)
        && args.len() == 1
        && kw.is_empty()
    {
        return Ok(type_of(args.first().copied().unwrap_or(Value::NONE)).as_value());
    }
    if !t.is_heap() {
        return match t.slots.make_new {
            Some(f) => f(vm, t, args, kw),
            None => {
                let n = vm.qstr_str(t.name.get());
                Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("cannot create '{}' instances", n),
                ))
            }
        };
    }
    let user_new = find_override(vm, t, qstr::__new__)?;
    let user_init = find_override(vm, t, qstr::__init__)?;
    let obj = match user_new {
        Some(new) => {
            let f = unwrap_staticmethod(new);
            call::with_prepended(vm, t.as_value(), args, |vm, all| call::call(vm, f, all, kw))?
        }
        None => {
            if user_init.is_none()
                && (!args.is_empty() || !kw.is_empty())
                && solid_base(t).layout == Layout::Instance
                && core::ptr::eq(solid_base(t), &OBJECT_TYPE)
            {
                let n = vm.qstr_str(t.name.get());
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("{}() takes no arguments", n),
                ));
            }
            let pass = user_init.is_none();
            default_new(
                vm,
                t,
                if pass { args } else { &[] },
                if pass { kw } else { &[] },
                args,
            )?
        }
    };
    if !is_subtype(type_of(obj), t) {
        return Ok(obj);
    }
    if let Some(init) = user_init {
        let r = if Obj::<FunctionObj>::from_value(init).is_some() {
            call::call_with_self(vm, init, obj, args, kw)?
        } else {
            call_override(vm, init, obj, args)?
        };
        if !r.is_none() {
            let tn = vm.type_name(r);
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("__init__() should return None, not '{}'", tn),
            ));
        }
    }
    Ok(obj)
}

fn unwrap_staticmethod(v: Value) -> Value {
    crate::builtins::descriptors::staticmethod_func(v).unwrap_or(v)
}

/// `object.__new__(cls)` for a Python class: an instance of the right layout, wrapping a
/// built-in value made from `base_args` when the class extends a built-in type.
/// `exc_args` become the args of exception instances.
pub fn default_new(
    vm: &mut Vm,
    t: &'static TypeObject,
    base_args: &[Value],
    kw: &[Value],
    exc_args: &[Value],
) -> PyResult<Value> {
    let solid = solid_base(t);
    if core::ptr::eq(solid, &crate::objects::type_object_type::TYPE_TYPE) {
        // A metaclass: the new object is a class whose type is `t`.
        return type_make_new(vm, t, exc_args, kw);
    }
    if solid.layout == Layout::Exception {
        let a = new_tuple(vm, exc_args)?;
        return exception::new_with_args(vm, t, a);
    }
    let inst = new_instance(vm, t)?;
    if !core::ptr::eq(solid, &OBJECT_TYPE) {
        if let Some(f) = solid.slots.make_new {
            let base = f(vm, solid, base_args, kw)?;
            inst.native_base.set(base);
        }
    }
    Ok(inst.as_value())
}

// ---- class creation -------------------------------------------------------------------

fn build_class(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (Some(&body), Some(&name_v)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    };
    let func = Obj::<FunctionObj>::from_value(body)
        .ok_or_else(|| vm.type_error("__build_class__: func must be a function"))?;
    let name = crate::objects::str::intern_value(vm, name_v)?
        .ok_or_else(|| vm.type_error("__build_class__: name is not a string"))?;
    let bases_items = args.get(2..).unwrap_or(&[]);
    let mut metaclass = Value::NULL;
    // The other keywords go to the metaclass and on to __init_subclass__.
    let extra = new_list_with_capacity(vm, kw.len())?;
    for pair in kw.chunks(2) {
        if let (Some(&k), Some(&v)) = (pair.first(), pair.get(1)) {
            if k.as_qstr() == Some(qstr::metaclass) {
                metaclass = v;
            } else {
                extra.push(vm, k)?;
                extra.push(vm, v)?;
            }
        }
    }
    let extra_kw = call::values_of(extra);
    let bases = new_tuple(vm, bases_items)?;
    let namespace = new_dict(vm, 8)?;
    let code = Obj::<crate::objects::code::CodeObj>::from_value(func.code)
        .ok_or_else(|| vm.type_error("bad class body"))?;
    let closure = Obj::<TupleObj>::from_value(func.closure)
        .map(|t| t.get().items())
        .unwrap_or(&[]);
    let cell = call::run_code_with_locals(vm, code, func.globals, namespace, closure, body)?;
    // The class's qualified name comes from where its body function was made.
    let mut qn = StrBuilder::new();
    crate::objects::function::write_qualname(vm, func, &mut qn)?;
    let qn = qn.finish(vm)?;
    dict_set(vm, namespace, Value::from_qstr(qstr::__qualname__), qn)?;
    if metaclass.is_null() {
        metaclass = bases_items
            .iter()
            .map(|b| type_of(*b))
            .find(|m| m.is_heap())
            .map(|m| m.as_value())
            .unwrap_or(Value::NULL);
    }
    let cls = if !metaclass.is_null()
        && metaclass != crate::objects::type_object_type::TYPE_TYPE.as_value()
    {
        call::call(
            vm,
            metaclass,
            &[Value::from_qstr(name), bases, namespace],
            extra_kw,
        )?
    } else {
        create_class(
            vm,
            &crate::objects::type_object_type::TYPE_TYPE,
            name,
            bases,
            namespace,
            extra_kw,
        )?
    };
    if let Some(c) = Obj::<crate::objects::cell::CellObj>::from_value(cell) {
        c.value.set(cls);
    }
    Ok(cls)
}

crate::builtin_fn!(BUILD_CLASS_FN, qstr::__build_class__, build_class);

/// C3 linearisation of `bases` for a new class (the class itself not included).
fn compute_mro(vm: &mut Vm, bases: &[Value]) -> PyResult<Value> {
    for (i, b) in bases.iter().enumerate() {
        if bases.iter().take(i).any(|x| x == b) {
            let n = as_type(*b).map(|t| t.name.get()).unwrap_or(qstr::object);
            let n = vm.qstr_str(n);
            return Err(vm.new_exception_fmt(
                &crate::objects::exception::TYPE_ERROR,
                format_args!("duplicate base class {}", n),
            ));
        }
    }
    let out = new_list_with_capacity(vm, 8)?;
    // Sequences to merge: each base's MRO, then the list of bases.
    let seqs = new_list_with_capacity(vm, bases.len() + 1)?;
    for b in bases {
        let t = as_type(*b).ok_or_else(|| vm.type_error("bases must be types"))?;
        let mro = type_mro_list(vm, t)?;
        seqs.push(vm, mro)?;
    }
    let bl = crate::objects::list::new_list(vm, bases)?;
    seqs.push(vm, bl)?;
    loop {
        let mut all_empty = true;
        let mut chosen = Value::NULL;
        for i in 0..seqs.len() {
            let s = seqs
                .get()
                .get(i)
                .and_then(Obj::<crate::objects::list::ListObj>::from_value);
            let Some(s) = s else { continue };
            let Some(head) = s.get().get(0) else { continue };
            all_empty = false;
            // A head is good if it appears in no other sequence's tail.
            let mut in_tail = false;
            for j in 0..seqs.len() {
                if let Some(o) = seqs
                    .get()
                    .get(j)
                    .and_then(Obj::<crate::objects::list::ListObj>::from_value)
                {
                    if o.get().items().iter().skip(1).any(|c| c.get() == head) {
                        in_tail = true;
                        break;
                    }
                }
            }
            if !in_tail {
                chosen = head;
                break;
            }
        }
        if all_empty {
            break;
        }
        if chosen.is_null() {
            return Err(mro_conflict(vm, seqs));
        }
        out.push(vm, chosen)?;
        for i in 0..seqs.len() {
            if let Some(s) = seqs
                .get()
                .get(i)
                .and_then(Obj::<crate::objects::list::ListObj>::from_value)
            {
                if s.get().get(0) == Some(chosen) {
                    s.get().remove_at(0);
                }
            }
        }
    }
    Ok(out.as_value())
}

/// The error for an impossible merge, naming the heads left (as CPython does).
fn mro_conflict(vm: &mut Vm, seqs: Obj<crate::objects::list::ListObj>) -> super::PyErr {
    let head_of = |i: usize| {
        seqs.get()
            .get(i)
            .and_then(Obj::<crate::objects::list::ListObj>::from_value)
            .and_then(|l| l.get().get(0))
    };
    let mut msg = StrBuilder::new();
    let mut text = |vm: &mut Vm| -> PyResult<()> {
        msg.push_str(
            vm,
            "Cannot create a consistent method resolution order (MRO) for bases ",
        )?;
        let mut first = true;
        for i in 0..seqs.len() {
            let Some(h) = head_of(i) else { continue };
            if (0..i).any(|j| head_of(j) == Some(h)) {
                continue;
            }
            if !first {
                msg.push_str(vm, ", ")?;
            }
            first = false;
            let name = as_type(h).map(|t| t.name.get()).unwrap_or(qstr::object);
            let name = vm.qstr_str(name);
            msg.push_str(vm, name)?;
        }
        Ok(())
    };
    if let Err(e) = text(vm) {
        return e;
    }
    let s = msg.as_str().unwrap_or("");
    vm.type_error(s)
}

/// A type's MRO as a new list.
pub fn type_mro_list(vm: &mut Vm, t: &'static TypeObject) -> PyResult<Value> {
    let l = new_list_with_capacity(vm, 4)?;
    super::typeobj::mro_find(t, |c| {
        if l.push(vm, c.as_value()).is_err() {
            return Some(());
        }
        None::<()>
    });
    Ok(l.as_value())
}

/// Make a class (an instance of `meta`) from a name, bases tuple and namespace dict.
pub fn create_class(
    vm: &mut Vm,
    meta: &'static TypeObject,
    name: Qstr,
    bases: Value,
    namespace: Value,
    kw: &[Value],
) -> PyResult<Value> {
    vm.attr_cache.invalidate();
    let mut base_items: &[Value] = Obj::<TupleObj>::from_value(bases)
        .map(|t| t.get().items())
        .unwrap_or(&[]);
    let object_only = [OBJECT_TYPE.as_value()];
    if base_items.is_empty() {
        base_items = &object_only;
    }
    for b in base_items {
        let Some(bt) = as_type(*b) else {
            return Err(vm.type_error("bases must be types"));
        };
        if !bt.has_flag(type_flags::BASETYPE) {
            let n = vm.qstr_str(bt.name.get());
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("type '{}' is not an acceptable base type", n),
            ));
        }
    }
    let bases = new_tuple(vm, base_items)?;
    let mro_rest = compute_mro(vm, base_items)?;
    let first_base = base_items
        .first()
        .and_then(|b| as_type(*b))
        .unwrap_or(&OBJECT_TYPE);
    let is_exc = base_items
        .iter()
        .filter_map(|b| as_type(*b))
        .any(|b| b.has_flag(type_flags::EXCEPTION));
    // A metaclass (a subclass of `type`): its instances are classes, type objects.
    let is_meta = base_items
        .iter()
        .filter_map(|b| as_type(*b))
        .any(|b| is_subtype(b, &crate::objects::type_object_type::TYPE_TYPE));
    let layout = if is_meta {
        Layout::Type
    } else if is_exc {
        Layout::Exception
    } else {
        Layout::Instance
    };
    let mut flags = type_flags::HEAP | type_flags::BASETYPE;
    if !is_meta {
        flags |= type_flags::HAS_DICT;
    }
    if is_exc {
        flags |= type_flags::EXCEPTION;
    }
    // Copy the namespace into a fresh class dict.
    let dict = new_dict(vm, 8)?;
    if let Some(ns) = as_dict(namespace) {
        let table = &ns.get().table;
        for i in 0..table.positions() {
            if let Some((k, v)) = table.entry_at(i) {
                let k = match crate::objects::str::intern_value(vm, k)? {
                    Some(q) => Value::from_qstr(q),
                    None => k,
                };
                dict_set(vm, dict, k, v)?;
            }
        }
    }
    // As in CPython every class has its own `__doc__` (None without a docstring), so a
    // docstring is never inherited.
    if dict_get_qstr(vm, dict, qstr::__doc__)?.is_none() {
        dict_set(vm, dict, Value::from_qstr(qstr::__doc__), Value::NONE)?;
    }
    // A class that defines __eq__ without __hash__ is unhashable.
    if dict_get_qstr(vm, dict, qstr::__eq__)?.is_some()
        && dict_get_qstr(vm, dict, qstr::__hash__)?.is_none()
    {
        dict_set(vm, dict, Value::from_qstr(qstr::__hash__), Value::NONE)?;
    }
    let trace = if is_meta {
        super::typeobj::trace_type
    } else if is_exc {
        crate::objects::exception::trace_exception
    } else {
        crate::objects::instance::trace_instance
    };
    let t = vm.alloc(TypeObject {
        header: ObjHeader::new(meta),
        name: Cell::new(name),
        layout,
        flags: Cell::new(flags),
        trace,
        base: Cell::new(first_base as *const TypeObject),
        slots: if is_meta { &META_SLOTS } else { &HEAP_SLOTS },
        members: &[],
        dict: Cell::new(dict),
        bases: Cell::new(bases),
        mro: Cell::new(Value::NULL),
        dict_offset: Cell::new(0),
        instance_size: Cell::new(0),
    })?;
    // The MRO tuple starts with the class itself.
    let rest = Obj::<crate::objects::list::ListObj>::from_value(mro_rest)
        .ok_or_else(|| vm.memory_error())?;
    let full = new_list_with_capacity(vm, rest.len() + 1)?;
    full.push(vm, t.as_value())?;
    for c in rest.get().items() {
        full.push(vm, c.get())?;
    }
    let items = full.get().items();
    // SAFETY: Cell<Value> has Value's layout; the list is private here.
    let items: &[Value] =
        unsafe { core::slice::from_raw_parts(items.as_ptr() as *const Value, items.len()) };
    let mro = new_tuple(vm, items)?;
    t.get().mro.set(mro);
    let tref: &'static TypeObject = t.get();
    refresh_flags(vm, tref)?;
    apply_slots_declaration(vm, tref)?;
    wrap_implicit_classmethods(vm, tref)?;
    call_set_name(vm, tref)?;
    // __init_subclass__ of the parent.
    if let Some(parent) = base_items.first().and_then(|b| as_type(*b)) {
        if let Some(f) = find_override(vm, parent, qstr::__init_subclass__)? {
            let f = crate::builtins::descriptors::classmethod_func(f).unwrap_or(f);
            call::call_with_self(vm, f, tref.as_value(), &[], kw)?;
        }
    }
    Ok(t.as_value())
}

/// `__init_subclass__` and `__class_getitem__` are implicit classmethods.
fn wrap_implicit_classmethods(vm: &mut Vm, t: &'static TypeObject) -> PyResult<()> {
    for name in [qstr::__init_subclass__, qstr::__class_getitem__] {
        if let Some(f) = dict_get_qstr(vm, t.dict.get(), name)? {
            if Obj::<FunctionObj>::from_value(f).is_some() {
                let cm = crate::builtins::descriptors::new_classmethod(vm, f)?;
                dict_set(vm, t.dict.get(), Value::from_qstr(name), cm)?;
            }
        }
    }
    Ok(())
}

fn call_set_name(vm: &mut Vm, t: &'static TypeObject) -> PyResult<()> {
    let Some(d) = as_dict(t.dict.get()) else {
        return Ok(());
    };
    let table = &d.get().table;
    for i in 0..table.positions() {
        let Some((k, v)) = table.entry_at(i) else {
            continue;
        };
        super::attr::call_special_opt(vm, v, qstr::__set_name__, &[t.as_value(), k])?;
    }
    Ok(())
}

/// Recompute the flags that say which hooks a class (or a base) defines.
fn refresh_flags(vm: &mut Vm, t: &'static TypeObject) -> PyResult<()> {
    let mut flags = t.flags.get()
        & !(type_flags::HAS_GETATTR | type_flags::HAS_SETATTR | type_flags::HAS_GETATTRIBUTE);
    if find_override(vm, t, qstr::__getattr__)?.is_some() {
        flags |= type_flags::HAS_GETATTR;
    }
    if find_override(vm, t, qstr::__getattribute__)?.is_some() {
        flags |= type_flags::HAS_GETATTR | type_flags::HAS_GETATTRIBUTE;
    }
    if find_override(vm, t, qstr::__setattr__)?.is_some()
        || find_override(vm, t, qstr::__delattr__)?.is_some()
    {
        flags |= type_flags::HAS_SETATTR;
    }
    t.flags.set(flags);
    Ok(())
}

/// After `C.name = v`, keep the hook flags right.
pub fn update_type_flags(vm: &mut Vm, t: &'static TypeObject, name: Qstr) -> PyResult<()> {
    if matches!(
        name,
        qstr::__getattr__ | qstr::__getattribute__ | qstr::__setattr__ | qstr::__delattr__
    ) {
        refresh_flags(vm, t)?;
    }
    Ok(())
}

/// `__slots__`: a member descriptor per name, and no instance dict unless `'__dict__'`
/// is listed (or a base class already gives one).
fn apply_slots_declaration(vm: &mut Vm, t: &'static TypeObject) -> PyResult<()> {
    let Some(slots) = dict_get_qstr(vm, t.dict.get(), qstr::__slots__)? else {
        return Ok(());
    };
    let names = new_list_with_capacity(vm, 4)?;
    if crate::objects::str::is_str(vm, slots) {
        names.push(vm, slots)?;
    } else {
        super::ops::extend_list_from_iterable(vm, names, slots)?;
    }
    let mut has_dict = false;
    for i in 0..names.len() {
        let n = names.get().get(i).unwrap_or(Value::NONE);
        let Some(q) = crate::objects::str::intern_value(vm, n)? else {
            let tn = vm.type_name(n);
            return Err(vm.new_exception_fmt(
                &crate::objects::exception::TYPE_ERROR,
                format_args!("__slots__ items must be strings, not '{}'", tn),
            ));
        };
        match q {
            qstr::__dict__ => has_dict = true,
            qstr::__weakref__ => {}
            _ => {
                if dict_get_qstr(vm, t.dict.get(), q)?.is_some() {
                    let n = vm.qstr_str(q);
                    return Err(vm.new_exception_fmt(
                        &crate::objects::exception::VALUE_ERROR,
                        format_args!("'{}' in __slots__ conflicts with class variable", n),
                    ));
                }
                let m = crate::builtins::slot_member::new_slot_member(vm, t, q)?;
                dict_set(vm, t.dict.get(), Value::from_qstr(q), m)?;
            }
        }
    }
    vm.attr_cache.invalidate();
    let all_slotted = super::typeobj::mro_find(t, |c| {
        if !c.is_heap() {
            return None;
        }
        if core::ptr::eq(c, t) {
            None
        } else if c.has_flag(type_flags::HAS_DICT) {
            Some(())
        } else {
            None
        }
    })
    .is_none();
    if !has_dict && all_slotted {
        t.flags.set(t.flags.get() & !type_flags::HAS_DICT);
    }
    Ok(())
}

// ---- super ----------------------------------------------------------------------------

pub enum SuperFound {
    /// A method to call with the given self.
    Method(Value, Value),
    Value(Value),
}

/// Find `name` in the MRO of `self_`'s class after `cls`.
pub fn super_lookup(vm: &mut Vm, cls: Value, self_: Value, name: Qstr) -> PyResult<SuperFound> {
    let start = as_type(cls).ok_or_else(|| vm.type_error("super() argument 1 must be a type"))?;
    let (obj_type, is_class) = match as_type(self_) {
        Some(t) if is_subtype(t, start) => (t, true),
        _ => (type_of(self_), false),
    };
    let mut found_start = false;
    let mut result: Option<(TypeAttr, &'static TypeObject)> = None;
    let mro = type_mro_list(vm, obj_type)?;
    if let Some(l) = Obj::<crate::objects::list::ListObj>::from_value(mro) {
        for c in l.get().items() {
            let Some(t) = as_type(c.get()) else { continue };
            if !found_start {
                found_start = core::ptr::eq(t, start);
                continue;
            }
            let own = if t.dict.get().is_null() {
                None
            } else {
                dict_get_qstr(vm, t.dict.get(), name)?
            };
            if let Some(v) = own {
                result = Some((TypeAttr::Value(v), t));
                break;
            }
            if let Some(m) = t.own_member(name) {
                result = Some((TypeAttr::Member(m), t));
                break;
            }
            if !t.is_heap() {
                if let Some(f) = crate::builtins::slot_wrappers::slot_method(t, name) {
                    result = Some((TypeAttr::Member(Member::Method(f)), t));
                    break;
                }
            }
        }
    }
    let Some((attr, owner)) = result else {
        let n = vm.qstr_str(name);
        return Err(vm.new_exception_fmt(
            &exception::ATTRIBUTE_ERROR,
            format_args!("'super' object has no attribute '{}'", n),
        ));
    };
    match attr {
        TypeAttr::Value(v) => {
            if Obj::<FunctionObj>::from_value(v).is_some() && !is_class {
                return Ok(SuperFound::Method(v, self_));
            }
            if let Some(f) = crate::builtins::descriptors::staticmethod_func(v) {
                return Ok(SuperFound::Value(f));
            }
            if let Some(f) = crate::builtins::descriptors::classmethod_func(v) {
                let c = if is_class { self_ } else { obj_type.as_value() };
                return Ok(SuperFound::Method(f, c));
            }
            if let Some(get) = type_of(v).slots.descr_get {
                let o = if is_class { Value::NONE } else { self_ };
                return Ok(SuperFound::Value(get(vm, v, o, owner.as_value())?));
            }
            Ok(SuperFound::Value(v))
        }
        TypeAttr::Member(m) => match m {
            Member::Method(f) => {
                if is_class && name != qstr::__new__ {
                    Ok(SuperFound::Value(f.as_value()))
                } else {
                    Ok(SuperFound::Method(
                        f.as_value(),
                        native_base_of(self_).unwrap_or(self_),
                    ))
                }
            }
            Member::ClassMethod(f) => {
                let c = if is_class { self_ } else { obj_type.as_value() };
                Ok(SuperFound::Method(f.as_value(), c))
            }
            Member::StaticMethod(f) => Ok(SuperFound::Value(f.as_value())),
            Member::Getter(g) => Ok(SuperFound::Value(g(
                vm,
                native_base_of(self_).unwrap_or(self_),
            )?)),
            Member::Const(v) => Ok(SuperFound::Value(v)),
        },
    }
}

// ---- `type` ---------------------------------------------------------------------------

pub fn type_make_new(
    vm: &mut Vm,
    meta: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    match args {
        [v] if core::ptr::eq(meta, &crate::objects::type_object_type::TYPE_TYPE) => {
            Ok(type_of(*v).as_value())
        }
        [_] => Err(vm.type_error("type.__new__() takes exactly 3 arguments (1 given)")),
        [name, bases, dict] => {
            let n = crate::objects::str::intern_value(vm, *name)?
                .ok_or_else(|| vm.type_error("type.__new__() argument 1 must be str"))?;
            let is_sub = super::typeobj::is_subtype;
            if !is_sub(type_of(*bases), &crate::objects::tuple::TUPLE_TYPE) {
                let tn = vm.type_name(*bases);
                return Err(vm.new_exception_fmt(
                    &crate::objects::exception::TYPE_ERROR,
                    format_args!("type.__new__() argument 2 must be tuple, not {}", tn),
                ));
            }
            if !is_sub(type_of(*dict), &crate::objects::dict::DICT_TYPE) {
                let tn = vm.type_name(*dict);
                return Err(vm.new_exception_fmt(
                    &crate::objects::exception::TYPE_ERROR,
                    format_args!("type.__new__() argument 3 must be dict, not {}", tn),
                ));
            }
            let cls = create_class(vm, meta, n, *bases, *dict, kw)?;
            // As in CPython, a class made by type() belongs to the calling module.
            if let Some(t) = as_type(cls) {
                if dict_get_qstr(vm, t.dict.get(), qstr::__module__)?.is_none() {
                    let g = vm.current_globals;
                    if let Some(m) = dict_get_qstr(vm, g, qstr::__name__)? {
                        dict_set(vm, t.dict.get(), Value::from_qstr(qstr::__module__), m)?;
                    }
                }
            }
            Ok(cls)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

pub fn type_call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = args
        .first()
        .and_then(|v| as_type(*v))
        .ok_or_else(|| vm.type_error("bad type call"))?;
    construct(vm, t, args.get(1..).unwrap_or(&[]), kw)
}

pub fn type_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let Some(t) = as_type(v) else { return Ok(()) };
    let name = vm.qstr_str(t.name.get());
    if t.is_heap() {
        // Nested classes show their qualified name (`mod.Outer.Inner`).
        let qn = dict_get_qstr(vm, t.dict.get(), qstr::__qualname__)?;
        let name = qn
            .and_then(|q| crate::objects::str::str_of(vm, q))
            .unwrap_or(name);
        let module = dict_get_qstr(vm, t.dict.get(), qstr::__module__)?;
        if let Some(m) = module.and_then(|m| crate::objects::str::str_of(vm, m)) {
            if m != "builtins" {
                return out.push_fmt(vm, format_args!("<class '{}.{}'>", m, name));
            }
        }
        return out.push_fmt(vm, format_args!("<class '{}'>", name));
    }
    out.push_fmt(vm, format_args!("<class '{}'>", name))
}

/// Data attributes of classes: `__name__`, `__mro__`, `__bases__`, `__dict__`...
pub fn type_special_attr(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
    let Some(t) = as_type(obj) else {
        return Ok(None);
    };
    Ok(Some(match name {
        qstr::__name__ => Value::from_qstr(t.name.get()),
        // The class's own, never a base's.
        qstr::__qualname__ if t.is_heap() => {
            match dict_get_qstr(vm, t.dict.get(), qstr::__qualname__)? {
                Some(q) => q,
                None => Value::from_qstr(t.name.get()),
            }
        }
        qstr::__qualname__ => Value::from_qstr(t.name.get()),
        qstr::__mro__ => {
            let l = type_mro_list(vm, t)?;
            crate::builtins::seq::list_to_tuple(vm, l)?
        }
        qstr::__bases__ => {
            if t.bases.get().is_null() {
                match t.base() {
                    Some(b) => new_tuple(vm, &[b.as_value()])?,
                    None => Value::from_ptr(&crate::objects::tuple::EMPTY_TUPLE),
                }
            } else {
                t.bases.get()
            }
        }
        qstr::__base__ => t.base().map(|b| b.as_value()).unwrap_or(Value::NONE),
        qstr::__dict__ => {
            if t.dict.get().is_null() {
                crate::builtins::typeinfo::builtin_type_dict(vm, t)?
            } else {
                t.dict.get()
            }
        }
        qstr::__module__ => {
            if t.is_heap() {
                match dict_get_qstr(vm, t.dict.get(), qstr::__module__)? {
                    Some(m) => m,
                    None => Value::from_qstr(qstr::builtins),
                }
            } else {
                Value::from_qstr(qstr::builtins)
            }
        }
        qstr::__doc__ => {
            if t.is_heap() {
                dict_get_qstr(vm, t.dict.get(), qstr::__doc__)?.unwrap_or(Value::NONE)
            } else {
                Value::NONE
            }
        }
        // Reached when no class on the MRO has annotations: as CPython, a class
        // gets an empty dict of its own on first read.
        qstr::__annotations__ if t.is_heap() && !t.dict.get().is_null() => {
            let d = new_dict(vm, 0)?;
            vm.attr_cache.invalidate();
            dict_set(vm, t.dict.get(), Value::from_qstr(qstr::__annotations__), d)?;
            d
        }
        _ => return Ok(None),
    }))
}

/// `<module.Class object at 0x...>`.
pub fn default_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let t = type_of(v);
    let mut name = vm.qstr_str(t.name.get());
    let module = if t.is_heap() {
        let qn = dict_get_qstr(vm, t.dict.get(), qstr::__qualname__)?;
        if let Some(q) = qn.and_then(|q| crate::objects::str::str_of(vm, q)) {
            name = q;
        }
        dict_get_qstr(vm, t.dict.get(), qstr::__module__)?
    } else {
        None
    };
    match module.and_then(|m| crate::objects::str::str_of(vm, m)) {
        Some(m) if m != "builtins" => out.push_fmt(
            vm,
            format_args!(
                "<{}.{} object at {:#x}>",
                m,
                name,
                v.bits() & 0xffff_ffff_ffff
            ),
        ),
        _ => out.push_fmt(
            vm,
            format_args!("<{} object at {:#x}>", name, v.bits() & 0xffff_ffff_ffff),
        ),
    }
}

/// Iterate an object that defines `__getitem__` but not `__iter__` (old sequence protocol).
/// Whether instances of `t` iterate through the old `__getitem__` protocol.
pub fn iterates_by_getitem(vm: &mut Vm, t: &'static TypeObject) -> PyResult<bool> {
    Ok(t.is_heap() && find_override(vm, t, qstr::__getitem__)?.is_some())
}

pub fn getitem_iterator(vm: &mut Vm, obj: Value) -> PyResult<Option<Value>> {
    if !iterates_by_getitem(vm, type_of(obj))? {
        return Ok(None);
    }
    crate::builtins::iterators::new_getitem_iterator(vm, obj).map(Some)
}

// ---- slots of Python classes ----------------------------------------------------------

fn native_slot_target(v: Value) -> Value {
    native_base_of(v).unwrap_or(v)
}

fn heap_call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let obj = args.first().copied().unwrap_or(Value::NONE);
    let t = type_of(obj);
    match find_override(vm, t, qstr::__call__)? {
        Some(f) => {
            if Obj::<FunctionObj>::from_value(f).is_some() {
                call::call_with_self(vm, f, obj, args.get(1..).unwrap_or(&[]), kw)
            } else {
                call_override(vm, f, obj, args.get(1..).unwrap_or(&[]))
            }
        }
        None => {
            let base = native_slot_target(obj);
            if base != obj {
                return call::call(vm, base, args.get(1..).unwrap_or(&[]), kw);
            }
            let n = vm.type_name(obj);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("'{}' object is not callable", n),
            ))
        }
    }
}

fn expect_str_result(vm: &mut Vm, r: Value, what: &str, out: &mut StrBuilder) -> PyResult<()> {
    match crate::objects::str::str_of(vm, r) {
        Some(s) => out.push_str(vm, s),
        None => {
            let tn = vm.type_name(r);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("{} returned non-string (type {})", what, tn),
            ))
        }
    }
}

fn heap_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let t = type_of(v);
    if let Some(f) = find_override(vm, t, qstr::__repr__)? {
        let r = call_override(vm, f, v, &[])?;
        return expect_str_result(vm, r, "__repr__", out);
    }
    let solid = solid_base(t);
    match solid.slots.repr {
        Some(f) if !core::ptr::eq(solid, &OBJECT_TYPE) => f(
            vm,
            // Exceptions and sets name the instance's own class in their repr.
            if solid.layout == Layout::Exception || solid.layout == Layout::Set {
                v
            } else {
                native_slot_target(v)
            },
            out,
        ),
        _ => default_repr(vm, v, out),
    }
}

fn heap_str(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let t = type_of(v);
    if let Some(f) = find_override(vm, t, qstr::__str__)? {
        let r = call_override(vm, f, v, &[])?;
        return expect_str_result(vm, r, "__str__", out);
    }
    if find_override(vm, t, qstr::__repr__)?.is_some() {
        return heap_repr(vm, v, out);
    }
    let solid = solid_base(t);
    match solid.slots.str.or(solid.slots.repr) {
        Some(f) if !core::ptr::eq(solid, &OBJECT_TYPE) => f(
            vm,
            if solid.layout == Layout::Exception || solid.layout == Layout::Set {
                v
            } else {
                native_slot_target(v)
            },
            out,
        ),
        _ => heap_repr(vm, v, out),
    }
}

fn heap_hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let t = type_of(v);
    match find_override(vm, t, qstr::__hash__)? {
        Some(f) if !f.is_none() => {
            let r = call_override(vm, f, v, &[])?;
            // Any int is accepted and reduced the way hash() reduces that int.
            if !super::typeobj::is_subtype(type_of(r), &crate::objects::int::INT_TYPE) {
                return Err(vm.type_error("__hash__ method should return an integer"));
            }
            let plain = crate::builtins::int_methods::int_from_value(vm, r)?;
            super::ops::hash(vm, plain)
        }
        Some(_) => {
            let n = vm.type_name(v);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("unhashable type: '{}'", n),
            ))
        }
        None => {
            if find_override(vm, t, qstr::__eq__)?.is_some() {
                let n = vm.type_name(v);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("unhashable type: '{}'", n),
                ));
            }
            let base = native_slot_target(v);
            if base != v {
                return super::ops::hash(vm, base);
            }
            Ok((v.bits() >> 4) as i64 & ((1 << 47) - 1))
        }
    }
}

fn heap_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    let name = match op {
        CompareOp::Lt => qstr::__lt__,
        CompareOp::Gt => qstr::__gt__,
        CompareOp::Eq => qstr::__eq__,
        CompareOp::Le => qstr::__le__,
        CompareOp::Ge => qstr::__ge__,
        CompareOp::Ne => qstr::__ne__,
    };
    let t = type_of(a);
    if let Some(f) = find_override(vm, t, name)? {
        return call_override(vm, f, a, &[b]);
    }
    if op == CompareOp::Ne {
        if let Some(f) = find_override(vm, t, qstr::__eq__)? {
            let r = call_override(vm, f, a, &[b])?;
            if r == Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
            return Ok(Value::from_bool(!super::ops::truthy(vm, r)?));
        }
    }
    let base = native_slot_target(a);
    if base != a {
        let other = native_slot_target(b);
        return super::ops::compare(vm, base, other, op);
    }
    Ok(Value::NOT_IMPLEMENTED)
}

fn binary_method_name(op: u8) -> Option<Qstr> {
    use crate::bytecode::opcodes::binary as b;
    const NORMAL: [Qstr; 13] = [
        qstr::__or__,
        qstr::__xor__,
        qstr::__and__,
        qstr::__lshift__,
        qstr::__rshift__,
        qstr::__add__,
        qstr::__sub__,
        qstr::__mul__,
        qstr::__matmul__,
        qstr::__floordiv__,
        qstr::__truediv__,
        qstr::__mod__,
        qstr::__pow__,
    ];
    const INPLACE: [Qstr; 13] = [
        qstr::__ior__,
        qstr::__ixor__,
        qstr::__iand__,
        qstr::__ilshift__,
        qstr::__irshift__,
        qstr::__iadd__,
        qstr::__isub__,
        qstr::__imul__,
        qstr::__imatmul__,
        qstr::__ifloordiv__,
        qstr::__itruediv__,
        qstr::__imod__,
        qstr::__ipow__,
    ];
    const REFLECTED: [Qstr; 13] = [
        qstr::__ror__,
        qstr::__rxor__,
        qstr::__rand__,
        qstr::__rlshift__,
        qstr::__rrshift__,
        qstr::__radd__,
        qstr::__rsub__,
        qstr::__rmul__,
        qstr::__rmatmul__,
        qstr::__rfloordiv__,
        qstr::__rtruediv__,
        qstr::__rmod__,
        qstr::__rpow__,
    ];
    let op = usize::from(op);
    if (usize::from(b::INPLACE_OR)..=usize::from(b::INPLACE_POWER)).contains(&op) {
        INPLACE.get(op - usize::from(b::INPLACE_OR)).copied()
    } else if (usize::from(b::OR)..=usize::from(b::POWER)).contains(&op) {
        NORMAL.get(op - usize::from(b::OR)).copied()
    } else if op >= usize::from(super::ops::REVERSE_BASE) {
        REFLECTED
            .get(op - usize::from(super::ops::REVERSE_BASE))
            .copied()
    } else {
        None
    }
}

fn heap_binary_op(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    let t = type_of(a);
    if let Some(name) = binary_method_name(op) {
        if let Some(f) = find_override(vm, t, name)? {
            return call_override(vm, f, a, &[b]);
        }
    }
    let base = native_slot_target(a);
    if base != a {
        let bt = type_of(base);
        if let Some(f) = bt.slots.binary_op {
            return f(vm, op, base, native_slot_target(b));
        }
    }
    Ok(Value::NOT_IMPLEMENTED)
}

/// A Python class's own `__pos__`/`__neg__`/`__invert__` result, if it defines one
/// (whatever it returns, NotImplemented included: unary operators have no fallback).
pub fn unary_override(vm: &mut Vm, op: u8, v: Value) -> PyResult<Option<Value>> {
    use crate::bytecode::opcodes::unary;
    let name = match op {
        unary::POSITIVE => qstr::__pos__,
        unary::NEGATIVE => qstr::__neg__,
        unary::INVERT => qstr::__invert__,
        _ => return Ok(None),
    };
    match find_override(vm, type_of(v), name)? {
        Some(f) => call_override(vm, f, v, &[]).map(Some),
        None => Ok(None),
    }
}

fn heap_unary_op(vm: &mut Vm, op: u8, v: Value) -> PyResult<Value> {
    if let Some(r) = unary_override(vm, op, v)? {
        return Ok(r);
    }
    let base = native_slot_target(v);
    if base != v {
        return super::ops::unary_op(vm, op, base);
    }
    Ok(Value::NOT_IMPLEMENTED)
}

fn heap_bool(vm: &mut Vm, v: Value) -> PyResult<bool> {
    let t = type_of(v);
    if let Some(f) = find_override(vm, t, qstr::__bool__)? {
        let r = call_override(vm, f, v, &[])?;
        if !r.is_bool() {
            let tn = vm.type_name(r);
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("__bool__ should return bool, returned {}", tn),
            ));
        }
        return Ok(r == Value::TRUE);
    }
    if find_override(vm, t, qstr::__len__)?.is_some() {
        return Ok(heap_len(vm, v)? != 0);
    }
    let base = native_slot_target(v);
    if base != v {
        return super::ops::truthy(vm, base);
    }
    Ok(true)
}

fn heap_len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if let Some(f) = find_override(vm, type_of(v), qstr::__len__)? {
        let r = call_override(vm, f, v, &[])?;
        if !crate::objects::int::is_int(r) {
            let tn = vm.type_name(r);
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("'{}' object cannot be interpreted as an integer", tn),
            ));
        }
        let n = crate::objects::int::int_as_i128(r);
        let negative = match n {
            Some(n) => n < 0,
            None => {
                Obj::<crate::objects::int::BigIntObj>::from_value(r).is_some_and(|b| b.negative)
            }
        };
        if negative {
            return Err(vm.value_error("__len__() should return >= 0"));
        }
        return match n.filter(|n| *n <= i64::MAX as i128) {
            Some(n) => Ok(n as usize),
            None => Err(vm.new_exception(
                &exception::OVERFLOW_ERROR,
                "cannot fit 'int' into an index-sized integer",
            )),
        };
    }
    let base = native_slot_target(v);
    if base != v {
        return super::ops::len(vm, base);
    }
    let n = vm.type_name(v);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("object of type '{}' has no len()", n),
    ))
}

fn heap_subscr(vm: &mut Vm, obj: Value, index: Value, op: SubscrOp) -> PyResult<Value> {
    let t = type_of(obj);
    let (name, args): (Qstr, [Value; 2]) = match op {
        SubscrOp::Load => (qstr::__getitem__, [index, Value::NULL]),
        SubscrOp::Store(v) => (qstr::__setitem__, [index, v]),
        SubscrOp::Delete => (qstr::__delitem__, [index, Value::NULL]),
    };
    if let Some(f) = find_override(vm, t, name)? {
        let n = if matches!(op, SubscrOp::Store(_)) {
            2
        } else {
            1
        };
        return call_override(vm, f, obj, &args[..n]);
    }
    let base = native_slot_target(obj);
    if base != obj {
        if op == SubscrOp::Load {
            if let Some(d) = crate::objects::dict::as_dict(base) {
                // dict subclasses: a missing key goes to __missing__ if defined.
                if let Some(v) = d.get().table.get(vm, index)? {
                    return Ok(v);
                }
                if let Some(f) = find_override(vm, t, qstr::__missing__)? {
                    return call_override(vm, f, obj, &[index]);
                }
            }
        }
        return match op {
            SubscrOp::Load => super::ops::subscr_load(vm, base, index),
            SubscrOp::Store(v) => super::ops::subscr_store(vm, base, index, v).map(|_| Value::NONE),
            SubscrOp::Delete => super::ops::subscr_delete(vm, base, index).map(|_| Value::NONE),
        };
    }
    let n = vm.type_name(obj);
    Err(match op {
        SubscrOp::Load => vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("'{}' object is not subscriptable", n),
        ),
        SubscrOp::Store(_) => vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("'{}' object does not support item assignment", n),
        ),
        SubscrOp::Delete => vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("'{}' object doesn't support item deletion", n),
        ),
    })
}

fn heap_contains(vm: &mut Vm, obj: Value, needle: Value) -> PyResult<bool> {
    let t = type_of(obj);
    if let Some(f) = find_override(vm, t, qstr::__contains__)? {
        let r = call_override(vm, f, obj, &[needle])?;
        return super::ops::truthy(vm, r);
    }
    if find_override(vm, t, qstr::__iter__)?.is_some()
        || find_override(vm, t, qstr::__getitem__)?.is_some()
    {
        let it = super::ops::get_iter(vm, obj)?;
        while let Some(x) = super::ops::iter_next(vm, it)? {
            if super::ops::is_same_or_equal(vm, x, needle)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let base = native_slot_target(obj);
    if base != obj {
        return super::ops::contains(vm, base, needle);
    }
    let n = vm.type_name(obj);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("argument of type '{}' is not iterable", n),
    ))
}

fn heap_iter(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    let t = type_of(obj);
    if let Some(f) = find_override(vm, t, qstr::__iter__)? {
        let it = call_override(vm, f, obj, &[])?;
        let it_t = type_of(it);
        let has_next = if it_t.is_heap() {
            find_override(vm, it_t, qstr::__next__)?.is_some()
                || native_base_of(it).is_some_and(|b| type_of(b).slots.iternext.is_some())
        } else {
            it_t.slots.iternext.is_some()
        };
        if !has_next {
            let tn = vm.type_name(it);
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("iter() returned non-iterator of type '{}'", tn),
            ));
        }
        return Ok(it);
    }
    if let Some(it) = getitem_iterator(vm, obj)? {
        return Ok(it);
    }
    let base = native_slot_target(obj);
    if base != obj {
        return super::ops::get_iter(vm, base);
    }
    let n = vm.type_name(obj);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("'{}' object is not iterable", n),
    ))
}

fn heap_iternext(vm: &mut Vm, obj: Value) -> PyResult<Option<Value>> {
    let t = type_of(obj);
    match find_override(vm, t, qstr::__next__)? {
        Some(f) => match call_override(vm, f, obj, &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if vm.exception_matches(e, &exception::STOP_ITERATION) => Ok(None),
            Err(e) => Err(e),
        },
        None => {
            let base = native_slot_target(obj);
            if base != obj {
                return super::ops::iter_next(vm, base);
            }
            let n = vm.type_name(obj);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("'{}' object is not an iterator", n),
            ))
        }
    }
}

fn heap_getattr(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
    let solid = solid_base(type_of(obj));
    if solid.layout == Layout::Exception {
        if let Some(f) = solid.slots.getattr {
            return f(vm, obj, name);
        }
    }
    if name == qstr::__dict__ && type_of(obj).has_flag(type_flags::HAS_DICT) {
        return instance_dict(vm, obj, true);
    }
    Ok(None)
}

fn heap_setattr(vm: &mut Vm, obj: Value, name: Qstr, v: Value) -> PyResult<bool> {
    let solid = solid_base(type_of(obj));
    if solid.layout == Layout::Exception {
        if let Some(f) = solid.slots.setattr {
            return f(vm, obj, name, v);
        }
    }
    Ok(false)
}

/// `cls(...)` for a class whose metaclass is a Python class: the metaclass's
/// `__call__` if it defines one, else `type.__call__`.
fn meta_call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = args.first().copied().unwrap_or(Value::NONE);
    match find_override(vm, type_of(cls), qstr::__call__)? {
        Some(f) if Obj::<FunctionObj>::from_value(f).is_some() => {
            call::call_with_self(vm, f, cls, args.get(1..).unwrap_or(&[]), kw)
        }
        Some(f) => call_override(vm, f, cls, args.get(1..).unwrap_or(&[])),
        None => type_call(vm, args, kw),
    }
}

fn meta_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    if let Some(f) = find_override(vm, type_of(v), qstr::__repr__)? {
        let r = call_override(vm, f, v, &[])?;
        return expect_str_result(vm, r, "__repr__", out);
    }
    type_repr(vm, v, out)
}

/// Slots of a metaclass defined in Python: its instances are type objects.
pub static META_SLOTS: TypeSlots = TypeSlots {
    call: Some(meta_call),
    repr: Some(meta_repr),
    getattr: Some(super::attr::type_getattr),
    setattr: Some(super::attr::type_setattr),
    // Operators on classes come from the metaclass, as on instances of any Python class.
    hash: Some(heap_hash),
    compare: Some(heap_compare),
    binary_op: Some(heap_binary_op),
    unary_op: Some(heap_unary_op),
    bool: Some(heap_bool),
    len: Some(heap_len),
    subscr: Some(heap_subscr),
    contains: Some(heap_contains),
    iter: Some(heap_iter),
    iternext: Some(heap_iternext),
    ..TypeSlots::EMPTY
};

pub static HEAP_SLOTS: TypeSlots = TypeSlots {
    make_new: None,
    call: Some(heap_call),
    repr: Some(heap_repr),
    str: Some(heap_str),
    hash: Some(heap_hash),
    compare: Some(heap_compare),
    binary_op: Some(heap_binary_op),
    unary_op: Some(heap_unary_op),
    bool: Some(heap_bool),
    len: Some(heap_len),
    getattr: Some(heap_getattr),
    setattr: Some(heap_setattr),
    subscr: Some(heap_subscr),
    contains: Some(heap_contains),
    iter: Some(heap_iter),
    iternext: Some(heap_iternext),
    descr_get: None,
    descr_set: None,
};

pub static TYPE_MEMBERS: &[(Qstr, Member)] = crate::builtins::typeinfo::TYPE_MEMBERS;
pub static OBJECT_MEMBERS: &[(Qstr, Member)] = crate::builtins::typeinfo::OBJECT_MEMBERS;
