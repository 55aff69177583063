//! Behaviour of `set` and `frozenset`: construction, repr, comparison, the algebra
//! operators and methods. Storage and the CPython-ordered table are in `objects/set.rs`;
//! the operations here build their results in the same order CPython does (which table
//! is walked, which result is copied first), so printed sets match.

use super::seq::{expect_count, reject_keywords};
use crate::builtin_fn;
use crate::bytecode::opcodes::binary;
use crate::interp::{ops, PyErr, PyResult, Vm};
use crate::objects::exception;
use crate::objects::set::{key_hash, new_set_obj, trace_set, SetObj, SetTable};
use crate::objects::str::StrBuilder;
use crate::objects::type_object::{type_flags, CompareOp, Member, TypeObject, TypeSlots};
use crate::objects::{Layout, Obj};
use crate::qstr::{self, Qstr};
use crate::value::Value;

/// The set behind `v` (a set, frozenset, or an instance of a subclass of them).
pub fn as_set(v: Value) -> Option<Obj<SetObj>> {
    Obj::from_value(v)
        .or_else(|| crate::interp::typeobj::native_base_of(v).and_then(Obj::from_value))
}

/// The table of a set or frozenset value.
pub fn set_table(v: Value) -> Option<&'static SetTable> {
    as_set(v).map(|s| &s.get().table)
}

fn is_frozen(vm: &Vm, v: Value) -> bool {
    let v = crate::interp::typeobj::native_base_of(v).unwrap_or(v);
    crate::interp::typeobj::is_subtype(vm.type_of(v), &FROZENSET_TYPE)
}

fn new_empty(vm: &mut Vm, frozen: bool) -> PyResult<Obj<SetObj>> {
    new_set_obj(vm, if frozen { &FROZENSET_TYPE } else { &SET_TYPE })
}

/// An empty set of the same base type (set or frozenset) as `like`.
fn new_like(vm: &mut Vm, like: Value) -> PyResult<Obj<SetObj>> {
    let frozen = is_frozen(vm, like);
    new_empty(vm, frozen)
}

/// Values the compiler would have folded into a constant (CPython builds a display of
/// three or more constants from a frozenset constant, which can order the table
/// differently from adding the items one by one).
fn is_constant_like(vm: &Vm, v: Value) -> bool {
    if v.is_small_int() || v.is_float() || v.is_qstr() || v.is_special() {
        return true;
    }
    let ty = vm.type_of(v);
    if core::ptr::eq(ty, &crate::objects::tuple::TUPLE_TYPE) {
        return Obj::<crate::objects::tuple::TupleObj>::from_value(v)
            .is_some_and(|t| t.get().items().iter().all(|x| is_constant_like(vm, *x)));
    }
    core::ptr::eq(ty, &crate::objects::str::STR_TYPE)
        || core::ptr::eq(ty, &crate::objects::int::INT_TYPE)
        || core::ptr::eq(ty, &crate::objects::bytes::BYTES_TYPE)
        || core::ptr::eq(ty, &crate::objects::float::FLOAT_TYPE)
        || core::ptr::eq(ty, &super::complex_methods::COMPLEX_TYPE)
}

/// A new set (or frozenset) of `items`; for a set display (`{a, b, c}`) `frozen` is false.
pub fn new_set_from(vm: &mut Vm, items: &[Value], frozen: bool) -> PyResult<Value> {
    let s = new_empty(vm, frozen)?;
    if !frozen && items.len() > 2 && items.iter().all(|v| is_constant_like(vm, *v)) {
        // The compiler's frozenset, rebuilt once more when constants are merged.
        let folded = new_empty(vm, true)?;
        for v in items {
            add_key(vm, &folded.get().table, *v)?;
        }
        let constant = new_empty(vm, true)?;
        let ft = &folded.get().table;
        for i in 0..ft.slots() {
            if let Some((k, h)) = ft.entry_at(i) {
                constant.get().table.add(vm, k, h)?;
            }
        }
        s.get().table.merge(vm, &constant.get().table)?;
        return Ok(s.as_value());
    }
    for v in items {
        add_key(vm, &s.get().table, *v)?;
    }
    Ok(s.as_value())
}

/// A new set (or frozenset) of the items of any iterable.
pub fn new_set_from_iterable(vm: &mut Vm, iterable: Value, frozen: bool) -> PyResult<Value> {
    let s = new_empty(vm, frozen)?;
    update_internal(vm, &s.get().table, iterable)?;
    Ok(s.as_value())
}

/// `set.add` for `STORE_COMP`.
pub fn set_add(vm: &mut Vm, set: Value, item: Value) -> PyResult<()> {
    let s = as_set(set).ok_or_else(|| vm.type_error("expected a set"))?;
    add_key(vm, &s.get().table, item)
}

fn add_key(vm: &mut Vm, t: &SetTable, key: Value) -> PyResult<()> {
    let h = key_hash(vm, key)?;
    t.add(vm, key, h).map(|_| ())
}

/// Add every item of `iterable` (the common part of `set(x)`, `update` and `|=`).
fn update_internal(vm: &mut Vm, t: &SetTable, iterable: Value) -> PyResult<()> {
    if let Some(other) = set_table(iterable) {
        return t.merge(vm, other);
    }
    if let Some(d) = crate::objects::dict::as_dict(iterable) {
        if core::ptr::eq(vm.type_of(iterable), &crate::objects::dict::DICT_TYPE) {
            let dt = &d.get().table;
            t.presize(vm, dt.len())?;
            for i in 0..dt.positions() {
                if let Some((k, _)) = dt.entry_at(i) {
                    add_key(vm, t, k)?;
                }
            }
            return Ok(());
        }
    }
    let it = ops::get_iter(vm, iterable)?;
    while let Some(x) = ops::iter_next(vm, it)? {
        add_key(vm, t, x)?;
    }
    Ok(())
}

/// A copy of a set with the same base type.
fn copy_of(vm: &mut Vm, so: Value) -> PyResult<Obj<SetObj>> {
    let out = new_like(vm, so)?;
    if let Some(t) = set_table(so) {
        out.get().table.merge(vm, t)?;
    }
    Ok(out)
}

/// Hash `key` for a lookup; an unhashable set is looked up as the equal frozenset.
fn lookup_key(vm: &mut Vm, key: Value) -> PyResult<(Value, u64)> {
    match key_hash(vm, key) {
        Ok(h) => Ok((key, h)),
        Err(e) if vm.exception_matches(e, &exception::TYPE_ERROR) && as_set(key).is_some() => {
            let f = new_set_from_iterable(vm, key, true)?;
            let h = key_hash(vm, f)?;
            Ok((f, h))
        }
        Err(e) => Err(e),
    }
}

fn contains_key(vm: &mut Vm, t: &SetTable, key: Value) -> PyResult<bool> {
    let (k, h) = lookup_key(vm, key)?;
    t.contains(vm, k, h)
}

/// `so & other` (or `so.intersection(other)`): walks the smaller set.
fn intersection(vm: &mut Vm, so: Value, other: Value) -> PyResult<Obj<SetObj>> {
    let out = new_like(vm, so)?;
    let rt = &out.get().table;
    let st = set_table(so).ok_or_else(|| vm.type_error("expected a set"))?;
    if let Some(ot) = set_table(other) {
        let (big, small) = if ot.len() > st.len() {
            (ot, st)
        } else {
            (st, ot)
        };
        for i in 0..small.slots() {
            if let Some((k, h)) = small.entry_at(i) {
                if big.contains(vm, k, h)? {
                    rt.add(vm, k, h)?;
                }
            }
        }
        return Ok(out);
    }
    let it = ops::get_iter(vm, other)?;
    while let Some(k) = ops::iter_next(vm, it)? {
        let h = key_hash(vm, k)?;
        if st.contains(vm, k, h)? {
            rt.add(vm, k, h)?;
        }
    }
    Ok(out)
}

/// Remove every item of `other` from `t`.
fn difference_update_internal(vm: &mut Vm, t: &SetTable, other: Value) -> PyResult<()> {
    if let Some(ot) = set_table(other) {
        if core::ptr::eq(t, ot) {
            t.clear();
            return Ok(());
        }
        for i in 0..ot.slots() {
            if let Some((k, h)) = ot.entry_at(i) {
                t.discard(vm, k, h)?;
            }
        }
    } else {
        let it = ops::get_iter(vm, other)?;
        while let Some(k) = ops::iter_next(vm, it)? {
            let (k, h) = lookup_key(vm, k)?;
            t.discard(vm, k, h)?;
        }
    }
    t.compact_if_sparse(vm)
}

/// `so - other` (or `so.difference(other)`).
fn difference(vm: &mut Vm, so: Value, other: Value) -> PyResult<Obj<SetObj>> {
    let st = set_table(so).ok_or_else(|| vm.type_error("expected a set"))?;
    let other_dict = crate::objects::dict::as_dict(other)
        .filter(|_| core::ptr::eq(vm.type_of(other), &crate::objects::dict::DICT_TYPE));
    let other_len = match (set_table(other), other_dict) {
        (Some(ot), _) => ot.len(),
        (None, Some(d)) => d.get().table.len(),
        (None, None) => usize::MAX,
    };
    if other_len == usize::MAX || (st.len() >> 2) > other_len {
        let out = copy_of(vm, so)?;
        difference_update_internal(vm, &out.get().table, other)?;
        return Ok(out);
    }
    let out = new_like(vm, so)?;
    let rt = &out.get().table;
    for i in 0..st.slots() {
        if let Some((k, h)) = st.entry_at(i) {
            let present = match set_table(other) {
                Some(ot) => ot.contains(vm, k, h)?,
                None => crate::objects::dict::dict_get(vm, other, k)?.is_some(),
            };
            if !present {
                rt.add(vm, k, h)?;
            }
        }
    }
    Ok(out)
}

/// Toggle each item of `other` in `t`.
fn symmetric_difference_update(vm: &mut Vm, t: &SetTable, other: Value) -> PyResult<()> {
    if set_table(other).is_some_and(|ot| core::ptr::eq(ot, t)) {
        t.clear();
        return Ok(());
    }
    let walk = if set_table(other).is_some() {
        other
    } else {
        new_set_from_iterable(vm, other, false)?
    };
    let wt = set_table(walk).ok_or_else(|| vm.type_error("expected a set"))?;
    for i in 0..wt.slots() {
        if let Some((k, h)) = wt.entry_at(i) {
            if !t.discard(vm, k, h)? {
                t.add(vm, k, h)?;
            }
        }
    }
    Ok(())
}

/// `so ^ other`: a copy of `other` toggled by `so`'s items.
fn symmetric_difference(vm: &mut Vm, so: Value, other: Value) -> PyResult<Obj<SetObj>> {
    let out = new_like(vm, so)?;
    update_internal(vm, &out.get().table, other)?;
    symmetric_difference_update(vm, &out.get().table, so)?;
    Ok(out)
}

/// `so | other`.
fn union(vm: &mut Vm, so: Value, other: Value) -> PyResult<Obj<SetObj>> {
    let out = copy_of(vm, so)?;
    if so != other {
        update_internal(vm, &out.get().table, other)?;
    }
    Ok(out)
}

/// `left op right` where `left` and `right` are sets (for the set operators).
pub fn set_binary_value(vm: &mut Vm, op: u8, left: Value, right: Value) -> PyResult<Value> {
    if as_set(left).is_none() || as_set(right).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let out = match op {
        binary::OR => union(vm, left, right)?,
        binary::AND => intersection(vm, left, right)?,
        binary::SUBTRACT => difference(vm, left, right)?,
        binary::XOR => symmetric_difference(vm, left, right)?,
        _ => return Ok(Value::NOT_IMPLEMENTED),
    };
    Ok(out.as_value())
}

fn set_binary(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    if op >= ops::REVERSE_BASE {
        return set_binary_value(vm, op - ops::REVERSE_BASE + binary::OR, b, a);
    }
    if (binary::INPLACE_OR..=binary::INPLACE_POWER).contains(&op) {
        let (Some(s), Some(_)) = (as_set(a), as_set(b)) else {
            return Ok(Value::NOT_IMPLEMENTED);
        };
        if is_frozen(vm, a) {
            return set_binary_value(vm, op + binary::INPLACE_TO_NORMAL, a, b);
        }
        let t = &s.get().table;
        match op {
            binary::INPLACE_OR => update_internal(vm, t, b)?,
            binary::INPLACE_AND => {
                let r = intersection(vm, a, b)?;
                t.take_from(&r.get().table);
            }
            binary::INPLACE_SUBTRACT => difference_update_internal(vm, t, b)?,
            binary::INPLACE_XOR => symmetric_difference_update(vm, t, b)?,
            _ => return Ok(Value::NOT_IMPLEMENTED),
        }
        return Ok(a);
    }
    set_binary_value(vm, op, a, b)
}

/// Every item of `a` is in `b`.
fn is_subset(vm: &mut Vm, a: &SetTable, b: &SetTable) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for i in 0..a.slots() {
        if let Some((k, h)) = a.entry_at(i) {
            if !b.contains(vm, k, h)? {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

fn set_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (set_table(a), set_table(b)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let r = match op {
        CompareOp::Eq | CompareOp::Ne => {
            let eq = x.len() == y.len() && is_subset(vm, x, y)?;
            eq == (op == CompareOp::Eq)
        }
        CompareOp::Le => is_subset(vm, x, y)?,
        CompareOp::Lt => x.len() < y.len() && is_subset(vm, x, y)?,
        CompareOp::Ge => is_subset(vm, y, x)?,
        CompareOp::Gt => x.len() > y.len() && is_subset(vm, y, x)?,
    };
    Ok(Value::from_bool(r))
}

fn set_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let Some(s) = as_set(v) else { return Ok(()) };
    let t = &s.get().table;
    let ty = vm.type_of(v);
    let exact_set = core::ptr::eq(ty, &SET_TYPE);
    let name = vm.qstr_str(ty.name.get());
    if t.is_empty() {
        return out.push_fmt(vm, format_args!("{}()", name));
    }
    if !exact_set {
        out.push_fmt(vm, format_args!("{}(", name))?;
    }
    if !super::seq::repr_enter(vm, v)? {
        out.push_str(vm, "...")?;
    } else {
        let r = write_keys(vm, t, out);
        super::seq::repr_leave(vm, v);
        r?;
    }
    if !exact_set {
        out.push_str(vm, ")")?;
    }
    Ok(())
}

fn write_keys(vm: &mut Vm, t: &SetTable, out: &mut StrBuilder) -> PyResult<()> {
    out.push_str(vm, "{")?;
    let mut first = true;
    for i in 0..t.slots() {
        if let Some((k, _)) = t.entry_at(i) {
            if !first {
                out.push_str(vm, ", ")?;
            }
            first = false;
            ops::repr_into(vm, k, out)?;
        }
    }
    out.push_str(vm, "}")
}

fn set_len(_vm: &mut Vm, v: Value) -> PyResult<usize> {
    Ok(set_table(v).map(|t| t.len()).unwrap_or(0))
}

fn set_contains(vm: &mut Vm, v: Value, x: Value) -> PyResult<bool> {
    match set_table(v) {
        Some(t) => contains_key(vm, t, x),
        None => Ok(false),
    }
}

fn set_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    super::iterators::new_set_iterator(vm, v)
}

/// The frozenset hash: order-independent, from the items' hashes (CPython's mixing).
fn frozenset_hash(_vm: &mut Vm, v: Value) -> PyResult<i64> {
    let Some(t) = set_table(v) else { return Ok(0) };
    if let Some(h) = t.cached_hash() {
        return Ok(h);
    }
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut h: u64 = 0;
    for i in 0..t.slots() {
        if let Some((_, kh)) = t.entry_at(i) {
            h ^= shuffle(kh);
        }
    }
    h ^= (t.len() as u64).wrapping_add(1).wrapping_mul(1_927_868_237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
    let mut r = h as i64;
    if r == -1 {
        r = 590_923_713;
    }
    t.set_cached_hash(r);
    Ok(r)
}

fn set_make_new(
    vm: &mut Vm,
    ty: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    let frozen = core::ptr::eq(ty, &FROZENSET_TYPE);
    let name = if frozen { "frozenset" } else { "set" };
    reject_keywords(vm, name, kw)?;
    expect_count(vm, name, args.len(), 0, 1)?;
    match args.first() {
        Some(v) if frozen && core::ptr::eq(vm.type_of(*v), &FROZENSET_TYPE) => Ok(*v),
        Some(v) => new_set_from_iterable(vm, *v, frozen),
        None => new_set_from(vm, &[], frozen),
    }
}

fn self_set(vm: &mut Vm, args: &[Value]) -> PyResult<Obj<SetObj>> {
    args.first()
        .and_then(|v| as_set(*v))
        .ok_or_else(|| vm.type_error("descriptor requires a 'set' object"))
}

/// `set` or `frozenset`, for messages about method `self`.
fn type_prefix(vm: &Vm, args: &[Value]) -> &'static str {
    if is_frozen(vm, self_value(args)) {
        "frozenset"
    } else {
        "set"
    }
}

fn no_keywords_error(vm: &mut Vm, args: &[Value], name: &str) -> PyErr {
    let p = type_prefix(vm, args);
    vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("{}.{}() takes no keyword arguments", p, name),
    )
}

/// Reject keywords (for the methods taking any number of arguments).
fn no_keywords(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(no_keywords_error(vm, args, name))
    }
}

/// The one argument of method `name`.
fn one_arg(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, name, args, kw)?;
    if let [_, x] = args {
        return Ok(*x);
    }
    let p = type_prefix(vm, args);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!(
            "{}.{}() takes exactly one argument ({} given)",
            p,
            name,
            args.len().saturating_sub(1)
        ),
    ))
}

/// Method `name` takes no arguments.
fn no_args(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    no_keywords(vm, name, args, kw)?;
    if args.len() <= 1 {
        return Ok(());
    }
    let p = type_prefix(vm, args);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!(
            "{}.{}() takes no arguments ({} given)",
            p,
            name,
            args.len() - 1
        ),
    ))
}

fn self_value(args: &[Value]) -> Value {
    args.first().copied().unwrap_or(Value::NONE)
}

fn key_error(vm: &mut Vm, key: Value) -> PyErr {
    match crate::objects::tuple::new_tuple(vm, &[key])
        .and_then(|t| exception::new_with_args(vm, &exception::KEY_ERROR, t))
    {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

fn m_add(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let k = one_arg(vm, "add", args, kw)?;
    let s = self_set(vm, args)?;
    add_key(vm, &s.get().table, k)?;
    Ok(Value::NONE)
}
builtin_fn!(SET_ADD, qstr::add, m_add);

fn m_remove(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let key = one_arg(vm, "remove", args, kw)?;
    let s = self_set(vm, args)?;
    let (k, h) = lookup_key(vm, key)?;
    if !s.get().table.discard(vm, k, h)? {
        return Err(key_error(vm, key));
    }
    Ok(Value::NONE)
}
builtin_fn!(SET_REMOVE, qstr::remove, m_remove);

fn m_discard(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let key = one_arg(vm, "discard", args, kw)?;
    let s = self_set(vm, args)?;
    let (k, h) = lookup_key(vm, key)?;
    s.get().table.discard(vm, k, h)?;
    Ok(Value::NONE)
}
builtin_fn!(SET_DISCARD, qstr::discard, m_discard);

fn m_pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, "pop", args, kw)?;
    let s = self_set(vm, args)?;
    s.get()
        .table
        .pop()
        .ok_or_else(|| vm.new_exception(&exception::KEY_ERROR, "pop from an empty set"))
}
builtin_fn!(SET_POP, qstr::pop, m_pop);

fn m_clear(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, "clear", args, kw)?;
    self_set(vm, args)?.get().table.clear();
    Ok(Value::NONE)
}
builtin_fn!(SET_CLEAR, qstr::clear, m_clear);

fn m_copy(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let this = self_value(args);
    no_args(vm, "copy", args, kw)?;
    if core::ptr::eq(vm.type_of(this), &FROZENSET_TYPE) {
        return Ok(this);
    }
    Ok(copy_of(vm, this)?.as_value())
}
builtin_fn!(SET_COPY, qstr::copy, m_copy);

fn m_union(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "union", args, kw)?;
    let this = self_value(args);
    let out = copy_of(vm, this)?;
    for other in args.get(1..).unwrap_or(&[]) {
        if *other != this {
            update_internal(vm, &out.get().table, *other)?;
        }
    }
    Ok(out.as_value())
}
builtin_fn!(SET_UNION, qstr::union, m_union);

fn intersection_multi(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let this = self_value(args);
    let others = args.get(1..).unwrap_or(&[]);
    if others.is_empty() {
        return Ok(copy_of(vm, this)?.as_value());
    }
    let mut acc = this;
    for other in others {
        acc = intersection(vm, acc, *other)?.as_value();
    }
    Ok(acc)
}

fn m_intersection(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "intersection", args, kw)?;
    intersection_multi(vm, args)
}
builtin_fn!(SET_INTERSECTION, qstr::intersection, m_intersection);

fn m_intersection_update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "intersection_update", args, kw)?;
    let s = self_set(vm, args)?;
    let r = intersection_multi(vm, args)?;
    if let Some(rt) = set_table(r) {
        if !core::ptr::eq(rt, &s.get().table) {
            s.get().table.take_from(rt);
        }
    }
    Ok(Value::NONE)
}
builtin_fn!(
    SET_INTERSECTION_UPDATE,
    qstr::intersection_update,
    m_intersection_update
);

fn m_difference(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "difference", args, kw)?;
    let this = self_value(args);
    let others = args.get(1..).unwrap_or(&[]);
    let Some((first, rest)) = others.split_first() else {
        return Ok(copy_of(vm, this)?.as_value());
    };
    let out = difference(vm, this, *first)?;
    for other in rest {
        difference_update_internal(vm, &out.get().table, *other)?;
    }
    Ok(out.as_value())
}
builtin_fn!(SET_DIFFERENCE, qstr::difference, m_difference);

fn m_difference_update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "difference_update", args, kw)?;
    let s = self_set(vm, args)?;
    for other in args.get(1..).unwrap_or(&[]) {
        difference_update_internal(vm, &s.get().table, *other)?;
    }
    Ok(Value::NONE)
}
builtin_fn!(
    SET_DIFFERENCE_UPDATE,
    qstr::difference_update,
    m_difference_update
);

fn m_symdiff(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one_arg(vm, "symmetric_difference", args, kw)?;
    let this = self_value(args);
    self_set(vm, args)?;
    Ok(symmetric_difference(vm, this, other)?.as_value())
}
builtin_fn!(SET_SYMDIFF, qstr::symmetric_difference, m_symdiff);

fn m_symdiff_update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one_arg(vm, "symmetric_difference_update", args, kw)?;
    let s = self_set(vm, args)?;
    symmetric_difference_update(vm, &s.get().table, other)?;
    Ok(Value::NONE)
}
builtin_fn!(
    SET_SYMDIFF_UPDATE,
    qstr::symmetric_difference_update,
    m_symdiff_update
);

fn m_update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "update", args, kw)?;
    let s = self_set(vm, args)?;
    for other in args.get(1..).unwrap_or(&[]) {
        update_internal(vm, &s.get().table, *other)?;
    }
    Ok(Value::NONE)
}
builtin_fn!(SET_UPDATE, qstr::update, m_update);

fn m_issubset(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one_arg(vm, "issubset", args, kw)?;
    let s = self_set(vm, args)?;
    let other = if as_set(other).is_some() {
        other
    } else {
        new_set_from_iterable(vm, other, false)?
    };
    let ot = set_table(other).ok_or_else(|| vm.type_error("expected a set"))?;
    Ok(Value::from_bool(is_subset(vm, &s.get().table, ot)?))
}
builtin_fn!(SET_ISSUBSET, qstr::issubset, m_issubset);

fn m_issuperset(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one_arg(vm, "issuperset", args, kw)?;
    let s = self_set(vm, args)?;
    if let Some(ot) = set_table(other) {
        return Ok(Value::from_bool(is_subset(vm, ot, &s.get().table)?));
    }
    let it = ops::get_iter(vm, other)?;
    while let Some(k) = ops::iter_next(vm, it)? {
        if !contains_key(vm, &s.get().table, k)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}
builtin_fn!(SET_ISSUPERSET, qstr::issuperset, m_issuperset);

fn m_isdisjoint(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one_arg(vm, "isdisjoint", args, kw)?;
    let s = self_set(vm, args)?;
    let st = &s.get().table;
    if let Some(ot) = set_table(other) {
        let (big, small) = if ot.len() > st.len() {
            (ot, st)
        } else {
            (st, ot)
        };
        for i in 0..small.slots() {
            if let Some((k, h)) = small.entry_at(i) {
                if big.contains(vm, k, h)? {
                    return Ok(Value::FALSE);
                }
            }
        }
        return Ok(Value::TRUE);
    }
    let it = ops::get_iter(vm, other)?;
    while let Some(k) = ops::iter_next(vm, it)? {
        let h = key_hash(vm, k)?;
        if st.contains(vm, k, h)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}
builtin_fn!(SET_ISDISJOINT, qstr::isdisjoint, m_isdisjoint);

pub static SET_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(set_make_new),
    repr: Some(set_repr),
    compare: Some(set_compare),
    binary_op: Some(set_binary),
    len: Some(set_len),
    contains: Some(set_contains),
    iter: Some(set_iter),
    ..TypeSlots::EMPTY
};

pub static FROZENSET_SLOTS: TypeSlots = TypeSlots {
    hash: Some(frozenset_hash),
    ..SET_SLOTS
};

pub static SET_MEMBERS: &[(Qstr, Member)] = &[
    (qstr::add, Member::Method(&SET_ADD)),
    (qstr::remove, Member::Method(&SET_REMOVE)),
    (qstr::discard, Member::Method(&SET_DISCARD)),
    (qstr::pop, Member::Method(&SET_POP)),
    (qstr::clear, Member::Method(&SET_CLEAR)),
    (qstr::copy, Member::Method(&SET_COPY)),
    (qstr::union, Member::Method(&SET_UNION)),
    (qstr::intersection, Member::Method(&SET_INTERSECTION)),
    (qstr::difference, Member::Method(&SET_DIFFERENCE)),
    (qstr::symmetric_difference, Member::Method(&SET_SYMDIFF)),
    (qstr::update, Member::Method(&SET_UPDATE)),
    (
        qstr::intersection_update,
        Member::Method(&SET_INTERSECTION_UPDATE),
    ),
    (
        qstr::difference_update,
        Member::Method(&SET_DIFFERENCE_UPDATE),
    ),
    (
        qstr::symmetric_difference_update,
        Member::Method(&SET_SYMDIFF_UPDATE),
    ),
    (qstr::issubset, Member::Method(&SET_ISSUBSET)),
    (qstr::issuperset, Member::Method(&SET_ISSUPERSET)),
    (qstr::isdisjoint, Member::Method(&SET_ISDISJOINT)),
];

pub static FROZENSET_MEMBERS: &[(Qstr, Member)] = &[
    (qstr::copy, Member::Method(&SET_COPY)),
    (qstr::union, Member::Method(&SET_UNION)),
    (qstr::intersection, Member::Method(&SET_INTERSECTION)),
    (qstr::difference, Member::Method(&SET_DIFFERENCE)),
    (qstr::symmetric_difference, Member::Method(&SET_SYMDIFF)),
    (qstr::issubset, Member::Method(&SET_ISSUBSET)),
    (qstr::issuperset, Member::Method(&SET_ISSUPERSET)),
    (qstr::isdisjoint, Member::Method(&SET_ISDISJOINT)),
];

pub static SET_TYPE: TypeObject = TypeObject::builtin(
    qstr::set,
    Layout::Set,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &SET_SLOTS,
    SET_MEMBERS,
    trace_set,
    type_flags::BASETYPE,
);

pub static FROZENSET_TYPE: TypeObject = TypeObject::builtin(
    qstr::frozenset,
    Layout::Set,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &FROZENSET_SLOTS,
    FROZENSET_MEMBERS,
    trace_set,
    type_flags::BASETYPE,
);
