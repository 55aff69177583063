//! Behaviour of `dict`: construction, repr, lookups (with `__missing__` for subclasses),
//! `|` merging, the methods, and the `keys()`/`values()`/`items()` views (keys and items
//! views support set operations).

use super::args::{check_count, no_keywords};
use super::iterators::{new_dict_iterator, IteratorObj, DICT_ITEMS, DICT_KEYS, DICT_VALUES};
use crate::builtin_fn;
use crate::bytecode::opcodes::binary;
use crate::gc::heap::Heap;
use crate::interp::{call, ops, PyResult, Vm};
use crate::objects::dict::{as_dict, new_dict_obj, DictObj};
use crate::objects::exception;
use crate::objects::list::new_list_with_capacity;
use crate::objects::str::StrBuilder;
use crate::objects::tuple::new_tuple;
use crate::objects::type_object::{CompareOp, Member, SubscrOp, TypeObject, TypeSlots};
use crate::objects::{Layout, Obj, ObjHeader};
use crate::qstr::{self, Qstr};
use crate::value::Value;
use core::cell::Cell;

fn dict_of(vm: &mut Vm, v: Value) -> PyResult<Obj<DictObj>> {
    as_dict(v).ok_or_else(|| vm.type_error("descriptor requires a 'dict' object"))
}

/// Insert every key/value of a mapping or iterable of pairs into `d` (`dict.update`).
pub fn update_from(vm: &mut Vm, d: Obj<DictObj>, src: Value) -> PyResult<()> {
    if let Some(s) = as_dict(src) {
        let t = &s.get().table;
        for i in 0..t.positions() {
            if let Some((k, v)) = t.entry_at(i) {
                d.get().table.insert(vm, k, v)?;
            }
        }
        return Ok(());
    }
    if crate::interp::attr::lookup_attr(vm, src, qstr::keys)?.is_some() {
        let keys = crate::interp::attr::call_method(vm, src, qstr::keys, &[])?;
        let it = ops::get_iter(vm, keys)?;
        while let Some(k) = ops::iter_next(vm, it)? {
            let v = ops::subscr_load(vm, src, k)?;
            d.get().table.insert(vm, k, v)?;
        }
        return Ok(());
    }
    let it = ops::get_iter(vm, src)?;
    let mut n = 0;
    while let Some(pair) = ops::iter_next(vm, it)? {
        let items = new_list_with_capacity(vm, 2)?;
        ops::extend_list_from_iterable(vm, items, pair).map_err(|e| {
            if vm.exception_matches(e, &exception::TYPE_ERROR) {
                vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!(
                        "cannot convert dictionary update sequence element #{} to a sequence",
                        n
                    ),
                )
            } else {
                e
            }
        })?;
        if items.len() != 2 {
            return Err(vm.new_exception_fmt(
                &exception::VALUE_ERROR,
                format_args!(
                    "dictionary update sequence element #{} has length {}; 2 is required",
                    n,
                    items.len()
                ),
            ));
        }
        let (k, v) = (
            items.get().get(0).unwrap_or(Value::NONE),
            items.get().get(1).unwrap_or(Value::NONE),
        );
        d.get().table.insert(vm, k, v)?;
        n += 1;
    }
    Ok(())
}

fn insert_keywords(vm: &mut Vm, d: Obj<DictObj>, kw: &[Value]) -> PyResult<()> {
    for pair in kw.chunks(2) {
        if let (Some(&k), Some(&v)) = (pair.first(), pair.get(1)) {
            d.get().table.insert(vm, k, v)?;
        }
    }
    Ok(())
}

fn dict_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    check_count(vm, "dict", args, 0, 1)?;
    let d = new_dict_obj(vm, 0)?;
    if let Some(src) = args.first() {
        update_from(vm, d, *src)?;
    }
    insert_keywords(vm, d, kw)?;
    Ok(d.as_value())
}

fn dict_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let d = dict_of(vm, v)?;
    out.push_str(vm, "{")?;
    let mut first = true;
    let t = &d.get().table;
    for i in 0..t.positions() {
        if let Some((k, val)) = t.entry_at(i) {
            if !first {
                out.push_str(vm, ", ")?;
            }
            first = false;
            ops::repr_into(vm, k, out)?;
            out.push_str(vm, ": ")?;
            ops::repr_into(vm, val, out)?;
        }
    }
    out.push_str(vm, "}")
}

fn dict_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_dict(a), as_dict(b)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let mut eq = x.get().table.len() == y.get().table.len();
    if eq {
        let t = &x.get().table;
        for i in 0..t.positions() {
            if let Some((k, v)) = t.entry_at(i) {
                match y.get().table.get(vm, k)? {
                    Some(w) if ops::is_same_or_equal(vm, v, w)? => {}
                    _ => {
                        eq = false;
                        break;
                    }
                }
            }
        }
    }
    Ok(Value::from_bool(eq == (op == CompareOp::Eq)))
}

fn dict_len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    Ok(dict_of(vm, v)?.get().table.len())
}

fn key_error(vm: &mut Vm, key: Value) -> crate::interp::PyErr {
    match new_tuple(vm, &[key]) {
        Ok(args) => match exception::new_with_args(vm, &exception::KEY_ERROR, args) {
            Ok(e) => crate::interp::PyErr(e),
            Err(e) => e,
        },
        Err(e) => e,
    }
}

fn dict_subscr(vm: &mut Vm, v: Value, key: Value, op: SubscrOp) -> PyResult<Value> {
    let d = dict_of(vm, v)?;
    match op {
        SubscrOp::Load => match d.get().table.get(vm, key)? {
            Some(x) => Ok(x),
            None => {
                if vm.type_of(v).is_heap() {
                    if let Some(r) =
                        crate::interp::attr::call_special_opt(vm, v, qstr::__missing__, &[key])?
                    {
                        return Ok(r);
                    }
                }
                Err(key_error(vm, key))
            }
        },
        SubscrOp::Store(x) => {
            d.get().table.insert(vm, key, x)?;
            Ok(Value::NONE)
        }
        SubscrOp::Delete => match d.get().table.remove(vm, key)? {
            Some(_) => Ok(Value::NONE),
            None => Err(key_error(vm, key)),
        },
    }
}

fn dict_contains(vm: &mut Vm, v: Value, key: Value) -> PyResult<bool> {
    let d = dict_of(vm, v)?;
    Ok(d.get().table.get(vm, key)?.is_some())
}

fn dict_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    new_dict_iterator(vm, v, DICT_KEYS)
}

fn dict_binary(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    match op {
        binary::OR => {
            let (Some(x), Some(_)) = (as_dict(a), as_dict(b)) else {
                return Ok(Value::NOT_IMPLEMENTED);
            };
            let out = new_dict_obj(vm, x.get().table.len())?;
            update_from(vm, out, a)?;
            update_from(vm, out, b)?;
            Ok(out.as_value())
        }
        binary::INPLACE_OR => {
            let x = dict_of(vm, a)?;
            update_from(vm, x, b)?;
            Ok(a)
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// The keys of a dict as a new list.
pub fn keys_list(vm: &mut Vm, d: Value) -> PyResult<Value> {
    let d = dict_of(vm, d)?;
    let t = &d.get().table;
    let l = new_list_with_capacity(vm, t.len())?;
    for i in 0..t.positions() {
        if let Some((k, _)) = t.entry_at(i) {
            l.push(vm, k)?;
        }
    }
    Ok(l.as_value())
}

fn self_dict(vm: &mut Vm, args: &[Value]) -> PyResult<Obj<DictObj>> {
    dict_of(vm, args.first().copied().unwrap_or(Value::NONE))
}

fn dict_get(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "get", kw)?;
    check_count(vm, "get", args, 2, 3)?;
    let d = self_dict(vm, args)?;
    let key = args.get(1).copied().unwrap_or(Value::NONE);
    Ok(d.get()
        .table
        .get(vm, key)?
        .unwrap_or(args.get(2).copied().unwrap_or(Value::NONE)))
}
builtin_fn!(DICT_GET, qstr::get, dict_get);

fn dict_pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "pop", kw)?;
    check_count(vm, "pop", args, 2, 3)?;
    let d = self_dict(vm, args)?;
    let key = args.get(1).copied().unwrap_or(Value::NONE);
    match d.get().table.remove(vm, key)? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(dflt) => Ok(*dflt),
            None => Err(key_error(vm, key)),
        },
    }
}
builtin_fn!(DICT_POP, qstr::pop, dict_pop);

fn dict_popitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    let t = &d.get().table;
    let Some(i) = t.last_position() else {
        return Err(vm.new_exception(&exception::KEY_ERROR, "popitem(): dictionary is empty"));
    };
    let (k, v) = t.entry_at(i).unwrap_or((Value::NONE, Value::NONE));
    t.remove_at(i);
    new_tuple(vm, &[k, v])
}
builtin_fn!(DICT_POPITEM, qstr::popitem, dict_popitem);

fn dict_setdefault(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "setdefault", kw)?;
    check_count(vm, "setdefault", args, 2, 3)?;
    let d = self_dict(vm, args)?;
    let key = args.get(1).copied().unwrap_or(Value::NONE);
    if let Some(v) = d.get().table.get(vm, key)? {
        return Ok(v);
    }
    let dflt = args.get(2).copied().unwrap_or(Value::NONE);
    d.get().table.insert(vm, key, dflt)?;
    Ok(dflt)
}
builtin_fn!(DICT_SETDEFAULT, qstr::setdefault, dict_setdefault);

fn dict_update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "update", args, 1, 2)?;
    let d = self_dict(vm, args)?;
    if let Some(src) = args.get(1) {
        update_from(vm, d, *src)?;
    }
    insert_keywords(vm, d, kw)?;
    Ok(Value::NONE)
}
builtin_fn!(DICT_UPDATE, qstr::update, dict_update);

fn dict_clear(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    self_dict(vm, args)?.get().table.clear();
    Ok(Value::NONE)
}
builtin_fn!(DICT_CLEAR, qstr::clear, dict_clear);

fn dict_copy(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    let out = new_dict_obj(vm, d.get().table.len())?;
    update_from(vm, out, d.as_value())?;
    Ok(out.as_value())
}
builtin_fn!(DICT_COPY, qstr::copy, dict_copy);

fn dict_fromkeys(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "fromkeys", args, 2, 3)?;
    let cls = args.first().copied().unwrap_or(Value::NONE);
    let d = call::call(vm, cls, &[], &[])?;
    let dv = args.get(2).copied().unwrap_or(Value::NONE);
    let it = ops::get_iter(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    while let Some(k) = ops::iter_next(vm, it)? {
        ops::subscr_store(vm, d, k, dv)?;
    }
    Ok(d)
}
builtin_fn!(DICT_FROMKEYS, qstr::fromkeys, dict_fromkeys);

fn view(vm: &mut Vm, args: &[Value], kind: i64) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    let ty: &'static TypeObject = match kind {
        DICT_KEYS => &DICT_KEYS_TYPE,
        DICT_VALUES => &DICT_VALUES_TYPE,
        _ => &DICT_ITEMS_TYPE,
    };
    let o = vm.alloc(IteratorObj {
        header: ObjHeader::new(ty),
        a: Cell::new(d.as_value()),
        b: Cell::new(Value::NONE),
        c: Cell::new(Value::NONE),
        i: Cell::new(0),
        n: Cell::new(0),
        step: Cell::new(kind),
    })?;
    Ok(o.as_value())
}

fn dict_keys(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    view(vm, args, DICT_KEYS)
}
builtin_fn!(DICT_KEYS_FN, qstr::keys, dict_keys);

fn dict_values(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    view(vm, args, DICT_VALUES)
}
builtin_fn!(DICT_VALUES_FN, qstr::values, dict_values);

fn dict_items(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    view(vm, args, DICT_ITEMS)
}
builtin_fn!(DICT_ITEMS_FN, qstr::items, dict_items);

pub static DICT_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(dict_make_new),
    repr: Some(dict_repr),
    compare: Some(dict_compare),
    binary_op: Some(dict_binary),
    len: Some(dict_len),
    subscr: Some(dict_subscr),
    contains: Some(dict_contains),
    iter: Some(dict_iter),
    ..TypeSlots::EMPTY
};

pub static DICT_MEMBERS: &[(Qstr, Member)] = &[
    (qstr::get, Member::Method(&DICT_GET)),
    (qstr::keys, Member::Method(&DICT_KEYS_FN)),
    (qstr::values, Member::Method(&DICT_VALUES_FN)),
    (qstr::items, Member::Method(&DICT_ITEMS_FN)),
    (qstr::pop, Member::Method(&DICT_POP)),
    (qstr::popitem, Member::Method(&DICT_POPITEM)),
    (qstr::setdefault, Member::Method(&DICT_SETDEFAULT)),
    (qstr::update, Member::Method(&DICT_UPDATE)),
    (qstr::clear, Member::Method(&DICT_CLEAR)),
    (qstr::copy, Member::Method(&DICT_COPY)),
    (qstr::fromkeys, Member::ClassMethod(&DICT_FROMKEYS)),
];

// ---- views ----------------------------------------------------------------------------

fn view_parts(vm: &mut Vm, v: Value) -> PyResult<(Value, i64)> {
    let it =
        Obj::<IteratorObj>::from_value(v).ok_or_else(|| vm.type_error("expected a dict view"))?;
    Ok((it.a.get(), it.step.get()))
}

fn view_len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let (d, _) = view_parts(vm, v)?;
    dict_len(vm, d)
}

fn view_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let (d, kind) = view_parts(vm, v)?;
    new_dict_iterator(vm, d, kind)
}

fn view_contains(vm: &mut Vm, v: Value, x: Value) -> PyResult<bool> {
    let (d, kind) = view_parts(vm, v)?;
    match kind {
        DICT_KEYS => dict_contains(vm, d, x),
        DICT_ITEMS => {
            let Some(t) = Obj::<crate::objects::tuple::TupleObj>::from_value(x) else {
                return Ok(false);
            };
            let (Some(k), Some(val), 2) = (t.get().get(0), t.get().get(1), t.len()) else {
                return Ok(false);
            };
            match dict_of(vm, d)?.get().table.get(vm, k)? {
                Some(w) => ops::is_same_or_equal(vm, w, val),
                None => Ok(false),
            }
        }
        _ => {
            let it = new_dict_iterator(vm, d, DICT_VALUES)?;
            while let Some(w) = ops::iter_next(vm, it)? {
                if ops::is_same_or_equal(vm, w, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn view_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let (_, kind) = view_parts(vm, v)?;
    let name = match kind {
        DICT_KEYS => "dict_keys",
        DICT_VALUES => "dict_values",
        _ => "dict_items",
    };
    out.push_fmt(vm, format_args!("{}([", name))?;
    let it = view_iter(vm, v)?;
    let mut first = true;
    while let Some(x) = ops::iter_next(vm, it)? {
        if !first {
            out.push_str(vm, ", ")?;
        }
        first = false;
        ops::repr_into(vm, x, out)?;
    }
    out.push_str(vm, "])")
}

/// Set operations on keys/items views produce sets.
fn view_binary(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    let (a, b) = if op >= ops::REVERSE_BASE {
        (b, a)
    } else {
        (a, b)
    };
    let normal = if op >= ops::REVERSE_BASE {
        op - ops::REVERSE_BASE + binary::OR
    } else {
        op
    };
    if !matches!(
        normal,
        binary::OR | binary::AND | binary::XOR | binary::SUBTRACT
    ) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let left = super::set_methods::new_set_from_iterable(vm, a, false)?;
    super::set_methods::set_binary_value(vm, normal, left, b)
}

fn view_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    let (_, kind) = view_parts(vm, a)?;
    if kind == DICT_VALUES {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let left = super::set_methods::new_set_from_iterable(vm, a, false)?;
    let right = if Obj::<IteratorObj>::from_value(b).is_some()
        || super::set_methods::set_table(b).is_some()
    {
        super::set_methods::new_set_from_iterable(vm, b, false)?
    } else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    ops::compare(vm, left, right, op)
}

fn trace_view(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on a view (iterator layout).
    let it = unsafe { &*(obj as *const IteratorObj) };
    heap.mark_value(it.a.get());
}

pub static VIEW_SLOTS: TypeSlots = TypeSlots {
    repr: Some(view_repr),
    len: Some(view_len),
    iter: Some(view_iter),
    contains: Some(view_contains),
    binary_op: Some(view_binary),
    compare: Some(view_compare),
    ..TypeSlots::EMPTY
};

pub static DICT_KEYS_TYPE: TypeObject = TypeObject::builtin(
    qstr::dict_keys,
    Layout::Iterator,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &VIEW_SLOTS,
    &[] as &[(Qstr, Member)],
    trace_view,
    0,
);
pub static DICT_VALUES_TYPE: TypeObject = TypeObject::builtin(
    qstr::dict_values,
    Layout::Iterator,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &VIEW_SLOTS,
    &[] as &[(Qstr, Member)],
    trace_view,
    0,
);
pub static DICT_ITEMS_TYPE: TypeObject = TypeObject::builtin(
    qstr::dict_items,
    Layout::Iterator,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &VIEW_SLOTS,
    &[] as &[(Qstr, Member)],
    trace_view,
    0,
);
