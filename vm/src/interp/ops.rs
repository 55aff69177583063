//! The operator protocol: binary and unary operators with reflected and in-place
//! fallbacks, comparison, truth, hashing, repr/str, iteration, subscripts and unpacking.
//! Fast paths for small ints and floats come first; everything else dispatches through
//! the operands' type slots.

use super::{PyErr, PyResult, Vm};
use crate::bytecode::opcodes::{binary, unary};
use crate::objects::exception;
use crate::objects::list::{ListObj, LIST_TYPE};
use crate::objects::str::StrBuilder;
use crate::objects::tuple::{TupleObj, TUPLE_TYPE};
use crate::objects::type_object::{CompareOp, SubscrOp, TypeObject};
use crate::objects::{Layout, Obj};
use crate::value::Value;

/// Binary operator numbers beyond the bytecode's: reflected forms for slots.
pub const REVERSE_BASE: u8 = 37;

/// The reflected operator number of a normal arithmetic operator.
pub fn reflected(op: u8) -> u8 {
    op - binary::OR + REVERSE_BASE
}

/// `a op b` for any operator of MPY.md §4.2.
#[inline]
pub fn binary_op(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    if a.is_small_int() && b.is_small_int() {
        if let Some(r) =
            crate::objects::int::small_int_binary(op, a.small_int_value(), b.small_int_value())
        {
            return Ok(r);
        }
    } else if a.is_float() && b.is_float() {
        if let Some(r) = crate::objects::float::float_binary_fast(op, a.as_f64(), b.as_f64()) {
            return Ok(r);
        }
    }
    binary_op_slow(vm, op, a, b)
}

#[inline(never)]
fn binary_op_slow(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    match op {
        binary::LESS..=binary::NOT_EQUAL => {
            let cmp =
                CompareOp::from_binary_op(op).ok_or_else(|| vm.type_error("bad comparison"))?;
            compare(vm, a, b, cmp)
        }
        binary::IN => Ok(Value::from_bool(contains(vm, b, a)?)),
        binary::IS => Ok(Value::from_bool(a == b)),
        binary::EXCEPTION_MATCH => Ok(Value::from_bool(exception_match(vm, a, b)?)),
        binary::INPLACE_OR..=binary::INPLACE_POWER => {
            let ta = vm.type_of(a);
            if let Some(f) = ta.slots.binary_op {
                let r = f(vm, op, a, b)?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
            arithmetic(vm, op + binary::INPLACE_TO_NORMAL, a, b, Some(op))
        }
        _ => arithmetic(vm, op, a, b, None),
    }
}

fn arithmetic(vm: &mut Vm, op: u8, a: Value, b: Value, inplace: Option<u8>) -> PyResult<Value> {
    let ta = vm.type_of(a);
    let tb = vm.type_of(b);
    let same = core::ptr::eq(ta, tb);
    // A subclass on the right that overrides the reflected method goes first.
    let right_first = !same && tb.is_heap() && super::typeobj::is_subtype(tb, ta);
    if right_first {
        if let Some(f) = tb.slots.binary_op {
            let r = f(vm, reflected(op), b, a)?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    }
    if let Some(f) = ta.slots.binary_op {
        let r = f(vm, op, a, b)?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    if !same && !right_first {
        if let Some(f) = tb.slots.binary_op {
            let r = f(vm, reflected(op), b, a)?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    }
    let sym = operator_symbol(inplace.unwrap_or(op));
    let (na, nb) = (vm.type_name(a), vm.type_name(b));
    if op == binary::MULTIPLY {
        // Sequence repetition by something that is not an int.
        let is_seq = |vm: &Vm, v: Value| {
            crate::objects::str::is_str(vm, v)
                || crate::builtins::bytes_methods::bytes_data(v).is_some()
                || Obj::<ListObj>::from_value(v).is_some()
                || Obj::<TupleObj>::from_value(v).is_some()
        };
        let other = if is_seq(vm, a) {
            Some(nb)
        } else if is_seq(vm, b) {
            Some(na)
        } else {
            None
        };
        if let Some(o) = other {
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("can't multiply sequence by non-int of type '{}'", o),
            ));
        }
    }
    Err(if op == binary::POWER && inplace.is_none() {
        vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                na, nb
            ),
        )
    } else {
        vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                sym, na, nb
            ),
        )
    })
}

/// The source symbol of an operator, for messages.
pub fn operator_symbol(op: u8) -> &'static str {
    const SYMBOLS: [&str; 35] = [
        "<",
        ">",
        "==",
        "<=",
        ">=",
        "!=",
        "in",
        "is",
        "exception match",
        "|=",
        "^=",
        "&=",
        "<<=",
        ">>=",
        "+=",
        "-=",
        "*=",
        "@=",
        "//=",
        "/=",
        "%=",
        "**=",
        "|",
        "^",
        "&",
        "<<",
        ">>",
        "+",
        "-",
        "*",
        "@",
        "//",
        "/",
        "%",
        "**",
    ];
    SYMBOLS.get(usize::from(op)).copied().unwrap_or("?")
}

/// Rich comparison with reflection and the `==`/`!=` identity fallback.
pub fn compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    vm.check_native_stack("maximum recursion depth exceeded in comparison")?;
    let ta = vm.type_of(a);
    let tb = vm.type_of(b);
    let same = core::ptr::eq(ta, tb);
    let right_first = !same && tb.is_heap() && super::typeobj::is_subtype(tb, ta);
    if right_first {
        if let Some(f) = tb.slots.compare {
            let r = f(vm, b, a, op.swapped())?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    }
    if let Some(f) = ta.slots.compare {
        let r = f(vm, a, b, op)?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    if !right_first {
        if let Some(f) = tb.slots.compare {
            let r = f(vm, b, a, op.swapped())?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    }
    match op {
        CompareOp::Eq => Ok(Value::from_bool(a == b)),
        CompareOp::Ne => Ok(Value::from_bool(a != b)),
        _ => {
            let (na, nb) = (vm.type_name(a), vm.type_name(b));
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    na,
                    nb
                ),
            ))
        }
    }
}

/// Python `a == b` as a bool.
pub fn values_equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a == b && !a.is_float() {
        return Ok(true);
    }
    if a.is_small_int() && b.is_small_int() {
        return Ok(false);
    }
    if a.is_qstr() && b.is_qstr() {
        return Ok(false);
    }
    let r = compare(vm, a, b, CompareOp::Eq)?;
    truthy(vm, r)
}

/// Identity, or equality (containers and dict keys: `x in [x]` holds even for NaN).
pub fn is_same_or_equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    values_equal(vm, a, b)
}

/// Key equality for hash tables.
#[inline]
pub fn keys_equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    is_same_or_equal(vm, a, b)
}

/// Truth value.
#[inline]
pub fn truthy(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if v == Value::TRUE {
        return Ok(true);
    }
    if v == Value::FALSE || v.is_none() {
        return Ok(false);
    }
    if v.is_small_int() {
        return Ok(v.small_int_value() != 0);
    }
    if v.is_float() {
        return Ok(v.as_f64() != 0.0);
    }
    if let Some(q) = v.as_qstr() {
        return Ok(!vm.qstr_str(q).is_empty());
    }
    let ty = vm.type_of(v);
    if let Some(f) = ty.slots.bool {
        return f(vm, v);
    }
    if let Some(f) = ty.slots.len {
        return Ok(f(vm, v)? != 0);
    }
    Ok(true)
}

/// `hash(v)` as Python sees it.
pub fn hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(crate::builtins::int_methods::hash_small_int(i));
    }
    if v.is_float() {
        return Ok(crate::objects::float::hash_float(v.as_f64()));
    }
    if v.is_qstr() {
        return Ok(crate::objects::str::str_hash_full(vm, v) as i64);
    }
    vm.check_native_stack("maximum recursion depth exceeded while hashing")?;
    let ty = vm.type_of(v);
    match ty.slots.hash {
        Some(f) => f(vm, v),
        None => {
            // Mutable containers (and slices, as in 3.11) are unhashable; every other object
            // hashes by identity.
            let mutable = matches!(
                ty.layout,
                Layout::List | Layout::Dict | Layout::ByteArray | Layout::Slice
            ) || core::ptr::eq(ty, &crate::builtins::set_methods::SET_TYPE)
                // Set-like dict views define __eq__ without __hash__.
                || core::ptr::eq(ty, &crate::builtins::dict_methods::DICT_KEYS_TYPE)
                || core::ptr::eq(ty, &crate::builtins::dict_methods::DICT_ITEMS_TYPE);
            if mutable {
                let name = vm.type_name(v);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("unhashable type: '{}'", name),
                ));
            }
            Ok(((v.bits() >> 4) & ((1 << 46) - 1)) as i64)
        }
    }
}

/// The hash used inside dict/set tables (47 bits, non-negative).
#[inline]
pub fn hash_for_table(vm: &mut Vm, v: Value) -> PyResult<u64> {
    if v.is_qstr() {
        return Ok(crate::objects::str::str_hash(vm, v));
    }
    Ok((hash(vm, v)? as u64) & ((1 << 47) - 1))
}

/// Unary operator (NOT included).
pub fn unary_op(vm: &mut Vm, op: u8, v: Value) -> PyResult<Value> {
    if op == unary::NOT {
        return Ok(Value::from_bool(!truthy(vm, v)?));
    }
    if let Some(i) = v.as_small_int() {
        match op {
            unary::POSITIVE => return Ok(v),
            unary::NEGATIVE => return crate::objects::int::int_from_i64(vm, -i),
            unary::INVERT => return Ok(Value::small_int_unchecked(!i)),
            _ => {}
        }
    }
    if v.is_float() {
        match op {
            unary::POSITIVE => return Ok(v),
            unary::NEGATIVE => return Ok(Value::from_f64(-v.as_f64())),
            _ => {}
        }
    }
    let ty = vm.type_of(v);
    if ty.is_heap() {
        if let Some(r) = super::classes::unary_override(vm, op, v)? {
            return Ok(r);
        }
    }
    if let Some(f) = ty.slots.unary_op {
        let r = f(vm, op, v)?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    let sym = match op {
        unary::POSITIVE => "unary +",
        unary::NEGATIVE => "unary -",
        _ => "unary ~",
    };
    let name = vm.type_name(v);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("bad operand type for {}: '{}'", sym, name),
    ))
}

/// `needle in container`.
pub fn contains(vm: &mut Vm, container: Value, needle: Value) -> PyResult<bool> {
    let ty = vm.type_of(container);
    if let Some(f) = ty.slots.contains {
        return f(vm, container, needle);
    }
    if ty.slots.iter.is_some() {
        let it = get_iter(vm, container)?;
        while let Some(x) = iter_next(vm, it)? {
            if is_same_or_equal(vm, x, needle)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let name = vm.type_name(container);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("argument of type '{}' is not iterable", name),
    ))
}

fn exception_match(vm: &mut Vm, exc: Value, ty: Value) -> PyResult<bool> {
    let et = vm.type_of(exc);
    if let Some(t) = super::typeobj::as_type(ty) {
        if !t.has_flag(crate::objects::type_object::type_flags::EXCEPTION) {
            return Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        return Ok(super::typeobj::is_subtype(et, t));
    }
    if let Some(tuple) = Obj::<TupleObj>::from_value(ty) {
        vm.check_native_stack("maximum recursion depth exceeded")?;
        for t in tuple.get().items() {
            if exception_match(vm, exc, *t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed"))
}

/// Write `repr(v)`.
pub fn repr_into(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    if let Some(i) = v.as_small_int() {
        return out.push_fmt(vm, format_args!("{}", i));
    }
    if v.is_float() {
        return crate::objects::float::write_float_repr(vm, v.as_f64(), out);
    }
    if let Some(s) = crate::objects::str::str_of(vm, v).filter(|_| v.is_qstr()) {
        return crate::objects::str::write_str_repr(vm, s, out);
    }
    vm.nesting_depth += 1;
    let r = if vm.nesting_depth > 200 || vm.stack_room() == 0 {
        Err(vm.new_exception(
            &exception::RECURSION_ERROR,
            "maximum recursion depth exceeded while getting the repr of an object",
        ))
    } else {
        let ty = vm.type_of(v);
        match ty.slots.repr {
            Some(f) => f(vm, v, out),
            None => super::classes::default_repr(vm, v, out),
        }
    };
    vm.nesting_depth -= 1;
    r
}

/// Write `str(v)`.
pub fn str_into(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    if let Some(s) = crate::objects::str::str_of(vm, v) {
        if v.is_qstr() || core::ptr::eq(vm.type_of(v), &crate::objects::str::STR_TYPE) {
            return out.push_str(vm, s);
        }
    }
    let ty = vm.type_of(v);
    match ty.slots.str {
        Some(f) => f(vm, v, out),
        None => repr_into(vm, v, out),
    }
}

/// `repr(v)` as a str value.
pub fn repr(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let mut b = StrBuilder::new();
    repr_into(vm, v, &mut b)?;
    b.finish(vm)
}

/// `str(v)` as a str value.
pub fn str_value(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if crate::objects::str::is_str(vm, v)
        && core::ptr::eq(vm.type_of(v), &crate::objects::str::STR_TYPE)
    {
        return Ok(v);
    }
    let mut b = StrBuilder::new();
    str_into(vm, v, &mut b)?;
    b.finish(vm)
}

/// An integer index from an int (or `__index__`).
pub fn index_value(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(i);
    }
    if v.is_bool() {
        return Ok(i64::from(v == Value::TRUE));
    }
    if let Some(i) = crate::objects::int::int_as_i128(v) {
        return i64::try_from(i).map_err(|_| {
            vm.new_exception(
                &exception::INDEX_ERROR,
                "cannot fit 'int' into an index-sized integer",
            )
        });
    }
    if crate::objects::int::is_int(v) {
        // An int beyond 128 bits.
        return Err(vm.new_exception(
            &exception::INDEX_ERROR,
            "cannot fit 'int' into an index-sized integer",
        ));
    }
    if let Some(r) = super::attr::call_special_opt(vm, v, crate::qstr::__index__, &[])? {
        if !crate::objects::int::is_int(r) {
            let tn = vm.type_name(r);
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("__index__ returned non-int (type {})", tn),
            ));
        }
        return index_value(vm, r);
    }
    let name = vm.type_name(v);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("'{}' object cannot be interpreted as an integer", name),
    ))
}

/// Like `index_value`, but huge ints clamp (for slice bounds).
pub fn index_value_clamped(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(i) = crate::objects::int::int_as_i128(v) {
        return Ok(i.clamp(i128::from(i64::MIN / 2), i128::from(i64::MAX / 2)) as i64);
    }
    if crate::objects::int::is_int(v) {
        let neg = Obj::<crate::objects::int::BigIntObj>::from_value(v).is_some_and(|b| b.negative);
        return Ok(if neg { i64::MIN / 2 } else { i64::MAX / 2 });
    }
    match index_value(vm, v) {
        Ok(i) => Ok(i),
        Err(_) => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// `iter(obj)`.
pub fn get_iter(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    let ty = vm.type_of(obj);
    match ty.slots.iter {
        Some(f) => f(vm, obj),
        None => {
            if let Some(it) = super::classes::getitem_iterator(vm, obj)? {
                return Ok(it);
            }
            let name = vm.type_name(obj);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("'{}' object is not iterable", name),
            ))
        }
    }
}

/// Whether `iter(obj)` can work: the type has an iterator slot or a `__getitem__`.
pub fn is_iterable(vm: &mut Vm, obj: Value) -> PyResult<bool> {
    let ty = vm.type_of(obj);
    if ty.slots.iter.is_some() {
        return Ok(true);
    }
    super::classes::iterates_by_getitem(vm, ty)
}

/// `next(it)`, with exhaustion as `None`.
pub fn iter_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    vm.check_native_stack("maximum recursion depth exceeded")?;
    // Native consumers (`sum`, `all`, `in`, `list(...)`) loop here without a backward
    // jump: `sum(range(10**15))` must stay interruptible.
    vm.poll_interrupt()?;
    let ty = vm.type_of(it);
    match ty.slots.iternext {
        Some(f) => f(vm, it),
        None => {
            let name = vm.type_name(it);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("'{}' object is not an iterator", name),
            ))
        }
    }
}

/// One step of a `for` loop.
pub enum ForStep {
    /// The next item, and the new value of the loop's state slot if it changed.
    Item(Value, Option<Value>),
    Done,
}

/// Set up the 4 stack slots of a `for` loop: sequences and ranges iterate in place
/// without an iterator object.
pub fn get_iter_stack(vm: &mut Vm, obj: Value) -> PyResult<[Value; 4]> {
    let ty = vm.type_of(obj);
    if core::ptr::eq(ty, &LIST_TYPE) || core::ptr::eq(ty, &TUPLE_TYPE) {
        return Ok([
            Value::small_int_unchecked(super::exec::ITER_SEQUENCE),
            obj,
            Value::small_int_unchecked(0),
            Value::NONE,
        ]);
    }
    if let Some((start, stop, step)) =
        Obj::<crate::objects::range::RangeObj>::from_value(obj).and_then(|r| r.small_bounds())
    {
        if let (Some(start), Some(stop), Some(step)) = (
            Value::try_small_int(start),
            Value::try_small_int(stop),
            Value::try_small_int(step),
        ) {
            return Ok([
                Value::small_int_unchecked(super::exec::ITER_RANGE),
                stop,
                start,
                step,
            ]);
        }
    }
    let it = get_iter(vm, obj)?;
    Ok([Value::NULL, it, Value::NONE, Value::NONE])
}

/// Advance a `for` loop whose 4 slots are `state` (bottom first). The slot that changes
/// is the third (index 2, depth 1 from the top).
#[inline]
pub fn for_iter_next(vm: &mut Vm, state: &[Value]) -> PyResult<ForStep> {
    let (Some(&kind), Some(&a), Some(&b), Some(&c)) =
        (state.first(), state.get(1), state.get(2), state.get(3))
    else {
        return Err(vm.type_error("bad for-loop state"));
    };
    if kind.is_null() {
        return Ok(match iter_next(vm, a)? {
            Some(v) => ForStep::Item(v, None),
            None => ForStep::Done,
        });
    }
    if kind.small_int_value() == super::exec::ITER_RANGE {
        let (stop, cur, step) = (
            a.small_int_value(),
            b.small_int_value(),
            c.small_int_value(),
        );
        let more = if step > 0 { cur < stop } else { cur > stop };
        if !more {
            return Ok(ForStep::Done);
        }
        let next = Value::try_small_int(cur + step).unwrap_or(Value::small_int_unchecked(stop));
        return Ok(ForStep::Item(b, Some(next)));
    }
    let i = b.small_int_value() as usize;
    let item = if let Some(l) = Obj::<ListObj>::from_value(a) {
        l.get().get(i)
    } else {
        Obj::<TupleObj>::from_value(a).and_then(|t| t.get().get(i))
    };
    Ok(match item {
        Some(v) => ForStep::Item(v, Some(Value::small_int_unchecked(i as i64 + 1))),
        None => ForStep::Done,
    })
}

/// Append every item of an iterable to a list.
pub fn extend_list_from_iterable(vm: &mut Vm, list: Obj<ListObj>, iterable: Value) -> PyResult<()> {
    if let Some(t) = Obj::<TupleObj>::from_value(iterable) {
        list.reserve(vm, t.len())?;
        for v in t.get().items() {
            list.push(vm, *v)?;
        }
        return Ok(());
    }
    if let Some(src) = Obj::<ListObj>::from_value(iterable) {
        let n = src.len();
        list.reserve(vm, n)?;
        for i in 0..n {
            if let Some(v) = src.get().get(i) {
                list.push(vm, v)?;
            }
        }
        return Ok(());
    }
    // A built-in sized iterable (range, str, dict, set...) says up front how much room
    // it needs: one exact allocation instead of a trail of 1.5x regrowths.
    let ty = vm.type_of(iterable);
    if !ty.is_heap() {
        if let Some(len) = ty.slots.len {
            let n = len(vm, iterable)?;
            list.reserve(vm, n)?;
        }
    }
    let it = get_iter(vm, iterable)?;
    while let Some(v) = iter_next(vm, it)? {
        list.push(vm, v)?;
    }
    Ok(())
}

/// `UNPACK_SEQUENCE`/`UNPACK_EX`: push items so that item 0 ends on top. With `star`,
/// `n_left` items, a list of the middle, then `n_right` items are produced.
pub fn unpack_sequence(
    vm: &mut Vm,
    seq: Value,
    n_left: usize,
    n_right: usize,
    star: bool,
    push: &mut dyn FnMut(&mut Vm, Value) -> PyResult<()>,
) -> PyResult<()> {
    let items = crate::objects::list::new_list_with_capacity(vm, n_left + n_right)?;
    if type_of_has_no_iter(vm, seq) {
        let tn = vm.type_name(seq);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("cannot unpack non-iterable {} object", tn),
        ));
    }
    extend_list_from_iterable(vm, items, seq)?;
    let n = items.len();
    let expected = n_left + n_right;
    if !star && n != n_left {
        return Err(if n > n_left {
            vm.new_exception_fmt(
                &exception::VALUE_ERROR,
                format_args!("too many values to unpack (expected {})", n_left),
            )
        } else {
            vm.new_exception_fmt(
                &exception::VALUE_ERROR,
                format_args!(
                    "not enough values to unpack (expected {}, got {})",
                    n_left, n
                ),
            )
        });
    }
    if star && n < expected {
        return Err(vm.new_exception_fmt(
            &exception::VALUE_ERROR,
            format_args!(
                "not enough values to unpack (expected at least {}, got {})",
                expected, n
            ),
        ));
    }
    if !star {
        for i in (0..n).rev() {
            push(vm, items.get().get(i).unwrap_or(Value::NONE))?;
        }
        return Ok(());
    }
    for i in (n - n_right..n).rev() {
        push(vm, items.get().get(i).unwrap_or(Value::NONE))?;
    }
    let middle = crate::objects::list::new_list_with_capacity(vm, n - expected)?;
    for i in n_left..n - n_right {
        middle.push(vm, items.get().get(i).unwrap_or(Value::NONE))?;
    }
    push(vm, middle.as_value())?;
    for i in (0..n_left).rev() {
        push(vm, items.get().get(i).unwrap_or(Value::NONE))?;
    }
    Ok(())
}

fn subscr(vm: &mut Vm, obj: Value, index: Value, op: SubscrOp) -> PyResult<Value> {
    let ty: &'static TypeObject = vm.type_of(obj);
    if let Some(f) = ty.slots.subscr {
        return f(vm, obj, index, op);
    }
    if let Some(t) = super::typeobj::as_type(obj) {
        if op == SubscrOp::Load {
            // `list[int]` and friends: generic aliases are not modelled; return the class.
            if let Some(r) = super::attr::call_special_on_type_opt(
                vm,
                t,
                obj,
                crate::qstr::__class_getitem__,
                &[index],
            )? {
                return Ok(r);
            }
        }
    }
    let name = vm.type_name(obj);
    Err(match op {
        SubscrOp::Load => vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("'{}' object is not subscriptable", name),
        ),
        SubscrOp::Store(_) => vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("'{}' object does not support item assignment", name),
        ),
        SubscrOp::Delete => vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("'{}' object does not support item deletion", name),
        ),
    })
}

pub fn subscr_load(vm: &mut Vm, obj: Value, index: Value) -> PyResult<Value> {
    subscr(vm, obj, index, SubscrOp::Load)
}

pub fn subscr_store(vm: &mut Vm, obj: Value, index: Value, v: Value) -> PyResult<()> {
    subscr(vm, obj, index, SubscrOp::Store(v)).map(|_| ())
}

pub fn subscr_delete(vm: &mut Vm, obj: Value, index: Value) -> PyResult<()> {
    subscr(vm, obj, index, SubscrOp::Delete).map(|_| ())
}

/// `len(v)`.
pub fn len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if let Some(s) = crate::objects::str::str_of(vm, v) {
        if v.is_qstr() {
            return Ok(s.chars().count());
        }
    }
    let ty = vm.type_of(v);
    match ty.slots.len {
        Some(f) => f(vm, v),
        None => {
            let name = vm.type_name(v);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("object of type '{}' has no len()", name),
            ))
        }
    }
}

/// Raise `StopIteration` turned into the value it carries (for `yield from` results).
pub fn stop_iteration_value(vm: &Vm, err: PyErr) -> Option<Value> {
    if !vm.exception_matches(err, &exception::STOP_ITERATION) {
        return None;
    }
    let e = vm.exception_obj(err)?;
    let args = Obj::<TupleObj>::from_value(e.args.get())?;
    Some(args.get().get(0).unwrap_or(Value::NONE))
}

/// True if `v` can certainly not be iterated (no `__iter__` slot, no `__getitem__`).
fn type_of_has_no_iter(vm: &Vm, v: Value) -> bool {
    let t = vm.type_of(v);
    t.slots.iter.is_none() && t.slots.subscr.is_none()
}
