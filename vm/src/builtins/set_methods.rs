//! `set` and `frozenset`: a hash table of keys (the dict table with values unused), set
//! algebra operators and methods.

use super::args::{check_count, no_keywords};
use crate::builtin_fn;
use crate::bytecode::opcodes::binary;
use crate::gc::heap::Heap;
use crate::interp::{ops, PyResult, Vm};
use crate::objects::dict::HashTable;
use crate::objects::exception;
use crate::objects::str::StrBuilder;
use crate::objects::type_object::{type_flags, CompareOp, Member, TypeObject, TypeSlots};
use crate::objects::{HeapObject, Layout, Obj, ObjHeader};
use crate::qstr::{self, Qstr};
use crate::value::Value;

#[repr(C)]
pub struct SetObj {
    pub header: ObjHeader,
    pub table: HashTable,
}

// SAFETY: repr(C), starts with ObjHeader; set-layout objects are made only here.
unsafe impl HeapObject for SetObj {
    const LAYOUT: Layout = Layout::Set;
}

fn trace_set(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on a set.
    let s = unsafe { &*(obj as *const SetObj) };
    s.table.trace(heap);
}

fn as_set(v: Value) -> Option<Obj<SetObj>> {
    Obj::from_value(v)
        .or_else(|| crate::interp::typeobj::native_base_of(v).and_then(Obj::from_value))
}

/// The table of a set or frozenset value.
pub fn set_table(v: Value) -> Option<&'static HashTable> {
    as_set(v).map(|s| &s.get().table)
}

fn is_frozen(vm: &Vm, v: Value) -> bool {
    crate::interp::typeobj::is_subtype(vm.type_of(v), &FROZENSET_TYPE)
}

fn new_empty(vm: &mut Vm, frozen: bool) -> PyResult<Obj<SetObj>> {
    let ty: &'static TypeObject = if frozen { &FROZENSET_TYPE } else { &SET_TYPE };
    vm.alloc(SetObj {
        header: ObjHeader::new(ty),
        table: HashTable::empty(),
    })
}

/// A new set (or frozenset) of `items`.
pub fn new_set_from(vm: &mut Vm, items: &[Value], frozen: bool) -> PyResult<Value> {
    let s = new_empty(vm, frozen)?;
    for v in items {
        s.get().table.insert(vm, *v, Value::NONE)?;
    }
    Ok(s.as_value())
}

/// A new set of the items of any iterable.
pub fn new_set_from_iterable(vm: &mut Vm, iterable: Value, frozen: bool) -> PyResult<Value> {
    let s = new_empty(vm, frozen)?;
    let it = ops::get_iter(vm, iterable)?;
    while let Some(x) = ops::iter_next(vm, it)? {
        s.get().table.insert(vm, x, Value::NONE)?;
    }
    Ok(s.as_value())
}

/// `set.add` for `STORE_COMP`.
pub fn set_add(vm: &mut Vm, set: Value, item: Value) -> PyResult<()> {
    let s = as_set(set).ok_or_else(|| vm.type_error("expected a set"))?;
    s.get().table.insert(vm, item, Value::NONE).map(|_| ())
}

fn keys_of(t: &HashTable) -> impl Iterator<Item = Value> + '_ {
    (0..t.positions()).filter_map(move |i| t.entry_at(i).map(|(k, _)| k))
}

fn contains_key(vm: &mut Vm, t: &HashTable, k: Value) -> PyResult<bool> {
    Ok(t.get(vm, k)?.is_some())
}

/// A set of `other`'s items, converting iterables (for methods that accept any iterable).
fn as_table_or_convert(vm: &mut Vm, other: Value) -> PyResult<Value> {
    if as_set(other).is_some() {
        Ok(other)
    } else {
        new_set_from_iterable(vm, other, false)
    }
}

/// `left op right` where `left` is a set value and `right` any set (for set operators).
pub fn set_binary_value(vm: &mut Vm, op: u8, left: Value, right: Value) -> PyResult<Value> {
    let frozen = is_frozen(vm, left);
    let (Some(a), Some(b)) = (as_set(left), as_set(right)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let out = new_empty(vm, frozen)?;
    let (ta, tb) = (&a.get().table, &b.get().table);
    match op {
        binary::OR => {
            for k in keys_of(ta).chain(keys_of(tb)) {
                out.get().table.insert(vm, k, Value::NONE)?;
            }
        }
        binary::AND => {
            for k in keys_of(ta) {
                if contains_key(vm, tb, k)? {
                    out.get().table.insert(vm, k, Value::NONE)?;
                }
            }
        }
        binary::SUBTRACT => {
            for k in keys_of(ta) {
                if !contains_key(vm, tb, k)? {
                    out.get().table.insert(vm, k, Value::NONE)?;
                }
            }
        }
        binary::XOR => {
            for k in keys_of(ta) {
                if !contains_key(vm, tb, k)? {
                    out.get().table.insert(vm, k, Value::NONE)?;
                }
            }
            for k in keys_of(tb) {
                if !contains_key(vm, ta, k)? {
                    out.get().table.insert(vm, k, Value::NONE)?;
                }
            }
        }
        _ => return Ok(Value::NOT_IMPLEMENTED),
    }
    Ok(out.as_value())
}

fn set_binary(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    if op >= ops::REVERSE_BASE {
        return set_binary_value(vm, op - ops::REVERSE_BASE + binary::OR, b, a);
    }
    if (binary::INPLACE_OR..=binary::INPLACE_POWER).contains(&op) {
        if is_frozen(vm, a) {
            return set_binary_value(vm, op + binary::INPLACE_TO_NORMAL, a, b);
        }
        let r = set_binary_value(vm, op + binary::INPLACE_TO_NORMAL, a, b)?;
        if r == Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
        let (Some(s), Some(rt)) = (as_set(a), set_table(r)) else {
            return Ok(Value::NOT_IMPLEMENTED);
        };
        s.get().table.clear();
        for k in keys_of(rt) {
            s.get().table.insert(vm, k, Value::NONE)?;
        }
        return Ok(a);
    }
    set_binary_value(vm, op, a, b)
}

fn subset(vm: &mut Vm, a: &HashTable, b: &HashTable) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for k in keys_of(a) {
        if !contains_key(vm, b, k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (set_table(a), set_table(b)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let r = match op {
        CompareOp::Eq => x.len() == y.len() && subset(vm, x, y)?,
        CompareOp::Ne => !(x.len() == y.len() && subset(vm, x, y)?),
        CompareOp::Le => subset(vm, x, y)?,
        CompareOp::Lt => x.len() < y.len() && subset(vm, x, y)?,
        CompareOp::Ge => subset(vm, y, x)?,
        CompareOp::Gt => x.len() > y.len() && subset(vm, y, x)?,
    };
    Ok(Value::from_bool(r))
}

fn set_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let Some(t) = set_table(v) else { return Ok(()) };
    let frozen = is_frozen(vm, v);
    if t.is_empty() {
        return out.push_str(vm, if frozen { "frozenset()" } else { "set()" });
    }
    if frozen {
        out.push_str(vm, "frozenset(")?;
    }
    out.push_str(vm, "{")?;
    let mut first = true;
    for k in keys_of(t) {
        if !first {
            out.push_str(vm, ", ")?;
        }
        first = false;
        ops::repr_into(vm, k, out)?;
    }
    out.push_str(vm, "}")?;
    if frozen {
        out.push_str(vm, ")")?;
    }
    Ok(())
}

fn set_len(_vm: &mut Vm, v: Value) -> PyResult<usize> {
    Ok(set_table(v).map(|t| t.len()).unwrap_or(0))
}

fn set_contains(vm: &mut Vm, v: Value, x: Value) -> PyResult<bool> {
    let Some(t) = set_table(v) else {
        return Ok(false);
    };
    match t.get(vm, x) {
        Ok(r) => Ok(r.is_some()),
        Err(e) if vm.exception_matches(e, &exception::TYPE_ERROR) && as_set(x).is_some() => {
            // A set key is looked up as the equal frozenset.
            let f = new_set_from_iterable(vm, x, true)?;
            Ok(t.get(vm, f)?.is_some())
        }
        Err(e) => Err(e),
    }
}

fn set_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    super::iterators::new_dict_iterator(vm, v, super::iterators::DICT_KEYS)
}

fn frozenset_hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let Some(t) = set_table(v) else { return Ok(0) };
    let mut h: u64 = 0;
    for k in keys_of(t) {
        let x = ops::hash(vm, k)? as u64;
        h ^= (x ^ (x << 16) ^ 89_869_747).wrapping_mul(3_644_798_167);
    }
    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
    Ok((h & ((1 << 47) - 1)) as i64)
}

fn set_make_new(
    vm: &mut Vm,
    ty: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    let name = if core::ptr::eq(ty, &FROZENSET_TYPE) {
        "frozenset"
    } else {
        "set"
    };
    no_keywords(vm, name, kw)?;
    check_count(vm, name, args, 0, 1)?;
    let frozen = core::ptr::eq(ty, &FROZENSET_TYPE);
    match args.first() {
        Some(v) => new_set_from_iterable(vm, *v, frozen),
        None => new_set_from(vm, &[], frozen),
    }
}

fn self_set(vm: &mut Vm, args: &[Value]) -> PyResult<Obj<SetObj>> {
    args.first()
        .and_then(|v| as_set(*v))
        .ok_or_else(|| vm.type_error("descriptor requires a 'set' object"))
}

fn m_add(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "add", args, 2, 2)?;
    let s = self_set(vm, args)?;
    s.get()
        .table
        .insert(vm, args.get(1).copied().unwrap_or(Value::NONE), Value::NONE)?;
    Ok(Value::NONE)
}
builtin_fn!(SET_ADD, qstr::add, m_add);

fn m_remove(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "remove", args, 2, 2)?;
    let s = self_set(vm, args)?;
    let k = args.get(1).copied().unwrap_or(Value::NONE);
    if s.get().table.remove(vm, k)?.is_none() {
        let t = crate::objects::tuple::new_tuple(vm, &[k])?;
        return Err(crate::interp::PyErr(exception::new_with_args(
            vm,
            &exception::KEY_ERROR,
            t,
        )?));
    }
    Ok(Value::NONE)
}
builtin_fn!(SET_REMOVE, qstr::remove, m_remove);

fn m_discard(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "discard", args, 2, 2)?;
    let s = self_set(vm, args)?;
    s.get()
        .table
        .remove(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    Ok(Value::NONE)
}
builtin_fn!(SET_DISCARD, qstr::discard, m_discard);

fn m_pop(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = self_set(vm, args)?;
    let t = &s.get().table;
    let first = (0..t.positions()).find(|i| t.entry_at(*i).is_some());
    match first {
        Some(i) => {
            let (k, _) = t.entry_at(i).unwrap_or((Value::NONE, Value::NONE));
            t.remove_at(i);
            Ok(k)
        }
        None => Err(vm.new_exception(&exception::KEY_ERROR, "pop from an empty set")),
    }
}
builtin_fn!(SET_POP, qstr::pop, m_pop);

fn m_clear(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    self_set(vm, args)?.get().table.clear();
    Ok(Value::NONE)
}
builtin_fn!(SET_CLEAR, qstr::clear, m_clear);

fn m_copy(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = args.first().copied().unwrap_or(Value::NONE);
    let frozen = is_frozen(vm, v);
    new_set_from_iterable(vm, v, frozen)
}
builtin_fn!(SET_COPY, qstr::copy, m_copy);

/// Methods taking any number of iterables: fold the operator over them.
fn fold(vm: &mut Vm, args: &[Value], op: u8, in_place: bool) -> PyResult<Value> {
    let this = args.first().copied().unwrap_or(Value::NONE);
    let mut acc = this;
    for other in args.get(1..).unwrap_or(&[]) {
        let o = as_table_or_convert(vm, *other)?;
        acc = set_binary_value(vm, op, acc, o)?;
    }
    if in_place {
        let s = self_set(vm, args)?;
        if acc != this {
            let Some(rt) = set_table(acc) else {
                return Ok(Value::NONE);
            };
            s.get().table.clear();
            for k in keys_of(rt) {
                s.get().table.insert(vm, k, Value::NONE)?;
            }
        }
        return Ok(Value::NONE);
    }
    if acc == this {
        let frozen = is_frozen(vm, this);
        return new_set_from_iterable(vm, this, frozen);
    }
    Ok(acc)
}

macro_rules! fold_method {
    ($static:ident, $fname:ident, $name:expr, $op:expr, $in_place:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            fold(vm, args, $op, $in_place)
        }
        builtin_fn!($static, $name, $fname);
    };
}

fold_method!(SET_UNION, m_union, qstr::union, binary::OR, false);
fold_method!(
    SET_INTERSECTION,
    m_intersection,
    qstr::intersection,
    binary::AND,
    false
);
fold_method!(
    SET_DIFFERENCE,
    m_difference,
    qstr::difference,
    binary::SUBTRACT,
    false
);
fold_method!(
    SET_SYMDIFF,
    m_symdiff,
    qstr::symmetric_difference,
    binary::XOR,
    false
);
fold_method!(SET_UPDATE, m_update, qstr::update, binary::OR, true);
fold_method!(
    SET_INTERSECTION_UPDATE,
    m_intersection_update,
    qstr::intersection_update,
    binary::AND,
    true
);
fold_method!(
    SET_DIFFERENCE_UPDATE,
    m_difference_update,
    qstr::difference_update,
    binary::SUBTRACT,
    true
);
fold_method!(
    SET_SYMDIFF_UPDATE,
    m_symdiff_update,
    qstr::symmetric_difference_update,
    binary::XOR,
    true
);

fn relation(vm: &mut Vm, args: &[Value], op: CompareOp) -> PyResult<Value> {
    check_count(vm, "issubset", args, 2, 2)?;
    let a = args.first().copied().unwrap_or(Value::NONE);
    let b = as_table_or_convert(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    set_compare(vm, a, b, op)
}

fn m_issubset(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    relation(vm, args, CompareOp::Le)
}
builtin_fn!(SET_ISSUBSET, qstr::issubset, m_issubset);

fn m_issuperset(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    relation(vm, args, CompareOp::Ge)
}
builtin_fn!(SET_ISSUPERSET, qstr::issuperset, m_issuperset);

fn m_isdisjoint(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "isdisjoint", args, 2, 2)?;
    let a = args.first().copied().unwrap_or(Value::NONE);
    let b = as_table_or_convert(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    let r = set_binary_value(vm, binary::AND, a, b)?;
    Ok(Value::from_bool(set_table(r).is_some_and(|t| t.is_empty())))
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
