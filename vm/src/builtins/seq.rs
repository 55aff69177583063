//! Behaviour of the sequence types `list`, `tuple`, `range` and of `slice`: repr,
//! comparison, indexing and slicing (including slice assignment and deletion), iteration,
//! concatenation and repetition, the methods, and `list.sort` (a stable merge sort over
//! natural runs that, like CPython's, only ever asks `<`), and argument checks worded like
//! CPython's for every container method.

use super::args::{keyword, only_keywords};
use crate::builtin_fn;
use crate::bytecode::opcodes::binary;
use crate::interp::{call, ops, PyErr, PyResult, Vm};
use crate::objects::exception;
use crate::objects::int::{int_from_i128, is_int, BigIntObj};
use crate::objects::list::{new_list_with_capacity, ListObj};
use crate::objects::range::{new_range, RangeObj};
use crate::objects::slice::{resolve, resolve_wide, SliceObj};
use crate::objects::str::StrBuilder;
use crate::objects::tuple::{
    alloc_tuple, new_tuple, new_value_array, tuple_set_init, TupleObj, ValueArray, TUPLE_TYPE,
};
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
    if let Some(l) = Obj::<ListObj>::from_value(v) {
        return Some(SeqView::List(l));
    }
    let base = crate::interp::typeobj::native_base_of(v)?;
    if let Some(t) = Obj::<TupleObj>::from_value(base) {
        return Some(SeqView::Tuple(t));
    }
    Obj::<ListObj>::from_value(base).map(SeqView::List)
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

    #[inline]
    fn get(self, i: usize) -> Option<Value> {
        match self {
            SeqView::Tuple(t) => t.get().get(i),
            SeqView::List(l) => l.get().get(i),
        }
    }

    fn type_name(self) -> &'static str {
        match self {
            SeqView::Tuple(_) => "tuple",
            SeqView::List(_) => "list",
        }
    }
}

// ---- repr recursion -------------------------------------------------------------------

fn repr_flag(v: Value) -> Option<&'static Cell<bool>> {
    let v = crate::interp::typeobj::native_base_of(v).unwrap_or(v);
    if let Some(l) = Obj::<ListObj>::from_value(v) {
        return Some(&l.get().repr_busy);
    }
    if let Some(d) = Obj::<crate::objects::dict::DictObj>::from_value(v) {
        return Some(&d.get().repr_busy);
    }
    Obj::<crate::objects::set::SetObj>::from_value(v).map(|s| &s.get().repr_busy)
}

/// Start writing the repr of container `v`; false if its repr is already being written
/// further up (the caller then writes `...`). Pair with `repr_leave`.
pub fn repr_enter(_vm: &mut Vm, v: Value) -> PyResult<bool> {
    match repr_flag(v) {
        Some(f) if f.get() => Ok(false),
        Some(f) => {
            f.set(true);
            Ok(true)
        }
        None => Ok(true),
    }
}

pub fn repr_leave(_vm: &mut Vm, v: Value) {
    if let Some(f) = repr_flag(v) {
        f.set(false);
    }
}

// ---- shared helpers -------------------------------------------------------------------

fn index_type_error(vm: &mut Vm, what: &str, index: Value) -> PyErr {
    let tn = vm.type_name(index);
    vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("{} indices must be integers or slices, not {}", what, tn),
    )
}

/// An index operand as i64: ints, bools and `__index__` objects; ints beyond a machine
/// word are an IndexError as in CPython. Other types are a TypeError naming `what`.
fn index_operand(vm: &mut Vm, index: Value, what: &str) -> PyResult<i64> {
    if let Some(i) = index.as_small_int() {
        return Ok(i);
    }
    let int = if is_int(index) {
        index
    } else {
        match crate::interp::attr::call_special_opt(vm, index, qstr::__index__, &[])? {
            Some(r) if is_int(r) => r,
            Some(r) => {
                let tn = vm.type_name(r);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("__index__ returned non-int (type {})", tn),
                ));
            }
            None => return Err(index_type_error(vm, what, index)),
        }
    };
    match wide_int(int).and_then(|i| i64::try_from(i).ok()) {
        Some(i) => Ok(i),
        None => Err(vm.new_exception(
            &exception::INDEX_ERROR,
            "cannot fit 'int' into an index-sized integer",
        )),
    }
}

/// An int value as i128 when it fits (ints of up to 128 bits of magnitude).
fn wide_int(v: Value) -> Option<i128> {
    if let Some(i) = v.as_small_int() {
        return Some(i128::from(i));
    }
    if v.is_bool() {
        return Some(i128::from(v == Value::TRUE));
    }
    let b = Obj::<BigIntObj>::from_value(v)?;
    let limbs = b.limbs();
    if limbs.len() > 4 {
        return None;
    }
    let magnitude = limbs
        .iter()
        .rev()
        .fold(0u128, |acc, l| (acc << 32) | u128::from(*l));
    if b.negative {
        0i128.checked_sub_unsigned(magnitude)
    } else {
        i128::try_from(magnitude).ok()
    }
}

/// A stand-in for an int too big for i128: only its sign matters.
fn big_sign(v: Value) -> i128 {
    if Obj::<BigIntObj>::from_value(v).is_some_and(|b| b.negative) {
        i128::MIN
    } else {
        i128::MAX
    }
}

/// An integer argument converted like CPython's `PyNumber_AsSsize_t` (OverflowError when
/// it does not fit a machine word).
fn ssize_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let wide = index_wide(vm, v)?;
    i64::try_from(wide).map_err(|_| overflow_ssize(vm))
}

fn overflow_ssize(vm: &mut Vm) -> PyErr {
    vm.new_exception(
        &exception::OVERFLOW_ERROR,
        "Python int too large to convert to C ssize_t",
    )
}

/// An `__index__`-able value as i128 (OverflowError beyond that).
fn index_wide(vm: &mut Vm, v: Value) -> PyResult<i128> {
    let r = if is_int(v) {
        v
    } else {
        match crate::interp::attr::call_special_opt(vm, v, qstr::__index__, &[])? {
            Some(r) if is_int(r) => r,
            Some(r) => {
                let tn = vm.type_name(r);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("__index__ returned non-int (type {})", tn),
                ));
            }
            None => {
                let tn = vm.type_name(v);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("'{}' object cannot be interpreted as an integer", tn),
                ));
            }
        }
    };
    wide_int(r).ok_or_else(|| overflow_ssize(vm))
}

/// Normalise an index for a sequence of `len` items (negative counts from the end);
/// `what` names the sequence in the messages ("list index out of range").
pub fn normalize_index(vm: &mut Vm, index: Value, len: usize, what: &str) -> PyResult<usize> {
    let i = index_operand(vm, index, what)?;
    match checked_index(i, len) {
        Some(j) => Ok(j),
        None => Err(vm.new_exception_fmt(
            &exception::INDEX_ERROR,
            format_args!("{} index out of range", what),
        )),
    }
}

#[inline]
fn checked_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    if j >= 0 && (j as u64) < len as u64 {
        Some(j as usize)
    } else {
        None
    }
}

fn write_items(
    vm: &mut Vm,
    s: SeqView,
    open: &str,
    close: &str,
    out: &mut StrBuilder,
) -> PyResult<()> {
    out.push_str(vm, open)?;
    let mut i = 0;
    while let Some(v) = s.get(i) {
        if i > 0 {
            out.push_str(vm, ", ")?;
        }
        ops::repr_into(vm, v, out)?;
        i += 1;
    }
    if let SeqView::Tuple(t) = s {
        if t.len() == 1 {
            out.push_str(vm, ",")?;
        }
    }
    out.push_str(vm, close)
}

/// Run a nested container comparison with the recursion guard CPython applies (bounded
/// by the recursion limit and by the native stack).
pub fn nested<T>(vm: &mut Vm, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    let used = vm
        .stack_base
        .saturating_sub(crate::gc::approximate_stack_pointer());
    if vm.nesting_depth > vm.recursion_limit || used > vm.config.stack_limit {
        return Err(vm.new_exception(
            &exception::RECURSION_ERROR,
            "maximum recursion depth exceeded in comparison",
        ));
    }
    vm.nesting_depth += 1;
    let r = f(vm);
    vm.nesting_depth -= 1;
    r
}

/// Lexicographic comparison of two sequences.
fn compare_seqs(vm: &mut Vm, a: SeqView, b: SeqView, op: CompareOp) -> PyResult<Value> {
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && a.len() != b.len() {
        return Ok(Value::from_bool(op == CompareOp::Ne));
    }
    nested(vm, |vm| {
        let mut i = 0;
        while let (Some(x), Some(y)) = (a.get(i), b.get(i)) {
            if !ops::is_same_or_equal(vm, x, y)? {
                return match op {
                    CompareOp::Eq => Ok(Value::FALSE),
                    CompareOp::Ne => Ok(Value::TRUE),
                    _ => ops::compare(vm, x, y, op),
                };
            }
            i += 1;
        }
        Ok(Value::from_bool(op.test(a.len().cmp(&b.len()))))
    })
}

fn seq_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    match (seq_items(a), seq_items(b)) {
        (Some(x @ SeqView::Tuple(_)), Some(y @ SeqView::Tuple(_)))
        | (Some(x @ SeqView::List(_)), Some(y @ SeqView::List(_))) => compare_seqs(vm, x, y, op),
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
        if x == needle || ops::values_equal(vm, x, needle)? {
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
    if n == 0 {
        return new_tuple(vm, &[]);
    }
    let t = alloc_tuple(vm, n)?;
    for (i, c) in l.get().items().iter().enumerate().take(n) {
        tuple_set_init(t, i, c.get());
    }
    Ok(t.as_value())
}

/// The repeat count of `seq * n`: `None` when `n` is not an integer (the operator then
/// reports "can't multiply sequence by non-int").
fn repeat_count(vm: &mut Vm, n: Value) -> PyResult<Option<usize>> {
    let i = if is_int(n) {
        match wide_int(n) {
            Some(i) => i,
            None => big_sign(n),
        }
    } else if vm.type_of(n).is_heap() {
        match crate::interp::attr::call_special_opt(vm, n, qstr::__index__, &[])? {
            Some(r) => index_wide(vm, r)?,
            None => return Ok(None),
        }
    } else {
        return Ok(None);
    };
    if i <= 0 {
        return Ok(Some(0));
    }
    match usize::try_from(i) {
        Ok(n) if i64::try_from(i).is_ok() => Ok(Some(n)),
        _ => Err(vm.new_exception(
            &exception::OVERFLOW_ERROR,
            "cannot fit 'int' into an index-sized integer",
        )),
    }
}

fn cant_multiply(vm: &mut Vm, n: Value) -> PyResult<Value> {
    if vm.type_of(n).is_heap() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let tn = vm.type_name(n);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("can't multiply sequence by non-int of type '{}'", tn),
    ))
}

/// `seq * n` (or `n * seq`) as a new tuple or list.
fn repeat(vm: &mut Vm, seq: Value, n: Value, tuple: bool) -> PyResult<Value> {
    let Some(count) = repeat_count(vm, n)? else {
        return cant_multiply(vm, n);
    };
    let Some(s) = seq_items(seq) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let len = s.len();
    if tuple && count == 1 && core::ptr::eq(vm.type_of(seq), &TUPLE_TYPE) {
        return Ok(seq);
    }
    let total = len.checked_mul(count).ok_or_else(|| vm.memory_error())?;
    if tuple {
        if total == 0 {
            return new_tuple(vm, &[]);
        }
        let t = alloc_tuple(vm, total)?;
        for k in 0..total {
            tuple_set_init(t, k, s.get(k % len).unwrap_or(Value::NONE));
        }
        Ok(t.as_value())
    } else {
        let l = new_list_with_capacity(vm, total)?;
        for _ in 0..count {
            for i in 0..len {
                l.push(vm, s.get(i).unwrap_or(Value::NONE))?;
            }
        }
        Ok(l.as_value())
    }
}

// ---- argument checks worded like CPython's --------------------------------------------

/// `qualname() takes no keyword arguments`.
pub fn reject_keywords(vm: &mut Vm, qualname: &str, kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("{}() takes no keyword arguments", qualname),
    ))
}

/// `given` positional arguments within `min..=max`, else `name expected 2 arguments,
/// got 1` / `name expected at least 1 argument, got 0` / `... at most ...`.
pub fn expect_count(vm: &mut Vm, name: &str, given: usize, min: usize, max: usize) -> PyResult<()> {
    if (min..=max).contains(&given) {
        return Ok(());
    }
    let (how, n) = if min == max {
        ("", min)
    } else if given < min {
        ("at least ", min)
    } else {
        ("at most ", max)
    };
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!(
            "{} expected {}{} argument{}, got {}",
            name,
            how,
            n,
            if n == 1 { "" } else { "s" },
            given
        ),
    ))
}

/// A method (self first in `args`) taking between `min` and `max` arguments and no
/// keywords.
pub fn method_arity(
    vm: &mut Vm,
    qualname: &str,
    name: &str,
    args: &[Value],
    kw: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    reject_keywords(vm, qualname, kw)?;
    expect_count(vm, name, args.len().saturating_sub(1), min, max)
}

/// A method taking exactly one argument: returns it, or `qualname() takes exactly one
/// argument (N given)`.
pub fn expect_one(vm: &mut Vm, qualname: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    reject_keywords(vm, qualname, kw)?;
    match args {
        [_, x] => Ok(*x),
        _ => Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "{}() takes exactly one argument ({} given)",
                qualname,
                args.len().saturating_sub(1)
            ),
        )),
    }
}

/// A method taking no arguments: `qualname() takes no arguments (N given)` otherwise.
pub fn expect_none(vm: &mut Vm, qualname: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    reject_keywords(vm, qualname, kw)?;
    if args.len() <= 1 {
        return Ok(());
    }
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!(
            "{}() takes no arguments ({} given)",
            qualname,
            args.len() - 1
        ),
    ))
}

fn self_arg(args: &[Value]) -> Value {
    args.first().copied().unwrap_or(Value::NONE)
}

// ---- tuple ----------------------------------------------------------------------------

fn tuple_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    match seq_items(v) {
        Some(s) if s.len() == 0 => out.push_str(vm, "()"),
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
            let (Some(SeqView::Tuple(x)), Some(SeqView::Tuple(y))) = (seq_items(a), seq_items(b))
            else {
                if matches!(seq_items(a), Some(SeqView::Tuple(_))) && !vm.type_of(b).is_heap() {
                    let tn = vm.type_name(b);
                    return Err(vm.new_exception_fmt(
                        &exception::TYPE_ERROR,
                        format_args!("can only concatenate tuple (not \"{}\") to tuple", tn),
                    ));
                }
                return Ok(Value::NOT_IMPLEMENTED);
            };
            if y.is_empty() && core::ptr::eq(vm.type_of(a), &TUPLE_TYPE) {
                return Ok(a);
            }
            if x.is_empty() && core::ptr::eq(vm.type_of(b), &TUPLE_TYPE) {
                return Ok(b);
            }
            let total = x
                .len()
                .checked_add(y.len())
                .ok_or_else(|| vm.memory_error())?;
            let t = alloc_tuple(vm, total)?;
            for (i, v) in x.get().items().iter().chain(y.get().items()).enumerate() {
                tuple_set_init(t, i, *v);
            }
            Ok(t.as_value())
        }
        binary::MULTIPLY => repeat(vm, a, b, true),
        o if o == ops::REVERSE_BASE + binary::MULTIPLY - binary::OR => repeat(vm, a, b, true),
        _ => Ok(Value::NOT_IMPLEMENTED),
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
    if let Some(i) = index.as_small_int() {
        if let Some(x) = checked_index(i, s.len()).and_then(|j| s.get(j)) {
            return Ok(x);
        }
    }
    if let Some(sl) = Obj::<SliceObj>::from_value(index) {
        let idx = resolve(vm, sl, s.len())?;
        if idx.step == 1 && idx.count == s.len() && core::ptr::eq(vm.type_of(v), &TUPLE_TYPE) {
            return Ok(v);
        }
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
    reject_keywords(vm, "tuple", kw)?;
    expect_count(vm, "tuple", args.len(), 0, 1)?;
    match args.first() {
        None => new_tuple(vm, &[]),
        Some(v) if core::ptr::eq(vm.type_of(*v), &TUPLE_TYPE) => Ok(*v),
        Some(v) => {
            let l = new_list_with_capacity(vm, 0)?;
            ops::extend_list_from_iterable(vm, l, *v)?;
            list_to_tuple(vm, l.as_value())
        }
    }
}

/// A `start`/`stop` argument of `index()`: clamped like a slice bound.
fn search_bound(vm: &mut Vm, v: Value, len: usize) -> PyResult<usize> {
    let i = if v.is_none() {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    } else {
        ops::index_value_clamped(vm, v).map_err(|_| {
            vm.type_error("slice indices must be integers or have an __index__ method")
        })?
    };
    let len = len as i64;
    Ok(if i < 0 {
        (i + len).max(0) as usize
    } else {
        i.min(len) as usize
    })
}

fn seq_index(vm: &mut Vm, args: &[Value], kw: &[Value], what: &str) -> PyResult<Value> {
    let s = seq_items(self_arg(args)).ok_or_else(|| vm.type_error("index of non-sequence"))?;
    let qualname = if what == "list" {
        "list.index"
    } else {
        "tuple.index"
    };
    method_arity(vm, qualname, "index", args, kw, 1, 3)?;
    let needle = args.get(1).copied().unwrap_or(Value::NONE);
    let start = match args.get(2) {
        Some(v) => search_bound(vm, *v, s.len())?,
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => search_bound(vm, *v, s.len())?,
        None => s.len(),
    };
    let mut i = start;
    while i < stop {
        let Some(x) = s.get(i) else { break };
        if x == needle || ops::values_equal(vm, x, needle)? {
            return Ok(Value::small_int_unchecked(i as i64));
        }
        i += 1;
    }
    if what == "list" {
        let r = ops::repr(vm, needle)?;
        let text = crate::objects::str::str_of(vm, r).unwrap_or("x");
        return Err(vm.new_exception_fmt(
            &exception::VALUE_ERROR,
            format_args!("{} is not in list", text),
        ));
    }
    Err(vm.new_exception(&exception::VALUE_ERROR, "tuple.index(x): x not in tuple"))
}

fn tuple_index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    seq_index(vm, args, kw, "tuple")
}
builtin_fn!(TUPLE_INDEX, qstr::index, tuple_index);

fn seq_count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = seq_items(self_arg(args)).ok_or_else(|| vm.type_error("count of non-sequence"))?;
    let qualname = if s.type_name() == "list" {
        "list.count"
    } else {
        "tuple.count"
    };
    let needle = expect_one(vm, qualname, args, kw)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(x) = s.get(i) {
        if x == needle || ops::values_equal(vm, x, needle)? {
            n += 1;
        }
        i += 1;
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
    let Some(s) = seq_items(v) else {
        return Ok(());
    };
    if s.len() == 0 {
        return out.push_str(vm, "[]");
    }
    if !repr_enter(vm, v)? {
        return out.push_str(vm, "[...]");
    }
    let r = write_items(vm, s, "[", "]", out);
    repr_leave(vm, v);
    r
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
            let Some(n) = repeat_count(vm, b)? else {
                return cant_multiply(vm, b);
            };
            let len = l.len();
            if n == 0 || len == 0 {
                l.truncate(0);
                return Ok(a);
            }
            let extra = len.checked_mul(n - 1).ok_or_else(|| vm.memory_error())?;
            l.reserve(vm, extra)?;
            for _ in 1..n {
                for i in 0..len {
                    let v = l.get().get(i).unwrap_or(Value::NONE);
                    l.push(vm, v)?;
                }
            }
            Ok(a)
        }
        binary::ADD => {
            let (Some(SeqView::List(x)), Some(SeqView::List(y))) = (seq_items(a), seq_items(b))
            else {
                if matches!(seq_items(a), Some(SeqView::List(_))) && !vm.type_of(b).is_heap() {
                    let tn = vm.type_name(b);
                    return Err(vm.new_exception_fmt(
                        &exception::TYPE_ERROR,
                        format_args!("can only concatenate list (not \"{}\") to list", tn),
                    ));
                }
                return Ok(Value::NOT_IMPLEMENTED);
            };
            let total = x
                .len()
                .checked_add(y.len())
                .ok_or_else(|| vm.memory_error())?;
            let out = new_list_with_capacity(vm, total)?;
            for src in [x, y] {
                for i in 0..src.len() {
                    out.push(vm, src.get().get(i).unwrap_or(Value::NONE))?;
                }
            }
            Ok(out.as_value())
        }
        binary::MULTIPLY => repeat(vm, a, b, false),
        o if o == ops::REVERSE_BASE + binary::MULTIPLY - binary::OR => repeat(vm, a, b, false),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn list_subscr(vm: &mut Vm, v: Value, index: Value, op: SubscrOp) -> PyResult<Value> {
    let l = list_of(vm, v)?;
    if let Some(i) = index.as_small_int() {
        if let Some(j) = checked_index(i, l.len()) {
            match op {
                SubscrOp::Load => return Ok(l.get().get(j).unwrap_or(Value::NONE)),
                SubscrOp::Store(x) => {
                    l.get().set(j, x);
                    return Ok(Value::NONE);
                }
                SubscrOp::Delete => {
                    l.remove_at(j);
                    return Ok(Value::NONE);
                }
            }
        }
    }
    if let Some(sl) = Obj::<SliceObj>::from_value(index) {
        return match op {
            SubscrOp::Load => Ok(slice_items(vm, SeqView::List(l), sl)?.as_value()),
            SubscrOp::Store(src) => {
                list_assign_slice(vm, l, sl, src)?;
                Ok(Value::NONE)
            }
            SubscrOp::Delete => {
                list_delete_slice(vm, l, sl)?;
                Ok(Value::NONE)
            }
        };
    }
    let what = if op == SubscrOp::Load {
        "list"
    } else {
        "list assignment"
    };
    let i = index_operand(vm, index, "list")?;
    let Some(j) = checked_index(i, l.len()) else {
        return Err(vm.new_exception_fmt(
            &exception::INDEX_ERROR,
            format_args!("{} index out of range", what),
        ));
    };
    match op {
        SubscrOp::Load => Ok(l.get().get(j).unwrap_or(Value::NONE)),
        SubscrOp::Store(x) => {
            l.get().set(j, x);
            Ok(Value::NONE)
        }
        SubscrOp::Delete => {
            l.remove_at(j);
            Ok(Value::NONE)
        }
    }
}

fn list_delete_slice(vm: &mut Vm, l: Obj<ListObj>, sl: Obj<SliceObj>) -> PyResult<()> {
    let idx = resolve(vm, sl, l.len())?;
    if idx.count == 0 {
        return Ok(());
    }
    if idx.step == 1 {
        l.delete_range(idx.start as usize, idx.start as usize + idx.count);
        return Ok(());
    }
    // Walk the removed positions in increasing order and close the gaps in one pass.
    let (first, step) = if idx.step < 0 {
        (idx.index(idx.count - 1), idx.step.unsigned_abs() as usize)
    } else {
        (idx.start as usize, idx.step as usize)
    };
    let items = l.get().items();
    let n = items.len();
    let mut write = first;
    for read in first..n {
        let offset = read - first;
        if offset % step == 0 && offset / step < idx.count {
            continue;
        }
        if let (Some(dst), Some(src)) = (items.get(write), items.get(read)) {
            dst.set(src.get());
        }
        write += 1;
    }
    l.truncate(write);
    Ok(())
}

/// The items of `src` as a new list, with `message` as the TypeError when it is not
/// iterable.
fn items_for_assignment(vm: &mut Vm, src: Value, message: &str) -> PyResult<Obj<ListObj>> {
    let items = new_list_with_capacity(vm, 0)?;
    if seq_items(src).is_some() {
        ops::extend_list_from_iterable(vm, items, src)?;
        return Ok(items);
    }
    let it = ops::get_iter(vm, src).map_err(|e| {
        if vm.exception_matches(e, &exception::TYPE_ERROR) {
            vm.type_error(message)
        } else {
            e
        }
    })?;
    while let Some(x) = ops::iter_next(vm, it)? {
        items.push(vm, x)?;
    }
    Ok(items)
}

fn list_assign_slice(vm: &mut Vm, l: Obj<ListObj>, sl: Obj<SliceObj>, src: Value) -> PyResult<()> {
    let idx = resolve(vm, sl, l.len())?;
    if idx.step != 1 {
        let items = items_for_assignment(vm, src, "must assign iterable to extended slice")?;
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
    let items = items_for_assignment(vm, src, "can only assign an iterable")?;
    // The conversion may have run code that resized the list: clamp again.
    let len = l.len();
    let start = (idx.start.max(0) as usize).min(len);
    let stop = (idx.stop.max(idx.start).max(0) as usize).clamp(start, len);
    let old = stop - start;
    let new = items.len();
    if new > old {
        l.open_gap(vm, stop, new - old)?;
    } else if new < old {
        l.delete_range(start + new, stop);
    }
    for k in 0..new {
        l.get()
            .set(start + k, items.get().get(k).unwrap_or(Value::NONE));
    }
    Ok(())
}

fn list_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    reject_keywords(vm, "list", kw)?;
    expect_count(vm, "list", args.len(), 0, 1)?;
    let l = new_list_with_capacity(vm, 0)?;
    if let Some(v) = args.first() {
        ops::extend_list_from_iterable(vm, l, *v)?;
    }
    Ok(l.as_value())
}

fn self_list(vm: &mut Vm, args: &[Value]) -> PyResult<Obj<ListObj>> {
    list_of(vm, self_arg(args))
}

fn list_append(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = expect_one(vm, "list.append", args, kw)?;
    let l = self_list(vm, args)?;
    l.push(vm, x)?;
    Ok(Value::NONE)
}
builtin_fn!(LIST_APPEND, qstr::append, list_append);

fn list_extend(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let src = expect_one(vm, "list.extend", args, kw)?;
    let l = self_list(vm, args)?;
    ops::extend_list_from_iterable(vm, l, src)?;
    Ok(Value::NONE)
}
builtin_fn!(LIST_EXTEND, qstr::extend, list_extend);

fn list_pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_arity(vm, "list.pop", "pop", args, kw, 0, 1)?;
    let l = self_list(vm, args)?;
    let i = match args.get(1) {
        Some(v) => ssize_arg(vm, *v)?,
        None => -1,
    };
    if l.is_empty() {
        return Err(vm.new_exception(&exception::INDEX_ERROR, "pop from empty list"));
    }
    let Some(j) = checked_index(i, l.len()) else {
        return Err(vm.new_exception(&exception::INDEX_ERROR, "pop index out of range"));
    };
    Ok(l.remove_at(j).unwrap_or(Value::NONE))
}
builtin_fn!(LIST_POP, qstr::pop, list_pop);

fn list_insert(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_arity(vm, "list.insert", "insert", args, kw, 2, 2)?;
    let l = self_list(vm, args)?;
    let i = ssize_arg(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    let len = l.len() as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.insert(vm, i as usize, args.get(2).copied().unwrap_or(Value::NONE))?;
    Ok(Value::NONE)
}
builtin_fn!(LIST_INSERT, qstr::insert, list_insert);

fn list_remove(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let needle = expect_one(vm, "list.remove", args, kw)?;
    let l = self_list(vm, args)?;
    let mut i = 0;
    while let Some(x) = l.get().get(i) {
        if x == needle || ops::values_equal(vm, x, needle)? {
            if i < l.len() {
                l.remove_at(i);
            }
            return Ok(Value::NONE);
        }
        i += 1;
    }
    Err(vm.new_exception(&exception::VALUE_ERROR, "list.remove(x): x not in list"))
}
builtin_fn!(LIST_REMOVE, qstr::remove, list_remove);

fn list_index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    seq_index(vm, args, kw, "list")
}
builtin_fn!(LIST_INDEX, qstr::index, list_index);

fn reverse_cells(cells: &[Cell<Value>]) {
    let n = cells.len();
    for i in 0..n / 2 {
        if let (Some(a), Some(b)) = (cells.get(i), cells.get(n - 1 - i)) {
            a.swap(b);
        }
    }
}

fn list_reverse(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    expect_none(vm, "list.reverse", args, kw)?;
    reverse_cells(self_list(vm, args)?.get().items());
    Ok(Value::NONE)
}
builtin_fn!(LIST_REVERSE, qstr::reverse, list_reverse);

fn list_clear(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    expect_none(vm, "list.clear", args, kw)?;
    self_list(vm, args)?.truncate(0);
    Ok(Value::NONE)
}
builtin_fn!(LIST_CLEAR, qstr::clear, list_clear);

fn list_copy(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    expect_none(vm, "list.copy", args, kw)?;
    let l = self_list(vm, args)?;
    let out = new_list_with_capacity(vm, l.len())?;
    for i in 0..l.len() {
        out.push(vm, l.get().get(i).unwrap_or(Value::NONE))?;
    }
    Ok(out.as_value())
}
builtin_fn!(LIST_COPY, qstr::copy, list_copy);

fn list_reversed(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    expect_none(vm, "list.__reversed__", args, kw)?;
    let l = self_list(vm, args)?;
    super::iterators::new_list_reverse_iterator(vm, l.as_value())
}
builtin_fn!(LIST_REVERSED, qstr::__reversed__, list_reversed);

fn list_sort(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    only_keywords(vm, "sort", kw, &[qstr::key, qstr::reverse])?;
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

// ---- sort -----------------------------------------------------------------------------

/// `a < b` for sorting, with fast paths for the common homogeneous cases.
#[inline]
fn sort_less(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(a.small_int_value() < b.small_int_value());
    }
    if a.is_float() && b.is_float() {
        return Ok(a.as_f64() < b.as_f64());
    }
    if let (Some(x), Some(y)) = (exact_str(vm, a), exact_str(vm, b)) {
        return Ok(x < y);
    }
    let r = ops::compare(vm, a, b, CompareOp::Lt)?;
    if r == Value::TRUE {
        return Ok(true);
    }
    if r == Value::FALSE {
        return Ok(false);
    }
    ops::truthy(vm, r)
}

fn exact_str<'a>(vm: &Vm, v: Value) -> Option<&'a str> {
    if v.is_qstr() || core::ptr::eq(vm.type_of(v), &crate::objects::str::STR_TYPE) {
        crate::objects::str::str_of(vm, v)
    } else {
        None
    }
}

/// The arrays being sorted: keys, and the items they belong to when a key function was
/// given (moved in step with the keys).
struct SortArrays<'a> {
    keys: &'a [Cell<Value>],
    items: Option<&'a [Cell<Value>]>,
    tmp_keys: &'a [Cell<Value>],
    tmp_items: &'a [Cell<Value>],
}

impl SortArrays<'_> {
    #[inline]
    fn key(&self, i: usize) -> Value {
        self.keys.get(i).map(Cell::get).unwrap_or(Value::NONE)
    }

    fn reverse(&self, lo: usize, hi: usize) {
        if let Some(k) = self.keys.get(lo..hi) {
            reverse_cells(k);
        }
        if let Some(k) = self.items.and_then(|it| it.get(lo..hi)) {
            reverse_cells(k);
        }
    }

    /// Move entry `from` to `to` (within the main arrays).
    #[inline]
    fn copy(&self, from: usize, to: usize) {
        copy_cell(self.keys, from, self.keys, to);
        if let Some(it) = self.items {
            copy_cell(it, from, it, to);
        }
    }

    /// Length of the natural run at `lo` (a strictly descending run is reversed in place).
    fn count_run(&self, vm: &mut Vm, lo: usize, hi: usize) -> PyResult<usize> {
        if lo + 1 >= hi {
            return Ok(hi - lo);
        }
        let mut n = 2;
        if sort_less(vm, self.key(lo + 1), self.key(lo))? {
            while lo + n < hi && sort_less(vm, self.key(lo + n), self.key(lo + n - 1))? {
                n += 1;
            }
            self.reverse(lo, lo + n);
        } else {
            while lo + n < hi && !sort_less(vm, self.key(lo + n), self.key(lo + n - 1))? {
                n += 1;
            }
        }
        Ok(n)
    }

    /// Binary insertion sort of `lo..hi` whose prefix `lo..start` is already sorted.
    fn binary_insertion(&self, vm: &mut Vm, lo: usize, hi: usize, start: usize) -> PyResult<()> {
        for pos in start..hi {
            let pivot = self.key(pos);
            let pivot_item = self.items.and_then(|it| it.get(pos)).map(Cell::get);
            let (mut l, mut r) = (lo, pos);
            while l < r {
                let p = l + (r - l) / 2;
                if sort_less(vm, pivot, self.key(p))? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            let mut i = pos;
            while i > l {
                self.copy(i - 1, i);
                i -= 1;
            }
            if let Some(c) = self.keys.get(l) {
                c.set(pivot);
            }
            if let (Some(it), Some(v)) = (self.items, pivot_item) {
                if let Some(c) = it.get(l) {
                    c.set(v);
                }
            }
        }
        Ok(())
    }

    /// Merge the sorted neighbours `lo..mid` and `mid..hi`. Equal keys keep their order.
    /// If a comparison fails the entries are still all present.
    fn merge(&self, vm: &mut Vm, lo: usize, mid: usize, hi: usize) -> PyResult<()> {
        let na = mid - lo;
        for i in 0..na {
            copy_cell(self.keys, lo + i, self.tmp_keys, i);
            if let Some(it) = self.items {
                copy_cell(it, lo + i, self.tmp_items, i);
            }
        }
        let (mut i, mut j, mut k) = (0, mid, lo);
        let result = (|| -> PyResult<()> {
            while i < na && j < hi {
                let a = self.tmp_keys.get(i).map(Cell::get).unwrap_or(Value::NONE);
                if sort_less(vm, self.key(j), a)? {
                    self.copy(j, k);
                    j += 1;
                } else {
                    copy_cell(self.tmp_keys, i, self.keys, k);
                    if let Some(it) = self.items {
                        copy_cell(self.tmp_items, i, it, k);
                    }
                    i += 1;
                }
                k += 1;
            }
            Ok(())
        })();
        // The rest of the left run goes back into the gap before `j`.
        while i < na {
            copy_cell(self.tmp_keys, i, self.keys, k);
            if let Some(it) = self.items {
                copy_cell(self.tmp_items, i, it, k);
            }
            i += 1;
            k += 1;
        }
        result
    }
}

#[inline]
fn copy_cell(src: &[Cell<Value>], from: usize, dst: &[Cell<Value>], to: usize) {
    if let (Some(s), Some(d)) = (src.get(from), dst.get(to)) {
        d.set(s.get());
    }
}

/// CPython's minimum run length for `n` items: `n` itself below 64, else between 32 and
/// 64 so that `n / minrun` is close to a power of two.
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

fn sort_arrays(vm: &mut Vm, a: &SortArrays<'_>, n: usize) -> PyResult<()> {
    let minrun = min_run(n);
    // Natural runs, extended to `minrun` by binary insertion; run boundaries are kept in
    // a GC-free scratch vector of indices.
    let mut bounds: alloc::vec::Vec<usize> = alloc::vec::Vec::new();
    bounds
        .try_reserve(n / minrun.max(1) + 2)
        .map_err(|_| vm.memory_error())?;
    bounds.push(0);
    let mut lo = 0;
    while lo < n {
        let mut run = a.count_run(vm, lo, n)?;
        if run < minrun {
            let force = minrun.min(n - lo);
            a.binary_insertion(vm, lo, lo + force, lo + run)?;
            run = force;
        }
        lo += run;
        bounds.try_reserve(1).map_err(|_| vm.memory_error())?;
        bounds.push(lo);
    }
    while bounds.len() > 2 {
        let mut merged: alloc::vec::Vec<usize> = alloc::vec::Vec::new();
        merged
            .try_reserve(bounds.len() / 2 + 2)
            .map_err(|_| vm.memory_error())?;
        merged.push(0);
        let mut k = 0;
        while k + 2 < bounds.len() {
            let (lo, mid, hi) = (
                bounds.get(k).copied().unwrap_or(0),
                bounds.get(k + 1).copied().unwrap_or(0),
                bounds.get(k + 2).copied().unwrap_or(0),
            );
            a.merge(vm, lo, mid, hi)?;
            merged.push(hi);
            k += 2;
        }
        if k + 2 == bounds.len() {
            merged.push(bounds.get(k + 1).copied().unwrap_or(n));
        }
        bounds = merged;
    }
    Ok(())
}

/// Stable sort with an optional key function, as `list.sort`. While it runs the list
/// looks empty; if the list is changed meanwhile, ValueError is raised (the sorted items
/// are kept). If a comparison raises, the list holds all its items in some order.
pub fn sort_list(vm: &mut Vm, l: Obj<ListObj>, key: Option<Value>, reverse: bool) -> PyResult<()> {
    let (storage, n) = l.detach();
    let Some(storage) = storage else {
        return Ok(());
    };
    let result = sort_detached(vm, storage, n, key, reverse);
    let modified = l.reattach(storage, n);
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(())
}

fn sort_detached(
    vm: &mut Vm,
    storage: Obj<ValueArray>,
    n: usize,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    let items = storage.get().slots().get(..n).unwrap_or(&[]);
    if n < 2 {
        if let (Some(f), Some(c)) = (key, items.first()) {
            call::call(vm, f, &[c.get()], &[])?;
        }
        return Ok(());
    }
    let keys_array: Option<Obj<ValueArray>> = match key {
        Some(f) => {
            let ka = new_value_array(vm, n)?;
            for (i, c) in items.iter().enumerate() {
                let k = call::call(vm, f, &[c.get()], &[])?;
                if let Some(kc) = ka.get().slots().get(i) {
                    kc.set(k);
                }
            }
            Some(ka)
        }
        None => None,
    };
    let tmp_keys = new_value_array(vm, n)?;
    let tmp_items = if key.is_some() {
        new_value_array(vm, n)?
    } else {
        tmp_keys
    };
    let arrays = SortArrays {
        keys: keys_array.map(|k| k.get().slots()).unwrap_or(items),
        items: keys_array.map(|_| items),
        tmp_keys: tmp_keys.get().slots(),
        tmp_items: tmp_items.get().slots(),
    };
    if reverse {
        arrays.reverse(0, n);
    }
    let r = sort_arrays(vm, &arrays, n);
    if reverse {
        arrays.reverse(0, n);
    }
    r
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
    (qstr::__reversed__, Member::Method(&LIST_REVERSED)),
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
    reject_keywords(vm, "range", kw)?;
    match args.len() {
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        1..=3 => {}
        n => {
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("range expected at most 3 arguments, got {}", n),
            ))
        }
    }
    let mut ints = [0i128; 3];
    for (slot, a) in ints.iter_mut().zip(args) {
        *slot = range_arg(vm, *a)?;
    }
    let r = match args.len() {
        1 => new_range(vm, 0, ints[0], 1)?,
        2 => new_range(vm, ints[0], ints[1], 1)?,
        _ => new_range(vm, ints[0], ints[1], ints[2])?,
    };
    Ok(r.as_value())
}

/// A range bound: any `__index__` value; ranges are limited to 128-bit bounds.
fn range_arg(vm: &mut Vm, v: Value) -> PyResult<i128> {
    index_wide(vm, v).map_err(|e| {
        if vm.exception_matches(e, &exception::OVERFLOW_ERROR) {
            vm.new_exception(&exception::OVERFLOW_ERROR, "range() arguments too large")
        } else {
            e
        }
    })
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
    let n = range_of(vm, v)?.len();
    match i64::try_from(n) {
        Ok(n) => Ok(n as usize),
        Err(_) => Err(overflow_ssize(vm)),
    }
}

fn range_bool(vm: &mut Vm, v: Value) -> PyResult<bool> {
    Ok(!range_of(vm, v)?.is_empty())
}

fn range_subscr(vm: &mut Vm, v: Value, index: Value, op: SubscrOp) -> PyResult<Value> {
    let r = range_of(vm, v)?;
    if op != SubscrOp::Load {
        return Err(vm.type_error(if op == SubscrOp::Delete {
            "'range' object doesn't support item deletion"
        } else {
            "'range' object does not support item assignment"
        }));
    }
    let len = r.len();
    if let Some(sl) = Obj::<SliceObj>::from_value(index) {
        let idx = resolve_wide(vm, sl, len)?;
        let too_large = |vm: &mut Vm| overflow_ssize(vm);
        let start = r.item_unchecked(idx.start).ok_or_else(|| too_large(vm))?;
        let stop = r.item_unchecked(idx.stop).ok_or_else(|| too_large(vm))?;
        let step = r.step.checked_mul(idx.step).ok_or_else(|| too_large(vm))?;
        return Ok(new_range(vm, start, stop, step)?.as_value());
    }
    let i = if is_int(index) {
        wide_int(index).unwrap_or_else(|| big_sign(index))
    } else if let Some(r) = crate::interp::attr::call_special_opt(vm, index, qstr::__index__, &[])?
    {
        index_wide(vm, r)?
    } else {
        return Err(index_type_error(vm, "range", index));
    };
    let j = if i < 0 { i.saturating_add(len) } else { i };
    if j < 0 || j >= len {
        return Err(vm.new_exception(&exception::INDEX_ERROR, "range object index out of range"));
    }
    let x = r.item_unchecked(j).ok_or_else(|| overflow_ssize(vm))?;
    int_from_i128(vm, x)
}

/// The position of int `x` in `r`, if present.
fn range_position(r: &RangeObj, x: i128) -> Option<i128> {
    let in_bounds = if r.step > 0 {
        x >= r.start && x < r.stop
    } else {
        x <= r.start && x > r.stop
    };
    if !in_bounds {
        return None;
    }
    let offset = x - r.start;
    (offset % r.step == 0).then(|| offset / r.step)
}

/// `x` as an exact int (ints and bools, the values `in` checks arithmetically).
fn exact_int(vm: &Vm, x: Value) -> Option<i128> {
    let ty = vm.type_of(x);
    let exact = x.is_small_int()
        || x.is_bool()
        || core::ptr::eq(ty, &crate::objects::int::INT_TYPE)
        || core::ptr::eq(ty, &crate::objects::bool::BOOL_TYPE);
    if exact {
        wide_int(x)
    } else {
        None
    }
}

fn range_contains(vm: &mut Vm, v: Value, needle: Value) -> PyResult<bool> {
    let r = range_of(vm, v)?;
    if let Some(x) = exact_int(vm, needle) {
        return Ok(range_position(&r, x).is_some());
    }
    if is_int(needle) {
        // An exact int beyond 128 bits is outside every range.
        return Ok(false);
    }
    Ok(range_search(vm, v, needle, false)?.is_some())
}

/// Compare `needle` with each item by `==` (for values that are not exact ints); returns
/// the first position, or the count when `count` is set.
fn range_search(vm: &mut Vm, v: Value, needle: Value, count: bool) -> PyResult<Option<i128>> {
    let it = ops::get_iter(vm, v)?;
    let mut i: i128 = 0;
    let mut n: i128 = 0;
    while let Some(x) = ops::iter_next(vm, it)? {
        if ops::values_equal(vm, x, needle)? {
            if !count {
                return Ok(Some(i));
            }
            n += 1;
        }
        i += 1;
    }
    Ok(count.then_some(n))
}

fn range_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (
        Obj::<RangeObj>::from_value(a),
        Obj::<RangeObj>::from_value(b),
    ) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let _ = vm;
    let (lx, ly) = (x.len(), y.len());
    let eq =
        a == b || (lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step))));
    match op {
        CompareOp::Eq => Ok(Value::from_bool(eq)),
        CompareOp::Ne => Ok(Value::from_bool(!eq)),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn range_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    super::iterators::new_range_iterator(vm, v)
}

fn range_attr(vm: &mut Vm, v: Value, name: Qstr) -> PyResult<Option<Value>> {
    let r = range_of(vm, v)?;
    Ok(match name {
        qstr::start => Some(int_from_i128(vm, r.start)?),
        qstr::stop => Some(int_from_i128(vm, r.stop)?),
        qstr::step => Some(int_from_i128(vm, r.step)?),
        _ => None,
    })
}

fn range_index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let needle = expect_one(vm, "range.index", args, kw)?;
    let v = self_arg(args);
    let r = range_of(vm, v)?;
    if let Some(x) = exact_int(vm, needle) {
        if let Some(p) = range_position(&r, x) {
            return int_from_i128(vm, p);
        }
    } else if !is_int(needle) {
        if let Some(p) = range_search(vm, v, needle, false)? {
            return int_from_i128(vm, p);
        }
        return Err(vm.new_exception(
            &exception::VALUE_ERROR,
            "sequence.index(x): x not in sequence",
        ));
    }
    let s = ops::repr(vm, needle)?;
    let s = crate::objects::str::str_of(vm, s).unwrap_or("x");
    Err(vm.new_exception_fmt(
        &exception::VALUE_ERROR,
        format_args!("{} is not in range", s),
    ))
}
builtin_fn!(RANGE_INDEX, qstr::index, range_index);

fn range_count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let needle = expect_one(vm, "range.count", args, kw)?;
    let v = self_arg(args);
    let r = range_of(vm, v)?;
    if let Some(x) = exact_int(vm, needle) {
        return Ok(Value::small_int_unchecked(i64::from(
            range_position(&r, x).is_some(),
        )));
    }
    if is_int(needle) {
        return Ok(Value::small_int_unchecked(0));
    }
    let n = range_search(vm, v, needle, true)?.unwrap_or(0);
    int_from_i128(vm, n)
}
builtin_fn!(RANGE_COUNT, qstr::count, range_count);

fn range_reversed(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    expect_none(vm, "range.__reversed__", args, kw)?;
    let r = range_of(vm, self_arg(args))?;
    let len = r.len();
    let (start, stop, step) = if len == 0 {
        (0, 0, 1)
    } else {
        let last = r
            .item_unchecked(len - 1)
            .ok_or_else(|| overflow_ssize(vm))?;
        let before_first = r
            .start
            .checked_sub(r.step)
            .ok_or_else(|| overflow_ssize(vm))?;
        let step = r.step.checked_neg().ok_or_else(|| overflow_ssize(vm))?;
        (last, before_first, step)
    };
    let rev = new_range(vm, start, stop, step)?;
    super::iterators::new_range_iterator(vm, rev.as_value())
}
builtin_fn!(RANGE_REVERSED, qstr::__reversed__, range_reversed);

/// CPython's range hash: the hash of `(len, start, step)`, with `None` standing in for
/// the parts that do not matter (an empty range, a single item).
fn range_hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let r = range_of(vm, v)?;
    let len = r.len();
    let lv = int_from_i128(vm, len)?;
    let (start, step) = match len {
        0 => (Value::NONE, Value::NONE),
        1 => (int_from_i128(vm, r.start)?, Value::NONE),
        _ => (int_from_i128(vm, r.start)?, int_from_i128(vm, r.step)?),
    };
    let t = new_tuple(vm, &[lv, start, step])?;
    ops::hash(vm, t)
}

pub static RANGE_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(range_make_new),
    repr: Some(range_repr),
    hash: Some(range_hash),
    compare: Some(range_compare),
    bool: Some(range_bool),
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
    (qstr::__reversed__, Member::Method(&RANGE_REVERSED)),
];

// ---- slice ----------------------------------------------------------------------------

fn slice_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    reject_keywords(vm, "slice", kw)?;
    expect_count(vm, "slice", args.len(), 1, 3)?;
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

fn slice_indices(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let len = expect_one(vm, "slice.indices", args, kw)?;
    let s = Obj::<SliceObj>::from_value(self_arg(args))
        .ok_or_else(|| vm.type_error("expected a slice"))?;
    let n = index_wide(vm, len)?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let idx = resolve_wide(vm, s, n)?;
    let start = int_from_i128(vm, idx.start)?;
    let stop = int_from_i128(vm, idx.stop)?;
    let step = int_from_i128(vm, idx.step)?;
    new_tuple(vm, &[start, stop, step])
}
builtin_fn!(SLICE_INDICES, qstr::indices, slice_indices);

fn slice_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (
        Obj::<SliceObj>::from_value(a),
        Obj::<SliceObj>::from_value(b),
    ) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if a == b && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Value::from_bool(op == CompareOp::Eq));
    }
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

#[cfg(test)]
mod tests {
    use super::{checked_index, min_run};
    use crate::interp::tests::run_source;

    #[test]
    fn slices_sort_ranges_and_errors_match_cpython() {
        let src = "l = list(range(10)); l[2:5] = \"ab\"; del l[::3]; print(l)\nl = [3, 1, 2]; l[::-2] = [7, 8]; print(l)\nprint(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda t: t[0], reverse=True))\ntry:\n    [1, \"a\"].sort()\nexcept TypeError as e:\n    print(e)\nx = [5, 4]\ntry:\n    x.sort(key=lambda v: x.append(v) or v)\nexcept ValueError as e:\n    print(e, x)\nprint(range(0, 20, 3)[::2], range(10 ** 20)[-1], 10 ** 19 in range(0, 10 ** 20, 10))\ntry:\n    [][5]\nexcept IndexError as e:\n    print(e)\na = [1]; a.append(a); print(a)\n";
        let want = "[1, 'a', 5, 6, 8, 9]\n[8, 1, 7]\n[(1, 'b'), (1, 'a'), (0, 'z')]\n'<' not supported between instances of 'str' and 'int'\nlist modified during sort [4, 5]\nrange(0, 21, 6) 99999999999999999999 True\nlist index out of range\n[1, [...]]\n";
        assert_eq!(run_source(src, 1 << 20, false), want);
        assert_eq!(run_source(src, 1 << 20, true), want);
    }

    #[test]
    fn min_run_matches_cpython_rule() {
        assert_eq!(min_run(63), 63);
        assert_eq!(min_run(64), 32);
        assert_eq!(min_run(65), 33);
        assert_eq!(min_run(1000), 63);
    }

    #[test]
    fn checked_index_counts_from_either_end() {
        assert_eq!(checked_index(0, 3), Some(0));
        assert_eq!(checked_index(-1, 3), Some(2));
        assert_eq!(checked_index(-4, 3), None);
        assert_eq!(checked_index(3, 3), None);
        assert_eq!(checked_index(i64::MIN, 3), None);
    }
}
