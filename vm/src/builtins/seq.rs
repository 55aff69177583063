//! Behaviour of the sequence types `list`, `tuple`, `range` and of `slice`: repr,
//! comparison, indexing and slicing, iteration, concatenation and the methods.

use super::args::{check_count, keyword, no_keywords, only_keywords};
use crate::builtin_fn;
use crate::bytecode::opcodes::binary;
use crate::interp::{call, ops, PyResult, Vm};
use crate::objects::exception;
use crate::objects::list::{new_list, new_list_with_capacity, ListObj};
use crate::objects::range::{new_range, RangeObj};
use crate::objects::slice::{resolve, SliceObj};
use crate::objects::str::StrBuilder;
use crate::objects::tuple::{alloc_tuple, new_tuple, tuple_set_init, TupleObj, TUPLE_TYPE};
use crate::objects::type_object::{CompareOp, Member, SubscrOp, TypeObject, TypeSlots};
use crate::objects::Obj;
use crate::qstr::{self, Qstr};
use crate::value::Value;
use core::cell::Cell;

/// The items of a list or tuple as plain values (list items are copied out on access).
fn seq_items(v: Value) -> Option<SeqView> {
    if let Some(t) = Obj::<TupleObj>::from_value(v) {
        return Some(SeqView::Tuple(t));
    }
    let l = Obj::<ListObj>::from_value(v)
        .or_else(|| crate::interp::typeobj::native_base_of(v).and_then(Obj::from_value))?;
    Some(SeqView::List(l))
}

#[derive(Clone, Copy)]
enum SeqView {
    Tuple(Obj<TupleObj>),
    List(Obj<ListObj>),
}

impl SeqView {
    fn len(self) -> usize {
        match self {
            SeqView::Tuple(t) => t.len(),
            SeqView::List(l) => l.len(),
        }
    }

    fn get(self, i: usize) -> Option<Value> {
        match self {
            SeqView::Tuple(t) => t.get().get(i),
            SeqView::List(l) => l.get().get(i),
        }
    }
}

/// Normalise an index for a sequence of `len` items (negative counts from the end).
pub fn normalize_index(vm: &mut Vm, index: Value, len: usize, what: &str) -> PyResult<usize> {
    let i = ops::index_value(vm, index).map_err(|e| {
        if vm.exception_matches(e, &exception::TYPE_ERROR) {
            let tn = vm.type_name(index);
            vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("{} indices must be integers or slices, not {}", what, tn),
            )
        } else {
            e
        }
    })?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.new_exception_fmt(
            &exception::INDEX_ERROR,
            format_args!("{} index out of range", what),
        ));
    }
    Ok(j as usize)
}

fn write_items(
    vm: &mut Vm,
    s: SeqView,
    open: &str,
    close: &str,
    out: &mut StrBuilder,
) -> PyResult<()> {
    out.push_str(vm, open)?;
    for i in 0..s.len() {
        if i > 0 {
            out.push_str(vm, ", ")?;
        }
        let v = s.get(i).unwrap_or(Value::NONE);
        ops::repr_into(vm, v, out)?;
    }
    if let SeqView::Tuple(t) = s {
        if t.len() == 1 {
            out.push_str(vm, ",")?;
        }
    }
    out.push_str(vm, close)
}

/// Lexicographic comparison of two sequences.
fn compare_seqs(vm: &mut Vm, a: SeqView, b: SeqView, op: CompareOp) -> PyResult<Value> {
    let (la, lb) = (a.len(), b.len());
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && la != lb {
        return Ok(Value::from_bool(op == CompareOp::Ne));
    }
    let mut i = 0;
    while i < la.min(lb) {
        let (x, y) = (
            a.get(i).unwrap_or(Value::NONE),
            b.get(i).unwrap_or(Value::NONE),
        );
        if !ops::is_same_or_equal(vm, x, y)? {
            return match op {
                CompareOp::Eq => Ok(Value::FALSE),
                CompareOp::Ne => Ok(Value::TRUE),
                _ => ops::compare(vm, x, y, op),
            };
        }
        i += 1;
    }
    Ok(Value::from_bool(op.test(la.cmp(&lb))))
}

fn seq_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    let same_kind =
        Obj::<TupleObj>::from_value(a).is_some() == Obj::<TupleObj>::from_value(b).is_some();
    match (seq_items(a), seq_items(b)) {
        (Some(x), Some(y)) if same_kind => compare_seqs(vm, x, y, op),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn seq_len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    seq_items(v)
        .map(|s| s.len())
        .ok_or_else(|| vm.type_error("not a sequence"))
}

fn seq_contains(vm: &mut Vm, v: Value, needle: Value) -> PyResult<bool> {
    let Some(s) = seq_items(v) else {
        return Ok(false);
    };
    let mut i = 0;
    while let Some(x) = s.get(i) {
        if ops::is_same_or_equal(vm, x, needle)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

fn seq_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    super::iterators::new_seq_iterator(vm, v)
}

/// Items `s[slice]` as a new list.
fn slice_items(vm: &mut Vm, s: SeqView, slice: Obj<SliceObj>) -> PyResult<Obj<ListObj>> {
    let idx = resolve(vm, slice, s.len())?;
    let out = new_list_with_capacity(vm, idx.count)?;
    for k in 0..idx.count {
        out.push(vm, s.get(idx.index(k)).unwrap_or(Value::NONE))?;
    }
    Ok(out)
}

pub fn list_to_tuple(vm: &mut Vm, list: Value) -> PyResult<Value> {
    let l = Obj::<ListObj>::from_value(list).ok_or_else(|| vm.type_error("expected a list"))?;
    let n = l.len();
    let t = alloc_tuple(vm, n)?;
    for i in 0..n {
        tuple_set_init(t, i, l.get().get(i).unwrap_or(Value::NONE));
    }
    Ok(t.as_value())
}

// ---- tuple ----------------------------------------------------------------------------

fn tuple_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    match seq_items(v) {
        Some(s) => write_items(vm, s, "(", ")", out),
        None => Ok(()),
    }
}

fn tuple_hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    // CPython's xxHash-based tuple hash, so hash((1, 2)) matches.
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let Some(s) = seq_items(v) else { return Ok(0) };
    let mut acc: u64 = P5;
    for i in 0..s.len() {
        let h = ops::hash(vm, s.get(i).unwrap_or(Value::NONE))? as u64;
        acc = acc.wrapping_add(h.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((s.len() as u64) ^ (P5 ^ 3_527_539));
    let r = acc as i64;
    Ok(if r == -1 { 1_546_275_796 } else { r })
}

fn tuple_binary(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    let op = if (binary::INPLACE_OR..=binary::INPLACE_POWER).contains(&op) {
        op + binary::INPLACE_TO_NORMAL
    } else {
        op
    };
    match op {
        binary::ADD => {
            let (Some(x), Some(y)) = (
                Obj::<TupleObj>::from_value(a),
                Obj::<TupleObj>::from_value(b),
            ) else {
                if Obj::<TupleObj>::from_value(a).is_some() {
                    let tn = vm.type_name(b);
                    return Err(vm.new_exception_fmt(
                        &exception::TYPE_ERROR,
                        format_args!("can only concatenate tuple (not \"{}\") to tuple", tn),
                    ));
                }
                return Ok(Value::NOT_IMPLEMENTED);
            };
            let t = alloc_tuple(vm, x.len() + y.len())?;
            for (i, v) in x.get().items().iter().chain(y.get().items()).enumerate() {
                tuple_set_init(t, i, *v);
            }
            Ok(t.as_value())
        }
        binary::MULTIPLY => repeat(vm, a, b, true),
        o if o >= ops::REVERSE_BASE && o - ops::REVERSE_BASE + binary::OR == binary::MULTIPLY => {
            repeat(vm, a, b, true)
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// `seq * n` (or `n * seq`); `seq` is whichever operand is the sequence.
fn repeat(vm: &mut Vm, a: Value, b: Value, tuple: bool) -> PyResult<Value> {
    let (seq, count) = if seq_items(a).is_some() {
        (a, b)
    } else {
        (b, a)
    };
    if !crate::objects::int::is_int(count) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let n = ops::index_value(vm, count)?.max(0) as usize;
    let Some(s) = seq_items(seq) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let len = s.len();
    let total = len.checked_mul(n).ok_or_else(|| vm.memory_error())?;
    if tuple {
        let t = alloc_tuple(vm, total)?;
        for k in 0..total {
            tuple_set_init(t, k, s.get(k % len.max(1)).unwrap_or(Value::NONE));
        }
        if total == 0 {
            return new_tuple(vm, &[]);
        }
        Ok(t.as_value())
    } else {
        let l = new_list_with_capacity(vm, total)?;
        for k in 0..total {
            l.push(vm, s.get(k % len.max(1)).unwrap_or(Value::NONE))?;
        }
        Ok(l.as_value())
    }
}

fn tuple_subscr(vm: &mut Vm, v: Value, index: Value, op: SubscrOp) -> PyResult<Value> {
    let Some(s) = seq_items(v) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if op != SubscrOp::Load {
        return Err(vm.type_error(if op == SubscrOp::Delete {
            "'tuple' object doesn't support item deletion"
        } else {
            "'tuple' object does not support item assignment"
        }));
    }
    if let Some(sl) = Obj::<SliceObj>::from_value(index) {
        let l = slice_items(vm, s, sl)?;
        return list_to_tuple(vm, l.as_value());
    }
    let i = normalize_index(vm, index, s.len(), "tuple")?;
    Ok(s.get(i).unwrap_or(Value::NONE))
}

fn tuple_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    no_keywords(vm, "tuple", kw)?;
    check_count(vm, "tuple", args, 0, 1)?;
    match args.first() {
        None => new_tuple(vm, &[]),
        Some(v)
            if Obj::<TupleObj>::from_value(*v).is_some()
                && core::ptr::eq(vm.type_of(*v), &TUPLE_TYPE) =>
        {
            Ok(*v)
        }
        Some(v) => {
            let l = new_list_with_capacity(vm, 0)?;
            ops::extend_list_from_iterable(vm, l, *v)?;
            list_to_tuple(vm, l.as_value())
        }
    }
}

fn seq_index(vm: &mut Vm, args: &[Value], _kw: &[Value], what: &str) -> PyResult<Value> {
    check_count(vm, "index", args, 2, 4)?;
    let s = args
        .first()
        .and_then(|v| seq_items(*v))
        .ok_or_else(|| vm.type_error("index of non-sequence"))?;
    let needle = args.get(1).copied().unwrap_or(Value::NONE);
    let len = s.len() as i64;
    let clamp = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
    let start = match args.get(2) {
        Some(v) => clamp(ops::index_value_clamped(vm, *v)?),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => clamp(ops::index_value_clamped(vm, *v)?),
        None => len,
    };
    let mut i = start;
    while i < stop {
        if let Some(x) = s.get(i as usize) {
            if ops::is_same_or_equal(vm, x, needle)? {
                return Ok(Value::small_int_unchecked(i));
            }
        }
        i += 1;
    }
    Err(vm.new_exception_fmt(
        &exception::VALUE_ERROR,
        format_args!("{}.index(x): x not in {}", what, what),
    ))
}

fn tuple_index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    seq_index(vm, args, kw, "tuple")
}
builtin_fn!(TUPLE_INDEX, qstr::index, tuple_index);

fn seq_count(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "count", args, 2, 2)?;
    let s = args
        .first()
        .and_then(|v| seq_items(*v))
        .ok_or_else(|| vm.type_error("count of non-sequence"))?;
    let needle = args.get(1).copied().unwrap_or(Value::NONE);
    let mut n = 0;
    for i in 0..s.len() {
        if ops::is_same_or_equal(vm, s.get(i).unwrap_or(Value::NONE), needle)? {
            n += 1;
        }
    }
    Ok(Value::small_int_unchecked(n))
}
builtin_fn!(SEQ_COUNT, qstr::count, seq_count);

pub static TUPLE_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(tuple_make_new),
    repr: Some(tuple_repr),
    hash: Some(tuple_hash),
    compare: Some(seq_compare),
    binary_op: Some(tuple_binary),
    len: Some(seq_len),
    subscr: Some(tuple_subscr),
    contains: Some(seq_contains),
    iter: Some(seq_iter),
    ..TypeSlots::EMPTY
};

pub static TUPLE_MEMBERS: &[(Qstr, Member)] = &[
    (qstr::index, Member::Method(&TUPLE_INDEX)),
    (qstr::count, Member::Method(&SEQ_COUNT)),
];

// ---- list -----------------------------------------------------------------------------

fn list_of(vm: &mut Vm, v: Value) -> PyResult<Obj<ListObj>> {
    match seq_items(v) {
        Some(SeqView::List(l)) => Ok(l),
        _ => Err(vm.type_error("descriptor requires a 'list' object")),
    }
}

fn list_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    match seq_items(v) {
        Some(s) => write_items(vm, s, "[", "]", out),
        None => Ok(()),
    }
}

fn list_binary(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    match op {
        binary::INPLACE_ADD => {
            let l = list_of(vm, a)?;
            ops::extend_list_from_iterable(vm, l, b)?;
            Ok(a)
        }
        binary::INPLACE_MULTIPLY => {
            let l = list_of(vm, a)?;
            let n = ops::index_value(vm, b)?.max(0) as usize;
            let len = l.len();
            if n == 0 {
                l.truncate(0);
            } else {
                l.reserve(vm, len * (n - 1))?;
                for _ in 1..n {
                    for i in 0..len {
                        let v = l.get().get(i).unwrap_or(Value::NONE);
                        l.push(vm, v)?;
                    }
                }
            }
            Ok(a)
        }
        binary::ADD => {
            let (Some(SeqView::List(x)), Some(SeqView::List(y))) = (seq_items(a), seq_items(b))
            else {
                if seq_items(a).is_some() && Obj::<TupleObj>::from_value(a).is_none() {
                    let tn = vm.type_name(b);
                    return Err(vm.new_exception_fmt(
                        &exception::TYPE_ERROR,
                        format_args!("can only concatenate list (not \"{}\") to list", tn),
                    ));
                }
                return Ok(Value::NOT_IMPLEMENTED);
            };
            let out = new_list_with_capacity(vm, x.len() + y.len())?;
            for src in [x, y] {
                for i in 0..src.len() {
                    out.push(vm, src.get().get(i).unwrap_or(Value::NONE))?;
                }
            }
            Ok(out.as_value())
        }
        binary::MULTIPLY => repeat(vm, a, b, false),
        o if o >= ops::REVERSE_BASE && o - ops::REVERSE_BASE + binary::OR == binary::MULTIPLY => {
            repeat(vm, a, b, false)
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn list_subscr(vm: &mut Vm, v: Value, index: Value, op: SubscrOp) -> PyResult<Value> {
    let l = list_of(vm, v)?;
    if let Some(sl) = Obj::<SliceObj>::from_value(index) {
        return match op {
            SubscrOp::Load => Ok(slice_items(vm, SeqView::List(l), sl)?.as_value()),
            SubscrOp::Store(src) => {
                list_assign_slice(vm, l, sl, src)?;
                Ok(Value::NONE)
            }
            SubscrOp::Delete => {
                let idx = resolve(vm, sl, l.len())?;
                let mut remove = bool_scratch(vm, l.len())?;
                for k in 0..idx.count {
                    if let Some(r) = remove.get_mut(idx.index(k)) {
                        *r = true;
                    }
                }
                let mut w = 0;
                for i in 0..l.len() {
                    if !remove.get(i).copied().unwrap_or(false) {
                        let x = l.get().get(i).unwrap_or(Value::NONE);
                        l.get().set(w, x);
                        w += 1;
                    }
                }
                l.truncate(w);
                Ok(Value::NONE)
            }
        };
    }
    let i = normalize_index(vm, index, l.len(), "list")?;
    match op {
        SubscrOp::Load => Ok(l.get().get(i).unwrap_or(Value::NONE)),
        SubscrOp::Store(x) => {
            l.get().set(i, x);
            Ok(Value::NONE)
        }
        SubscrOp::Delete => {
            l.remove_at(i);
            Ok(Value::NONE)
        }
    }
}

/// A vector of flags (holds no values, so Rust-heap storage is fine), allocated fallibly.
fn bool_scratch(vm: &mut Vm, n: usize) -> PyResult<alloc::vec::Vec<bool>> {
    let mut v = alloc::vec::Vec::new();
    v.try_reserve_exact(n).map_err(|_| vm.memory_error())?;
    v.resize(n, false);
    Ok(v)
}

fn list_assign_slice(vm: &mut Vm, l: Obj<ListObj>, sl: Obj<SliceObj>, src: Value) -> PyResult<()> {
    let items = new_list_with_capacity(vm, 0)?;
    ops::extend_list_from_iterable(vm, items, src)?;
    let idx = resolve(vm, sl, l.len())?;
    if idx.step != 1 {
        if items.len() != idx.count {
            return Err(vm.new_exception_fmt(
                &exception::VALUE_ERROR,
                format_args!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    items.len(),
                    idx.count
                ),
            ));
        }
        for k in 0..idx.count {
            l.get()
                .set(idx.index(k), items.get().get(k).unwrap_or(Value::NONE));
        }
        return Ok(());
    }
    let start = idx.start.max(0) as usize;
    let stop = (idx.stop.max(idx.start)).max(0) as usize;
    let old = new_list(vm, &[])?;
    let old = Obj::<ListObj>::from_value(old).ok_or_else(|| vm.memory_error())?;
    for i in stop..l.len() {
        old.push(vm, l.get().get(i).unwrap_or(Value::NONE))?;
    }
    l.truncate(start.min(l.len()));
    for k in 0..items.len() {
        l.push(vm, items.get().get(k).unwrap_or(Value::NONE))?;
    }
    for k in 0..old.len() {
        l.push(vm, old.get().get(k).unwrap_or(Value::NONE))?;
    }
    Ok(())
}

fn list_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    no_keywords(vm, "list", kw)?;
    check_count(vm, "list", args, 0, 1)?;
    let l = new_list_with_capacity(vm, 0)?;
    if let Some(v) = args.first() {
        ops::extend_list_from_iterable(vm, l, *v)?;
    }
    Ok(l.as_value())
}

fn self_list(vm: &mut Vm, args: &[Value]) -> PyResult<Obj<ListObj>> {
    list_of(vm, args.first().copied().unwrap_or(Value::NONE))
}

fn list_append(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "append", kw)?;
    if args.len() != 2 {
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "list.append() takes exactly one argument ({} given)",
                args.len().saturating_sub(1)
            ),
        ));
    }
    let l = self_list(vm, args)?;
    l.push(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    Ok(Value::NONE)
}
builtin_fn!(LIST_APPEND, qstr::append, list_append);

fn list_extend(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "extend", kw)?;
    check_count(vm, "extend", args, 2, 2)?;
    let l = self_list(vm, args)?;
    ops::extend_list_from_iterable(vm, l, args.get(1).copied().unwrap_or(Value::NONE))?;
    Ok(Value::NONE)
}
builtin_fn!(LIST_EXTEND, qstr::extend, list_extend);

fn list_pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "pop", kw)?;
    check_count(vm, "pop", args, 1, 2)?;
    let l = self_list(vm, args)?;
    if l.is_empty() {
        return Err(vm.new_exception(&exception::INDEX_ERROR, "pop from empty list"));
    }
    let i = match args.get(1) {
        Some(v) => {
            let n = l.len();
            normalize_index(vm, *v, n, "pop").map_err(|e| {
                if vm.exception_matches(e, &exception::INDEX_ERROR) {
                    vm.new_exception(&exception::INDEX_ERROR, "pop index out of range")
                } else {
                    e
                }
            })?
        }
        None => l.len() - 1,
    };
    Ok(l.remove_at(i).unwrap_or(Value::NONE))
}
builtin_fn!(LIST_POP, qstr::pop, list_pop);

fn list_insert(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "insert", kw)?;
    check_count(vm, "insert", args, 3, 3)?;
    let l = self_list(vm, args)?;
    let i = ops::index_value(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    let len = l.len() as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.insert(vm, i as usize, args.get(2).copied().unwrap_or(Value::NONE))?;
    Ok(Value::NONE)
}
builtin_fn!(LIST_INSERT, qstr::insert, list_insert);

fn list_remove(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "remove", kw)?;
    check_count(vm, "remove", args, 2, 2)?;
    let l = self_list(vm, args)?;
    let needle = args.get(1).copied().unwrap_or(Value::NONE);
    for i in 0..l.len() {
        if ops::is_same_or_equal(vm, l.get().get(i).unwrap_or(Value::NONE), needle)? {
            l.remove_at(i);
            return Ok(Value::NONE);
        }
    }
    Err(vm.new_exception(&exception::VALUE_ERROR, "list.remove(x): x not in list"))
}
builtin_fn!(LIST_REMOVE, qstr::remove, list_remove);

fn list_index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    seq_index(vm, args, kw, "list").map_err(|e| {
        if vm.exception_matches(e, &exception::VALUE_ERROR) {
            let needle = args.get(1).copied().unwrap_or(Value::NONE);
            let r = ops::repr(vm, needle).ok();
            let s = r
                .and_then(|r| crate::objects::str::str_of(vm, r))
                .unwrap_or("x");
            vm.new_exception_fmt(
                &exception::VALUE_ERROR,
                format_args!("{} is not in list", s),
            )
        } else {
            e
        }
    })
}
builtin_fn!(LIST_INDEX, qstr::index, list_index);

fn list_reverse(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let l = self_list(vm, args)?;
    let n = l.len();
    for i in 0..n / 2 {
        let (a, b) = (
            l.get().get(i).unwrap_or(Value::NONE),
            l.get().get(n - 1 - i).unwrap_or(Value::NONE),
        );
        l.get().set(i, b);
        l.get().set(n - 1 - i, a);
    }
    Ok(Value::NONE)
}
builtin_fn!(LIST_REVERSE, qstr::reverse, list_reverse);

fn list_clear(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    self_list(vm, args)?.truncate(0);
    Ok(Value::NONE)
}
builtin_fn!(LIST_CLEAR, qstr::clear, list_clear);

fn list_copy(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let l = self_list(vm, args)?;
    let out = new_list_with_capacity(vm, l.len())?;
    for i in 0..l.len() {
        out.push(vm, l.get().get(i).unwrap_or(Value::NONE))?;
    }
    Ok(out.as_value())
}
builtin_fn!(LIST_COPY, qstr::copy, list_copy);

fn list_sort(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_keywords(vm, "sort", kw, &[qstr::key, qstr::reverse])?;
    check_count(vm, "sort", args, 1, 1)?;
    let l = self_list(vm, args)?;
    let key = keyword(vm, kw, qstr::key).filter(|k| !k.is_none());
    let reverse = match keyword(vm, kw, qstr::reverse) {
        Some(r) => ops::truthy(vm, r)?,
        None => false,
    };
    sort_list(vm, l, key, reverse)?;
    Ok(Value::NONE)
}
builtin_fn!(LIST_SORT, qstr::sort, list_sort);

/// Stable sort (merge sort) with an optional key function, as `list.sort`.
pub fn sort_list(vm: &mut Vm, l: Obj<ListObj>, key: Option<Value>, reverse: bool) -> PyResult<()> {
    let n = l.len();
    if n < 2 {
        return Ok(());
    }
    // keys[i] is the sort key of item i; both live in GC arrays.
    let keys = crate::objects::tuple::new_value_array(vm, n)?;
    for i in 0..n {
        let v = l.get().get(i).unwrap_or(Value::NONE);
        let k = match key {
            Some(f) => call::call(vm, f, &[v], &[])?,
            None => v,
        };
        if let Some(c) = keys.get().slots().get(i) {
            c.set(k);
        }
    }
    let items = crate::objects::tuple::new_value_array(vm, n)?;
    for i in 0..n {
        if let Some(c) = items.get().slots().get(i) {
            c.set(l.get().get(i).unwrap_or(Value::NONE));
        }
    }
    let tmp_keys = crate::objects::tuple::new_value_array(vm, n)?;
    let tmp_items = crate::objects::tuple::new_value_array(vm, n)?;
    let less = |vm: &mut Vm, a: Value, b: Value| -> PyResult<bool> {
        let r = if reverse {
            ops::compare(vm, b, a, CompareOp::Lt)?
        } else {
            ops::compare(vm, a, b, CompareOp::Lt)?
        };
        ops::truthy(vm, r)
    };
    merge_sort(
        vm,
        keys.get().slots(),
        items.get().slots(),
        tmp_keys.get().slots(),
        tmp_items.get().slots(),
        &less,
    )?;
    if l.len() != n {
        return Err(vm.value_error("list modified during sort"));
    }
    for i in 0..n {
        l.get().set(
            i,
            items
                .get()
                .slots()
                .get(i)
                .map(|c| c.get())
                .unwrap_or(Value::NONE),
        );
    }
    Ok(())
}

type LessFn<'a> = dyn Fn(&mut Vm, Value, Value) -> PyResult<bool> + 'a;

fn merge_sort(
    vm: &mut Vm,
    keys: &[Cell<Value>],
    items: &[Cell<Value>],
    tk: &[Cell<Value>],
    ti: &[Cell<Value>],
    less: &LessFn<'_>,
) -> PyResult<()> {
    let n = keys.len();
    let mut width = 1;
    // Insertion sort runs of 8 first: fewer comparisons on short lists.
    const RUN: usize = 8;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start {
                let (a, b) = (keys.get(j - 1), keys.get(j));
                let (Some(a), Some(b)) = (a, b) else { break };
                if less(vm, b.get(), a.get())? {
                    a.swap(b);
                    if let (Some(x), Some(y)) = (items.get(j - 1), items.get(j)) {
                        x.swap(y);
                    }
                    j -= 1;
                } else {
                    break;
                }
            }
        }
        start = end;
    }
    width = width.max(RUN);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                let (Some(a), Some(b)) = (keys.get(i), keys.get(j)) else {
                    break;
                };
                // Take from the right only when strictly less: keeps the sort stable.
                let take_right = less(vm, b.get(), a.get())?;
                let src = if take_right { j } else { i };
                if let (Some(dk), Some(di), Some(sk), Some(si)) =
                    (tk.get(k), ti.get(k), keys.get(src), items.get(src))
                {
                    dk.set(sk.get());
                    di.set(si.get());
                }
                if take_right {
                    j += 1;
                } else {
                    i += 1;
                }
                k += 1;
            }
            for src in (i..mid).chain(j..hi) {
                if let (Some(dk), Some(di), Some(sk), Some(si)) =
                    (tk.get(k), ti.get(k), keys.get(src), items.get(src))
                {
                    dk.set(sk.get());
                    di.set(si.get());
                }
                k += 1;
            }
            for x in lo..hi {
                if let (Some(dk), Some(di), Some(sk), Some(si)) =
                    (keys.get(x), items.get(x), tk.get(x), ti.get(x))
                {
                    dk.set(sk.get());
                    di.set(si.get());
                }
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

pub static LIST_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(list_make_new),
    repr: Some(list_repr),
    compare: Some(seq_compare),
    binary_op: Some(list_binary),
    len: Some(seq_len),
    subscr: Some(list_subscr),
    contains: Some(seq_contains),
    iter: Some(seq_iter),
    ..TypeSlots::EMPTY
};

pub static LIST_MEMBERS: &[(Qstr, Member)] = &[
    (qstr::append, Member::Method(&LIST_APPEND)),
    (qstr::extend, Member::Method(&LIST_EXTEND)),
    (qstr::pop, Member::Method(&LIST_POP)),
    (qstr::insert, Member::Method(&LIST_INSERT)),
    (qstr::remove, Member::Method(&LIST_REMOVE)),
    (qstr::index, Member::Method(&LIST_INDEX)),
    (qstr::count, Member::Method(&SEQ_COUNT)),
    (qstr::reverse, Member::Method(&LIST_REVERSE)),
    (qstr::clear, Member::Method(&LIST_CLEAR)),
    (qstr::copy, Member::Method(&LIST_COPY)),
    (qstr::sort, Member::Method(&LIST_SORT)),
];

// ---- range ----------------------------------------------------------------------------

fn range_of(vm: &mut Vm, v: Value) -> PyResult<Obj<RangeObj>> {
    Obj::<RangeObj>::from_value(v).ok_or_else(|| vm.type_error("expected a range"))
}

fn range_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    no_keywords(vm, "range", kw)?;
    let mut ints = [0i64; 3];
    for (i, a) in args.iter().take(3).enumerate() {
        ints[i] = ops::index_value(vm, *a)?;
    }
    let r = match args.len() {
        1 => new_range(vm, 0, ints[0], 1)?,
        2 => new_range(vm, ints[0], ints[1], 1)?,
        3 => new_range(vm, ints[0], ints[1], ints[2])?,
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => {
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("range expected at most 3 arguments, got {}", n),
            ))
        }
    };
    Ok(r.as_value())
}

fn range_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let r = range_of(vm, v)?;
    if r.step == 1 {
        out.push_fmt(vm, format_args!("range({}, {})", r.start, r.stop))
    } else {
        out.push_fmt(
            vm,
            format_args!("range({}, {}, {})", r.start, r.stop, r.step),
        )
    }
}

fn range_len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    Ok(range_of(vm, v)?.len())
}

fn range_subscr(vm: &mut Vm, v: Value, index: Value, op: SubscrOp) -> PyResult<Value> {
    let r = range_of(vm, v)?;
    if op != SubscrOp::Load {
        return Err(vm.type_error("'range' object does not support item assignment"));
    }
    if let Some(sl) = Obj::<SliceObj>::from_value(index) {
        let idx = resolve(vm, sl, r.len())?;
        let start = r.item(idx.start.max(0) as usize);
        let step = r.step * idx.step;
        let stop = start + step * idx.count as i64;
        return Ok(new_range(vm, start, stop, step)?.as_value());
    }
    let i = normalize_index(vm, index, r.len(), "range object")?;
    crate::objects::int::int_from_i64(vm, r.item(i))
}

/// Where the int `i` sits in `r`, if it is an element.
fn range_position(r: &RangeObj, i: i128) -> Option<usize> {
    let (start, stop, step) = (i128::from(r.start), i128::from(r.stop), i128::from(r.step));
    let in_bounds = if step > 0 {
        i >= start && i < stop
    } else {
        i <= start && i > stop
    };
    if !in_bounds || (i - start) % step != 0 {
        return None;
    }
    usize::try_from((i - start) / step).ok()
}

/// The position of `needle` in `r`: arithmetic for ints (as CPython, so `x in
/// range(10**15)` is instant), else a scan comparing each element with `==`.
fn range_find(vm: &mut Vm, r: Obj<RangeObj>, needle: Value) -> PyResult<Option<usize>> {
    if let Some(i) = crate::objects::int::int_as_i128(needle) {
        return Ok(range_position(&r, i));
    }
    if crate::objects::int::is_int(needle) {
        // An int beyond 128 bits: outside every range.
        return Ok(None);
    }
    for k in 0..r.len() {
        vm.poll_interrupt()?;
        let x = crate::objects::int::int_from_i64(vm, r.item(k))?;
        if ops::values_equal(vm, x, needle)? {
            return Ok(Some(k));
        }
    }
    Ok(None)
}

fn range_contains(vm: &mut Vm, v: Value, needle: Value) -> PyResult<bool> {
    let r = range_of(vm, v)?;
    Ok(range_find(vm, r, needle)?.is_some())
}

fn range_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (
        Obj::<RangeObj>::from_value(a),
        Obj::<RangeObj>::from_value(b),
    ) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let (lx, ly) = (x.len(), y.len());
    let eq = lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)));
    match op {
        CompareOp::Eq => Ok(Value::from_bool(eq)),
        CompareOp::Ne => Ok(Value::from_bool(!eq)),
        _ => {
            let _ = vm;
            Ok(Value::NOT_IMPLEMENTED)
        }
    }
}

fn range_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    super::iterators::new_range_iterator(vm, v)
}

fn range_attr(vm: &mut Vm, v: Value, name: Qstr) -> PyResult<Option<Value>> {
    let r = range_of(vm, v)?;
    Ok(match name {
        qstr::start => Some(crate::objects::int::int_from_i64(vm, r.start)?),
        qstr::stop => Some(crate::objects::int::int_from_i64(vm, r.stop)?),
        qstr::step => Some(crate::objects::int::int_from_i64(vm, r.step)?),
        _ => None,
    })
}

fn range_index(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "index", args, 2, 2)?;
    let r = range_of(vm, args.first().copied().unwrap_or(Value::NONE))?;
    let needle = args.get(1).copied().unwrap_or(Value::NONE);
    if let Some(k) = range_find(vm, r, needle)? {
        return crate::objects::int::int_from_i128(vm, k as i128);
    }
    let s = ops::repr(vm, needle)?;
    let s = crate::objects::str::str_of(vm, s).unwrap_or("x");
    Err(vm.new_exception_fmt(
        &exception::VALUE_ERROR,
        format_args!("{} is not in range", s),
    ))
}
builtin_fn!(RANGE_INDEX, qstr::index, range_index);

fn range_count(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "count", args, 2, 2)?;
    let contains = range_contains(
        vm,
        args.first().copied().unwrap_or(Value::NONE),
        args.get(1).copied().unwrap_or(Value::NONE),
    )?;
    Ok(Value::small_int_unchecked(i64::from(contains)))
}
builtin_fn!(RANGE_COUNT, qstr::count, range_count);

fn range_hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let r = range_of(vm, v)?;
    Ok((r.start ^ r.stop.rotate_left(17) ^ r.step.rotate_left(31)) & ((1 << 47) - 1))
}

pub static RANGE_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(range_make_new),
    repr: Some(range_repr),
    hash: Some(range_hash),
    compare: Some(range_compare),
    len: Some(range_len),
    subscr: Some(range_subscr),
    contains: Some(range_contains),
    iter: Some(range_iter),
    getattr: Some(range_attr),
    ..TypeSlots::EMPTY
};

pub static RANGE_MEMBERS: &[(Qstr, Member)] = &[
    (qstr::index, Member::Method(&RANGE_INDEX)),
    (qstr::count, Member::Method(&RANGE_COUNT)),
];

// ---- slice ----------------------------------------------------------------------------

fn slice_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    no_keywords(vm, "slice", kw)?;
    check_count(vm, "slice", args, 1, 3)?;
    let a = |i: usize| args.get(i).copied().unwrap_or(Value::NONE);
    match args.len() {
        1 => crate::objects::slice::new_slice(vm, Value::NONE, a(0), Value::NONE),
        2 => crate::objects::slice::new_slice(vm, a(0), a(1), Value::NONE),
        _ => crate::objects::slice::new_slice(vm, a(0), a(1), a(2)),
    }
}

fn slice_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let Some(s) = Obj::<SliceObj>::from_value(v) else {
        return Ok(());
    };
    out.push_str(vm, "slice(")?;
    ops::repr_into(vm, s.start, out)?;
    out.push_str(vm, ", ")?;
    ops::repr_into(vm, s.stop, out)?;
    out.push_str(vm, ", ")?;
    ops::repr_into(vm, s.step, out)?;
    out.push_str(vm, ")")
}

fn slice_attr(_vm: &mut Vm, v: Value, name: Qstr) -> PyResult<Option<Value>> {
    let Some(s) = Obj::<SliceObj>::from_value(v) else {
        return Ok(None);
    };
    Ok(match name {
        qstr::start => Some(s.start),
        qstr::stop => Some(s.stop),
        qstr::step => Some(s.step),
        _ => None,
    })
}

fn slice_indices(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "indices", args, 2, 2)?;
    let s = Obj::<SliceObj>::from_value(args.first().copied().unwrap_or(Value::NONE))
        .ok_or_else(|| vm.type_error("expected a slice"))?;
    let n = ops::index_value(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let idx = resolve(vm, s, n as usize)?;
    new_tuple(
        vm,
        &[
            Value::small_int_unchecked(idx.start),
            Value::small_int_unchecked(idx.stop),
            Value::small_int_unchecked(idx.step),
        ],
    )
}
builtin_fn!(SLICE_INDICES, qstr::indices, slice_indices);

fn slice_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (
        Obj::<SliceObj>::from_value(a),
        Obj::<SliceObj>::from_value(b),
    ) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let tx = new_tuple(vm, &[x.start, x.stop, x.step])?;
    let ty = new_tuple(vm, &[y.start, y.stop, y.step])?;
    ops::compare(vm, tx, ty, op)
}

pub static SLICE_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(slice_make_new),
    repr: Some(slice_repr),
    compare: Some(slice_compare),
    getattr: Some(slice_attr),
    ..TypeSlots::EMPTY
};

pub static SLICE_MEMBERS: &[(Qstr, Member)] = &[(qstr::indices, Member::Method(&SLICE_INDICES))];
