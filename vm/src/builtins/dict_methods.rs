//! Behaviour of `dict`: construction and `update` (mappings, iterables of pairs,
//! keywords), repr, equality, lookups (with `__missing__` for subclasses), `|` and `|=`,
//! the methods, and the `keys()`/`values()`/`items()` views. Keys and items views are
//! set-like: their operators build sets the way CPython does (same walk order), so
//! printed results match.

use super::iterators::{
    new_dict_iterator, new_dict_reverse_iterator, IteratorObj, DICT_ITEMS, DICT_KEYS, DICT_VALUES,
};
use super::seq::{expect_count, expect_none, expect_one, method_arity};
use crate::builtin_fn;
use crate::bytecode::opcodes::binary;
use crate::gc::heap::Heap;
use crate::interp::{call, ops, PyErr, PyResult, Vm};
use crate::objects::dict::{as_dict, new_dict_obj, DictObj, DICT_TYPE};
use crate::objects::exception;
use crate::objects::list::new_list_with_capacity;
use crate::objects::str::StrBuilder;
use crate::objects::tuple::{new_tuple, TupleObj};
use crate::objects::type_object::{CompareOp, Member, SubscrOp, TypeObject, TypeSlots};
use crate::objects::{Layout, Obj, ObjHeader};
use crate::qstr::{self, Qstr};
use crate::value::Value;
use core::cell::Cell;

fn dict_of(vm: &mut Vm, v: Value) -> PyResult<Obj<DictObj>> {
    as_dict(v).ok_or_else(|| vm.type_error("descriptor requires a 'dict' object"))
}

/// A dict whose entries can be read directly: an exact dict, or a dict subclass whose
/// `keys`/`__getitem__`/`__iter__` are the built-in ones.
fn plain_dict(vm: &mut Vm, v: Value) -> PyResult<Option<Obj<DictObj>>> {
    let Some(d) = as_dict(v) else {
        return Ok(None);
    };
    let ty = vm.type_of(v);
    if !ty.is_heap() {
        return Ok(Some(d));
    }
    for name in [qstr::keys, qstr::__getitem__, qstr::__iter__] {
        if crate::interp::classes::find_override(vm, ty, name)?.is_some() {
            return Ok(None);
        }
    }
    Ok(Some(d))
}

/// Copy every entry of dict `src` into `d`.
fn merge_dict(vm: &mut Vm, d: Obj<DictObj>, src: Obj<DictObj>) -> PyResult<()> {
    let t = &src.get().table;
    d.get().table.reserve(vm, d.get().table.len() + t.len())?;
    let mut i = 0;
    while i < t.positions() {
        if let Some((k, v)) = t.entry_at(i) {
            d.get().table.insert(vm, k, v)?;
        }
        i += 1;
    }
    Ok(())
}

/// Insert every key/value of a mapping or iterable of pairs into `d` (`dict.update`).
pub fn update_from(vm: &mut Vm, d: Obj<DictObj>, src: Value) -> PyResult<()> {
    if let Some(s) = plain_dict(vm, src)? {
        return merge_dict(vm, d, s);
    }
    if merge_keys_mapping(vm, d, src)? {
        return Ok(());
    }
    update_from_pairs(vm, d, src)
}

/// `{**src}` inside a dict display: like `update`, but only a mapping will do.
pub fn merge_display(vm: &mut Vm, d: Obj<DictObj>, src: Value) -> PyResult<()> {
    if let Some(s) = plain_dict(vm, src)? {
        return merge_dict(vm, d, s);
    }
    if merge_keys_mapping(vm, d, src)? {
        return Ok(());
    }
    let tn = vm.type_name(src);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("'{}' object is not a mapping", tn),
    ))
}

/// Copy a mapping that has `keys()` into `d` through `src[key]`; false when it has none.
fn merge_keys_mapping(vm: &mut Vm, d: Obj<DictObj>, src: Value) -> PyResult<bool> {
    if crate::interp::attr::lookup_attr(vm, src, qstr::keys)?.is_none() {
        return Ok(false);
    }
    let keys = crate::interp::attr::call_method(vm, src, qstr::keys, &[])?;
    let it = ops::get_iter(vm, keys)?;
    while let Some(k) = ops::iter_next(vm, it)? {
        let v = ops::subscr_load(vm, src, k)?;
        d.get().table.insert(vm, k, v)?;
    }
    Ok(true)
}

/// `dict(iterable_of_pairs)`.
fn update_from_pairs(vm: &mut Vm, d: Obj<DictObj>, src: Value) -> PyResult<()> {
    let it = ops::get_iter(vm, src)?;
    let mut n = 0;
    while let Some(pair) = ops::iter_next(vm, it)? {
        let (k, v) = pair_items(vm, pair, n)?;
        d.get().table.insert(vm, k, v)?;
        n += 1;
    }
    Ok(())
}

/// The two items of update-sequence element `n`.
fn pair_items(vm: &mut Vm, pair: Value, n: usize) -> PyResult<(Value, Value)> {
    if let Some(t) = Obj::<TupleObj>::from_value(pair) {
        if let [k, v] = t.get().items() {
            return Ok((*k, *v));
        }
        return Err(pair_length_error(vm, n, t.len()));
    }
    let items = new_list_with_capacity(vm, 2)?;
    if let Err(e) = ops::extend_list_from_iterable(vm, items, pair) {
        let not_iterable = vm.exception_matches(e, &exception::TYPE_ERROR)
            && vm.type_of(pair).slots.iter.is_none()
            && !vm.type_of(pair).is_heap();
        if not_iterable {
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!(
                    "cannot convert dictionary update sequence element #{} to a sequence",
                    n
                ),
            ));
        }
        return Err(e);
    }
    match (items.len(), items.get().get(0), items.get().get(1)) {
        (2, Some(k), Some(v)) => Ok((k, v)),
        (len, _, _) => Err(pair_length_error(vm, n, len)),
    }
}

fn pair_length_error(vm: &mut Vm, n: usize, len: usize) -> PyErr {
    vm.new_exception_fmt(
        &exception::VALUE_ERROR,
        format_args!(
            "dictionary update sequence element #{} has length {}; 2 is required",
            n, len
        ),
    )
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
    expect_count(vm, "dict", args.len(), 0, 1)?;
    let d = new_dict_obj(vm, 0)?;
    if let Some(src) = args.first() {
        update_from(vm, d, *src)?;
    }
    insert_keywords(vm, d, kw)?;
    Ok(d.as_value())
}

fn dict_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let d = dict_of(vm, v)?;
    if d.get().table.is_empty() {
        return out.push_str(vm, "{}");
    }
    if !super::seq::repr_enter(vm, v)? {
        return out.push_str(vm, "{...}");
    }
    let r = write_entries(vm, d, out);
    super::seq::repr_leave(vm, v);
    r
}

fn write_entries(vm: &mut Vm, d: Obj<DictObj>, out: &mut StrBuilder) -> PyResult<()> {
    out.push_str(vm, "{")?;
    let mut first = true;
    let t = &d.get().table;
    let mut i = 0;
    while i < t.positions() {
        if let Some((k, val)) = t.entry_at(i) {
            if !first {
                out.push_str(vm, ", ")?;
            }
            first = false;
            ops::repr_into(vm, k, out)?;
            out.push_str(vm, ": ")?;
            ops::repr_into(vm, val, out)?;
        }
        i += 1;
    }
    out.push_str(vm, "}")
}

fn dicts_equal(vm: &mut Vm, x: Obj<DictObj>, y: Obj<DictObj>) -> PyResult<bool> {
    if x.get().table.len() != y.get().table.len() {
        return Ok(false);
    }
    let t = &x.get().table;
    let mut i = 0;
    while i < t.positions() {
        if let Some((k, v)) = t.entry_at(i) {
            match y.get().table.get(vm, k)? {
                Some(w) if v == w || ops::values_equal(vm, v, w)? => {}
                _ => return Ok(false),
            }
        }
        i += 1;
    }
    Ok(true)
}

fn dict_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_dict(a), as_dict(b)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let eq = super::seq::nested(vm, |vm| dicts_equal(vm, x, y))?;
    Ok(Value::from_bool(eq == (op == CompareOp::Eq)))
}

fn dict_len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    Ok(dict_of(vm, v)?.get().table.len())
}

/// `KeyError(key)`.
pub fn key_error(vm: &mut Vm, key: Value) -> PyErr {
    match new_tuple(vm, &[key]).and_then(|t| exception::new_with_args(vm, &exception::KEY_ERROR, t))
    {
        Ok(e) => PyErr(e),
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
            merge_dict(vm, out, x)?;
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

fn self_dict(vm: &mut Vm, args: &[Value]) -> PyResult<Obj<DictObj>> {
    dict_of(vm, args.first().copied().unwrap_or(Value::NONE))
}

fn dict_get(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_arity(vm, "dict.get", "get", args, kw, 1, 2)?;
    let d = self_dict(vm, args)?;
    let key = args.get(1).copied().unwrap_or(Value::NONE);
    Ok(d.get()
        .table
        .get(vm, key)?
        .unwrap_or(args.get(2).copied().unwrap_or(Value::NONE)))
}
builtin_fn!(DICT_GET, qstr::get, dict_get);

fn dict_pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_arity(vm, "dict.pop", "pop", args, kw, 1, 2)?;
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

fn dict_popitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    expect_none(vm, "dict.popitem", args, kw)?;
    let d = self_dict(vm, args)?;
    let t = &d.get().table;
    let Some(i) = t.last_position() else {
        return Err(vm.new_exception(&exception::KEY_ERROR, "popitem(): dictionary is empty"));
    };
    let (k, v) = t.entry_at(i).unwrap_or((Value::NONE, Value::NONE));
    let pair = new_tuple(vm, &[k, v])?;
    t.remove_at(i);
    Ok(pair)
}
builtin_fn!(DICT_POPITEM, qstr::popitem, dict_popitem);

fn dict_setdefault(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_arity(vm, "dict.setdefault", "setdefault", args, kw, 1, 2)?;
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
    expect_count(vm, "update", args.len().saturating_sub(1), 0, 1)?;
    let d = self_dict(vm, args)?;
    if let Some(src) = args.get(1) {
        update_from(vm, d, *src)?;
    }
    insert_keywords(vm, d, kw)?;
    Ok(Value::NONE)
}
builtin_fn!(DICT_UPDATE, qstr::update, dict_update);

fn dict_clear(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    expect_none(vm, "dict.clear", args, kw)?;
    self_dict(vm, args)?.get().table.clear();
    Ok(Value::NONE)
}
builtin_fn!(DICT_CLEAR, qstr::clear, dict_clear);

fn dict_copy(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    expect_none(vm, "dict.copy", args, kw)?;
    let d = self_dict(vm, args)?;
    let out = new_dict_obj(vm, d.get().table.len())?;
    merge_dict(vm, out, d)?;
    Ok(out.as_value())
}
builtin_fn!(DICT_COPY, qstr::copy, dict_copy);

fn dict_fromkeys(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_arity(vm, "dict.fromkeys", "fromkeys", args, kw, 1, 2)?;
    let cls = args.first().copied().unwrap_or(Value::NONE);
    let d = call::call(vm, cls, &[], &[])?;
    let dv = args.get(2).copied().unwrap_or(Value::NONE);
    let src = args.get(1).copied().unwrap_or(Value::NONE);
    let exact = core::ptr::eq(vm.type_of(d), &DICT_TYPE);
    let it = ops::get_iter(vm, src)?;
    while let Some(k) = ops::iter_next(vm, it)? {
        match as_dict(d).filter(|_| exact) {
            Some(dd) => {
                dd.get().table.insert(vm, k, dv)?;
            }
            None => ops::subscr_store(vm, d, k, dv)?,
        }
    }
    Ok(d)
}
builtin_fn!(DICT_FROMKEYS, qstr::fromkeys, dict_fromkeys);

fn dict_reversed(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    expect_none(vm, "dict.__reversed__", args, kw)?;
    let d = self_dict(vm, args)?;
    new_dict_reverse_iterator(vm, d.as_value(), DICT_KEYS)
}
builtin_fn!(DICT_REVERSED, qstr::__reversed__, dict_reversed);

fn view(vm: &mut Vm, args: &[Value], kw: &[Value], kind: i64) -> PyResult<Value> {
    let name = match kind {
        DICT_KEYS => "dict.keys",
        DICT_VALUES => "dict.values",
        _ => "dict.items",
    };
    expect_none(vm, name, args, kw)?;
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

fn dict_keys(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view(vm, args, kw, DICT_KEYS)
}
builtin_fn!(DICT_KEYS_FN, qstr::keys, dict_keys);

fn dict_values(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view(vm, args, kw, DICT_VALUES)
}
builtin_fn!(DICT_VALUES_FN, qstr::values, dict_values);

fn dict_items(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view(vm, args, kw, DICT_ITEMS)
}
builtin_fn!(DICT_ITEMS_FN, qstr::items, dict_items);

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
    (qstr::__reversed__, Member::Method(&DICT_REVERSED)),
];

// ---- views ----------------------------------------------------------------------------

/// The dict and kind (`DICT_KEYS`...) of a view, or `None` for other values.
fn view_parts(v: Value) -> Option<(Value, i64)> {
    let it = Obj::<IteratorObj>::from_value(v)?;
    let ty = crate::interp::typeobj::type_of(v);
    let is_view = core::ptr::eq(ty, &DICT_KEYS_TYPE)
        || core::ptr::eq(ty, &DICT_VALUES_TYPE)
        || core::ptr::eq(ty, &DICT_ITEMS_TYPE);
    is_view.then(|| (it.a.get(), it.step.get()))
}

/// A keys or items view (the set-like ones).
fn set_like_view(v: Value) -> Option<(Value, i64)> {
    view_parts(v).filter(|(_, kind)| *kind != DICT_VALUES)
}

fn expect_view(vm: &mut Vm, v: Value) -> PyResult<(Value, i64)> {
    view_parts(v).ok_or_else(|| vm.type_error("expected a dict view"))
}

fn view_len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let (d, _) = expect_view(vm, v)?;
    dict_len(vm, d)
}

fn view_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let (d, kind) = expect_view(vm, v)?;
    new_dict_iterator(vm, d, kind)
}

/// `(k, v) in d.items()`.
fn items_contain(vm: &mut Vm, d: Value, x: Value) -> PyResult<bool> {
    let Some(t) = Obj::<TupleObj>::from_value(x)
        .or_else(|| crate::interp::typeobj::native_base_of(x).and_then(Obj::from_value))
    else {
        return Ok(false);
    };
    let [k, val] = t.get().items() else {
        return Ok(false);
    };
    let (k, val) = (*k, *val);
    match dict_of(vm, d)?.get().table.get(vm, k)? {
        Some(w) => Ok(w == val || ops::values_equal(vm, w, val)?),
        None => Ok(false),
    }
}

fn view_contains(vm: &mut Vm, v: Value, x: Value) -> PyResult<bool> {
    let (d, kind) = expect_view(vm, v)?;
    match kind {
        DICT_KEYS => dict_contains(vm, d, x),
        DICT_ITEMS => items_contain(vm, d, x),
        _ => {
            let it = new_dict_iterator(vm, d, DICT_VALUES)?;
            while let Some(w) = ops::iter_next(vm, it)? {
                if w == x || ops::values_equal(vm, w, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn view_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let (_, kind) = expect_view(vm, v)?;
    let name = match kind {
        DICT_KEYS => "dict_keys",
        DICT_VALUES => "dict_values",
        _ => "dict_items",
    };
    let items = new_list_with_capacity(vm, 0)?;
    ops::extend_list_from_iterable(vm, items, v)?;
    out.push_fmt(vm, format_args!("{}(", name))?;
    ops::repr_into(vm, items.as_value(), out)?;
    out.push_str(vm, ")")
}

/// `set(x)`, where a keys view stands for its dict (which builds the set faster and in
/// the same order CPython gets).
fn to_set(vm: &mut Vm, x: Value) -> PyResult<Value> {
    let src = match view_parts(x) {
        Some((d, DICT_KEYS)) => d,
        _ => x,
    };
    super::set_methods::new_set_from_iterable(vm, src, false)
}

fn call_set_method(vm: &mut Vm, set: Value, name: Qstr, arg: Value) -> PyResult<()> {
    crate::interp::attr::call_method(vm, set, name, &[arg]).map(|_| ())
}

/// `&` with a keys or items view on either side.
fn view_intersection(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let (mut this, mut other) = if set_like_view(a).is_some() {
        (a, b)
    } else {
        (b, a)
    };
    let len_this = ops::len(vm, this)?;
    let other_is_exact_set = core::ptr::eq(vm.type_of(other), &super::set_methods::SET_TYPE);
    if other_is_exact_set && len_this <= ops::len(vm, other)? {
        return crate::interp::attr::call_method(vm, other, qstr::intersection, &[this]);
    }
    if set_like_view(other).is_some() && ops::len(vm, other)? > len_this {
        core::mem::swap(&mut this, &mut other);
    }
    let Some((d, kind)) = set_like_view(this) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let result = super::set_methods::new_set_from(vm, &[], false)?;
    let it = ops::get_iter(vm, other)?;
    while let Some(x) = ops::iter_next(vm, it)? {
        let present = if kind == DICT_KEYS {
            dict_contains(vm, d, x)?
        } else {
            items_contain(vm, d, x)?
        };
        if present {
            super::set_methods::set_add(vm, result, x)?;
        }
    }
    Ok(result)
}

/// Set operators on keys/items views; for reflected operators the view is on the right
/// and the left operand leads, as in CPython.
fn view_binary(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    let (left, right, normal) = if op >= ops::REVERSE_BASE {
        (b, a, op - ops::REVERSE_BASE + binary::OR)
    } else if (binary::INPLACE_OR..=binary::INPLACE_POWER).contains(&op) {
        (a, b, op + binary::INPLACE_TO_NORMAL)
    } else {
        (a, b, op)
    };
    match normal {
        binary::AND => view_intersection(vm, left, right),
        binary::OR => {
            let s = to_set(vm, left)?;
            call_set_method(vm, s, qstr::update, right)?;
            Ok(s)
        }
        binary::SUBTRACT => {
            let s = to_set(vm, left)?;
            call_set_method(vm, s, qstr::difference_update, right)?;
            Ok(s)
        }
        binary::XOR => {
            let s = to_set(vm, left)?;
            call_set_method(vm, s, qstr::symmetric_difference_update, right)?;
            Ok(s)
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// Every item of `a` is in `b`.
fn all_contained_in(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let it = ops::get_iter(vm, a)?;
    while let Some(x) = ops::iter_next(vm, it)? {
        if !ops::contains(vm, b, x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    if set_like_view(b).is_none() && super::set_methods::set_table(b).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (la, lb) = (ops::len(vm, a)?, ops::len(vm, b)?);
    let r = match op {
        CompareOp::Eq | CompareOp::Ne => {
            let eq = la == lb && all_contained_in(vm, a, b)?;
            eq == (op == CompareOp::Eq)
        }
        CompareOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CompareOp::Le => la <= lb && all_contained_in(vm, a, b)?,
        CompareOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CompareOp::Ge => la >= lb && all_contained_in(vm, b, a)?,
    };
    Ok(Value::from_bool(r))
}

fn view_isdisjoint(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = expect_one(vm, "isdisjoint", args, kw)?;
    let this = args.first().copied().unwrap_or(Value::NONE);
    if this == other {
        return Ok(Value::from_bool(ops::len(vm, this)? == 0));
    }
    let (mut probe, mut walk) = (this, other);
    let other_is_set =
        set_like_view(other).is_some() || super::set_methods::set_table(other).is_some();
    if other_is_set && ops::len(vm, this)? > ops::len(vm, other)? {
        core::mem::swap(&mut probe, &mut walk);
    }
    let it = ops::get_iter(vm, walk)?;
    while let Some(x) = ops::iter_next(vm, it)? {
        if ops::contains(vm, probe, x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}
builtin_fn!(VIEW_ISDISJOINT, qstr::isdisjoint, view_isdisjoint);

fn view_reversed(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    expect_none(vm, "__reversed__", args, kw)?;
    let (d, kind) = expect_view(vm, args.first().copied().unwrap_or(Value::NONE))?;
    new_dict_reverse_iterator(vm, d, kind)
}
builtin_fn!(VIEW_REVERSED, qstr::__reversed__, view_reversed);

fn trace_view(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on a view (iterator layout).
    let it = unsafe { &*(obj as *const IteratorObj) };
    heap.mark_value(it.a.get());
}

pub static SET_LIKE_VIEW_SLOTS: TypeSlots = TypeSlots {
    repr: Some(view_repr),
    len: Some(view_len),
    iter: Some(view_iter),
    contains: Some(view_contains),
    binary_op: Some(view_binary),
    compare: Some(view_compare),
    ..TypeSlots::EMPTY
};

pub static VALUES_VIEW_SLOTS: TypeSlots = TypeSlots {
    repr: Some(view_repr),
    len: Some(view_len),
    iter: Some(view_iter),
    contains: Some(view_contains),
    ..TypeSlots::EMPTY
};

pub static SET_LIKE_VIEW_MEMBERS: &[(Qstr, Member)] = &[
    (qstr::isdisjoint, Member::Method(&VIEW_ISDISJOINT)),
    (qstr::__reversed__, Member::Method(&VIEW_REVERSED)),
];

pub static VALUES_VIEW_MEMBERS: &[(Qstr, Member)] =
    &[(qstr::__reversed__, Member::Method(&VIEW_REVERSED))];

pub static DICT_KEYS_TYPE: TypeObject = TypeObject::builtin(
    qstr::dict_keys,
    Layout::Iterator,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &SET_LIKE_VIEW_SLOTS,
    SET_LIKE_VIEW_MEMBERS,
    trace_view,
    0,
);
pub static DICT_VALUES_TYPE: TypeObject = TypeObject::builtin(
    qstr::dict_values,
    Layout::Iterator,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &VALUES_VIEW_SLOTS,
    VALUES_VIEW_MEMBERS,
    trace_view,
    0,
);
pub static DICT_ITEMS_TYPE: TypeObject = TypeObject::builtin(
    qstr::dict_items,
    Layout::Iterator,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &SET_LIKE_VIEW_SLOTS,
    SET_LIKE_VIEW_MEMBERS,
    trace_view,
    0,
);
