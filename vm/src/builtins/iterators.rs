//! Iterator objects: over lists/tuples (forward and reversed), ranges, strings, bytes,
//! dicts (keys, values, items, forward and reversed) and sets, plus the
//! iterator-returning built-ins `enumerate`, `zip`, `map`, `filter`, `reversed` and
//! `iter(callable, sentinel)`. One layout (`IteratorObj`: three value fields and three
//! counters) serves them all; each kind is its own static type with its own `iternext`,
//! named as in CPython. Dict and set iterators raise CPython's RuntimeErrors when their
//! container changes size underneath them.

use super::args::{keyword, only_keywords};
use super::seq::{expect_count, reject_keywords};
use crate::bytecode::opcodes::binary;
use crate::gc::heap::Heap;
use crate::interp::{call, ops, PyErr, PyResult, Vm};
use crate::objects::exception;
use crate::objects::int::{int_as_i128, int_from_i128, int_from_i64};
use crate::objects::list::ListObj;
use crate::objects::range::RangeObj;
use crate::objects::tuple::{alloc_tuple, new_tuple, tuple_set_init, TupleObj};
use crate::objects::type_object::{Member, TypeObject, TypeSlots};
use crate::objects::{HeapObject, Layout, Obj, ObjHeader};
use crate::qstr::{self, Qstr};
use crate::value::Value;
use core::cell::Cell;

#[repr(C)]
pub struct IteratorObj {
    pub header: ObjHeader,
    pub a: Cell<Value>,
    pub b: Cell<Value>,
    pub c: Cell<Value>,
    pub i: Cell<i64>,
    pub n: Cell<i64>,
    pub step: Cell<i64>,
}

// SAFETY: repr(C), starts with ObjHeader; iterator-layout objects are made only here.
unsafe impl HeapObject for IteratorObj {
    const LAYOUT: Layout = Layout::Iterator;
}

fn trace_iterator(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on an iterator.
    let it = unsafe { &*(obj as *const IteratorObj) };
    heap.mark_value(it.a.get());
    heap.mark_value(it.b.get());
    heap.mark_value(it.c.get());
}

/// The three counters of an iterator: position, limit, step.
type Counters = (i64, i64, i64);

fn new_iterator(
    vm: &mut Vm,
    ty: &'static TypeObject,
    a: Value,
    b: Value,
    c: Value,
    counters: Counters,
) -> PyResult<Value> {
    let (i, n, step) = counters;
    let o = vm.alloc(IteratorObj {
        header: ObjHeader::new(ty),
        a: Cell::new(a),
        b: Cell::new(b),
        c: Cell::new(c),
        i: Cell::new(i),
        n: Cell::new(n),
        step: Cell::new(step),
    })?;
    Ok(o.as_value())
}

fn this(vm: &mut Vm, v: Value) -> PyResult<Obj<IteratorObj>> {
    Obj::<IteratorObj>::from_value(v).ok_or_else(|| vm.type_error("expected an iterator"))
}

fn iter_self(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(v)
}

const NO_MEMBERS: &[(Qstr, Member)] = &[];

macro_rules! iterator_type {
    ($static_name:ident, $slots:ident, $name:expr, $next:path) => {
        pub static $slots: TypeSlots = TypeSlots {
            iter: Some(iter_self),
            iternext: Some($next),
            ..TypeSlots::EMPTY
        };
        pub static $static_name: TypeObject = TypeObject::builtin(
            $name,
            Layout::Iterator,
            Some(&crate::objects::instance::OBJECT_TYPE),
            &$slots,
            NO_MEMBERS,
            trace_iterator,
            0,
        );
    };
}

/// An exhausted iterator drops its source (CPython's iterators do, so the source can be
/// freed and later growth is not seen).
fn exhausted() -> Value {
    Value::from_ptr(&crate::objects::tuple::EMPTY_TUPLE)
}

// ---- sequences --------------------------------------------------------------------

#[inline]
fn seq_item(src: Value, i: usize) -> Option<Value> {
    if let Some(l) = Obj::<ListObj>::from_value(src) {
        l.get().get(i)
    } else {
        Obj::<TupleObj>::from_value(src).and_then(|t| t.get().get(i))
    }
}

fn seq_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let i = it.i.get() as usize;
    let item = seq_item(it.a.get(), i);
    if item.is_some() {
        it.i.set(i as i64 + 1);
    } else {
        it.a.set(exhausted());
    }
    Ok(item)
}
iterator_type!(
    LIST_ITERATOR_TYPE,
    LIST_ITERATOR_SLOTS,
    qstr::list_iterator,
    seq_next
);
iterator_type!(
    TUPLE_ITERATOR_TYPE,
    TUPLE_ITERATOR_SLOTS,
    qstr::tuple_iterator,
    seq_next
);

/// Iterator over a list or tuple (or the one inside an instance of a subclass).
pub fn new_seq_iterator(vm: &mut Vm, seq: Value) -> PyResult<Value> {
    let src = crate::interp::typeobj::native_base_of(seq).unwrap_or(seq);
    let ty: &'static TypeObject = if Obj::<TupleObj>::from_value(src).is_some() {
        &TUPLE_ITERATOR_TYPE
    } else {
        &LIST_ITERATOR_TYPE
    };
    new_iterator(vm, ty, src, Value::NONE, Value::NONE, (0, 0, 0))
}

fn list_reverse_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let i = it.i.get();
    let item = if i >= 0 {
        seq_item(it.a.get(), i as usize)
    } else {
        None
    };
    if item.is_some() {
        it.i.set(i - 1);
    } else {
        it.i.set(-1);
        it.a.set(exhausted());
    }
    Ok(item)
}
iterator_type!(
    LIST_REVERSE_ITERATOR_TYPE,
    LIST_REVERSE_ITERATOR_SLOTS,
    qstr::list_reverseiterator,
    list_reverse_next
);

/// `reversed(list)`.
pub fn new_list_reverse_iterator(vm: &mut Vm, list: Value) -> PyResult<Value> {
    let n = Obj::<ListObj>::from_value(list)
        .map(|l| l.len())
        .unwrap_or(0) as i64;
    new_iterator(
        vm,
        &LIST_REVERSE_ITERATOR_TYPE,
        list,
        Value::NONE,
        Value::NONE,
        (n - 1, 0, 0),
    )
}

fn range_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let (cur, stop, step) = (it.i.get(), it.n.get(), it.step.get());
    let more = if step > 0 { cur < stop } else { cur > stop };
    if !more {
        return Ok(None);
    }
    match cur.checked_add(step) {
        Some(next) => it.i.set(next),
        None => it.n.set(cur),
    }
    int_from_i64(vm, cur).map(Some)
}
iterator_type!(
    RANGE_ITERATOR_TYPE,
    RANGE_ITERATOR_SLOTS,
    qstr::range_iterator,
    range_next
);

/// Iterator over a range whose bounds exceed a machine word: the range itself and the
/// index of the next item.
fn long_range_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let Some(r) = Obj::<RangeObj>::from_value(it.a.get()) else {
        return Ok(None);
    };
    let i = i128::from(it.i.get());
    if i >= r.len() {
        return Ok(None);
    }
    let Some(x) = r.item_unchecked(i) else {
        return Ok(None);
    };
    it.i.set(it.i.get().saturating_add(1));
    int_from_i128(vm, x).map(Some)
}
iterator_type!(
    LONG_RANGE_ITERATOR_TYPE,
    LONG_RANGE_ITERATOR_SLOTS,
    qstr::longrange_iterator,
    long_range_next
);

pub fn new_range_iterator(vm: &mut Vm, r: Value) -> PyResult<Value> {
    let range = Obj::<RangeObj>::from_value(r).ok_or_else(|| vm.type_error("expected a range"))?;
    match range.small_bounds() {
        Some((start, stop, step)) => new_iterator(
            vm,
            &RANGE_ITERATOR_TYPE,
            Value::NONE,
            Value::NONE,
            Value::NONE,
            (start, stop, step),
        ),
        None => new_iterator(
            vm,
            &LONG_RANGE_ITERATOR_TYPE,
            r,
            Value::NONE,
            Value::NONE,
            (0, 0, 0),
        ),
    }
}

fn str_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let s = crate::objects::str::str_of(vm, it.a.get()).unwrap_or("");
    let pos = it.i.get() as usize;
    let Some(c) = s.get(pos..).and_then(|rest| rest.chars().next()) else {
        return Ok(None);
    };
    it.i.set((pos + c.len_utf8()) as i64);
    let mut buf = [0u8; 4];
    crate::objects::str::new_str(vm, c.encode_utf8(&mut buf)).map(Some)
}
iterator_type!(
    STR_ITERATOR_TYPE,
    STR_ITERATOR_SLOTS,
    qstr::str_iterator,
    str_next
);

pub fn new_str_iterator(vm: &mut Vm, s: Value) -> PyResult<Value> {
    new_iterator(
        vm,
        &STR_ITERATOR_TYPE,
        s,
        Value::NONE,
        Value::NONE,
        (0, 0, 0),
    )
}

fn bytes_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let data = super::bytes_methods::bytes_data(it.a.get()).unwrap_or(&[]);
    let i = it.i.get() as usize;
    match data.get(i) {
        Some(b) => {
            it.i.set(i as i64 + 1);
            Ok(Some(Value::small_int_unchecked(i64::from(*b))))
        }
        None => Ok(None),
    }
}
iterator_type!(
    BYTES_ITERATOR_TYPE,
    BYTES_ITERATOR_SLOTS,
    qstr::bytes_iterator,
    bytes_next
);

pub fn new_bytes_iterator(vm: &mut Vm, b: Value) -> PyResult<Value> {
    new_iterator(
        vm,
        &BYTES_ITERATOR_TYPE,
        b,
        Value::NONE,
        Value::NONE,
        (0, 0, 0),
    )
}

// ---- dicts and sets ---------------------------------------------------------------

/// Which part of a dict entry a dict iterator (or view) yields.
pub const DICT_KEYS: i64 = 0;
pub const DICT_VALUES: i64 = 1;
pub const DICT_ITEMS: i64 = 2;

fn changed_size(vm: &mut Vm, what: &str) -> PyErr {
    vm.new_exception_fmt(
        &exception::RUNTIME_ERROR,
        format_args!("{} changed size during iteration", what),
    )
}

/// Fields: `a` the dict, `b` the number of items still expected (small int); counters:
/// position, the size the dict had (-1 once it changed), and the part yielded.
fn dict_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let Some(d) = crate::objects::dict::as_dict(it.a.get()) else {
        return Ok(None);
    };
    let table = &d.get().table;
    if table.len() as i64 != it.n.get() {
        it.n.set(-1);
        return Err(changed_size(vm, "dictionary"));
    }
    let mut i = it.i.get() as usize;
    while i < table.positions() {
        if let Some((k, val)) = table.entry_at(i) {
            it.i.set(i as i64 + 1);
            let left = it.b.get().small_int_value();
            if left <= 0 {
                it.n.set(-1);
                return Err(vm.new_exception(
                    &exception::RUNTIME_ERROR,
                    "dictionary keys changed during iteration",
                ));
            }
            it.b.set(Value::small_int_unchecked(left - 1));
            return Ok(Some(match it.step.get() {
                DICT_KEYS => k,
                DICT_VALUES => val,
                _ => new_tuple(vm, &[k, val])?,
            }));
        }
        i += 1;
    }
    it.i.set(i as i64);
    it.a.set(Value::NONE);
    Ok(None)
}
iterator_type!(
    DICT_KEY_ITERATOR_TYPE,
    DICT_KEY_ITERATOR_SLOTS,
    qstr::dict_keyiterator,
    dict_next
);
iterator_type!(
    DICT_VALUE_ITERATOR_TYPE,
    DICT_VALUE_ITERATOR_SLOTS,
    qstr::dict_valueiterator,
    dict_next
);
iterator_type!(
    DICT_ITEM_ITERATOR_TYPE,
    DICT_ITEM_ITERATOR_SLOTS,
    qstr::dict_itemiterator,
    dict_next
);

/// Iterator over a dict's keys, values or items.
pub fn new_dict_iterator(vm: &mut Vm, d: Value, what: i64) -> PyResult<Value> {
    let src = crate::interp::typeobj::native_base_of(d).unwrap_or(d);
    let len = crate::objects::dict::as_dict(src)
        .map(|d| d.get().table.len())
        .unwrap_or(0) as i64;
    let ty: &'static TypeObject = match what {
        DICT_KEYS => &DICT_KEY_ITERATOR_TYPE,
        DICT_VALUES => &DICT_VALUE_ITERATOR_TYPE,
        _ => &DICT_ITEM_ITERATOR_TYPE,
    };
    new_iterator(
        vm,
        ty,
        src,
        Value::small_int_unchecked(len),
        Value::NONE,
        (0, len, what),
    )
}

/// Reversed dict iteration: `i` is the next position to look at, counting down.
fn dict_reverse_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let Some(d) = crate::objects::dict::as_dict(it.a.get()) else {
        return Ok(None);
    };
    let table = &d.get().table;
    if table.len() as i64 != it.n.get() {
        it.n.set(-1);
        return Err(changed_size(vm, "dictionary"));
    }
    let mut i = it.i.get();
    while i >= 0 {
        if let Some((k, val)) = table.entry_at(i as usize) {
            it.i.set(i - 1);
            return Ok(Some(match it.step.get() {
                DICT_KEYS => k,
                DICT_VALUES => val,
                _ => new_tuple(vm, &[k, val])?,
            }));
        }
        i -= 1;
    }
    it.i.set(-1);
    it.a.set(Value::NONE);
    Ok(None)
}
iterator_type!(
    DICT_REVERSE_KEY_ITERATOR_TYPE,
    DICT_REVERSE_KEY_ITERATOR_SLOTS,
    qstr::dict_reversekeyiterator,
    dict_reverse_next
);
iterator_type!(
    DICT_REVERSE_VALUE_ITERATOR_TYPE,
    DICT_REVERSE_VALUE_ITERATOR_SLOTS,
    qstr::dict_reversevalueiterator,
    dict_reverse_next
);
iterator_type!(
    DICT_REVERSE_ITEM_ITERATOR_TYPE,
    DICT_REVERSE_ITEM_ITERATOR_SLOTS,
    qstr::dict_reverseitemiterator,
    dict_reverse_next
);

/// `reversed(d)`, `reversed(d.values())`...
pub fn new_dict_reverse_iterator(vm: &mut Vm, d: Value, what: i64) -> PyResult<Value> {
    let src = crate::interp::typeobj::native_base_of(d).unwrap_or(d);
    let (len, last) = crate::objects::dict::as_dict(src)
        .map(|d| (d.get().table.len(), d.get().table.positions()))
        .unwrap_or((0, 0));
    let ty: &'static TypeObject = match what {
        DICT_KEYS => &DICT_REVERSE_KEY_ITERATOR_TYPE,
        DICT_VALUES => &DICT_REVERSE_VALUE_ITERATOR_TYPE,
        _ => &DICT_REVERSE_ITEM_ITERATOR_TYPE,
    };
    new_iterator(
        vm,
        ty,
        src,
        Value::NONE,
        Value::NONE,
        (last as i64 - 1, len as i64, what),
    )
}

fn set_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let Some(table) = super::set_methods::set_table(it.a.get()) else {
        return Ok(None);
    };
    if table.len() as i64 != it.n.get() {
        it.n.set(-1);
        return Err(vm.new_exception(
            &exception::RUNTIME_ERROR,
            "Set changed size during iteration",
        ));
    }
    let mut i = it.i.get() as usize;
    let slots = table.slots();
    while i < slots {
        if let Some((k, _)) = table.entry_at(i) {
            it.i.set(i as i64 + 1);
            return Ok(Some(k));
        }
        i += 1;
    }
    it.i.set(i as i64);
    it.a.set(Value::NONE);
    Ok(None)
}
iterator_type!(
    SET_ITERATOR_TYPE,
    SET_ITERATOR_SLOTS,
    qstr::set_iterator,
    set_next
);

pub fn new_set_iterator(vm: &mut Vm, s: Value) -> PyResult<Value> {
    let src = crate::interp::typeobj::native_base_of(s).unwrap_or(s);
    let len = super::set_methods::set_table(src)
        .map(|t| t.len())
        .unwrap_or(0) as i64;
    new_iterator(
        vm,
        &SET_ITERATOR_TYPE,
        src,
        Value::NONE,
        Value::NONE,
        (0, len, 0),
    )
}

// ---- enumerate, zip, map, filter, reversed ------------------------------------------

/// Fields: `a` the source iterator, `b` the next count as an int value once it no
/// longer fits the `i` counter (NULL before).
fn enumerate_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let Some(x) = ops::iter_next(vm, it.a.get())? else {
        return Ok(None);
    };
    let n = if it.b.get().is_null() {
        let i = it.i.get();
        match i.checked_add(1) {
            Some(next) => it.i.set(next),
            None => {
                let big = int_from_i64(vm, i)?;
                let next = ops::binary_op(vm, binary::ADD, big, Value::small_int_unchecked(1))?;
                it.b.set(next);
            }
        }
        int_from_i64(vm, i)?
    } else {
        let cur = it.b.get();
        let next = ops::binary_op(vm, binary::ADD, cur, Value::small_int_unchecked(1))?;
        it.b.set(next);
        cur
    };
    new_tuple(vm, &[n, x]).map(Some)
}

fn enumerate_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    only_keywords(vm, "enumerate", kw, &[qstr::iterable, qstr::start])?;
    expect_count(vm, "enumerate", args.len(), 0, 2)?;
    let src = args
        .first()
        .copied()
        .or_else(|| keyword(vm, kw, qstr::iterable))
        .ok_or_else(|| vm.type_error("enumerate() missing required argument 'iterable'"))?;
    let start = args
        .get(1)
        .copied()
        .or_else(|| keyword(vm, kw, qstr::start));
    let it = ops::get_iter(vm, src)?;
    let (counter, big) = match start {
        None => (0, Value::NULL),
        Some(s) => {
            let s = enumerate_start(vm, s)?;
            match int_as_i128(s).and_then(|i| i64::try_from(i).ok()) {
                Some(i) => (i, Value::NULL),
                None => (0, s),
            }
        }
    };
    new_iterator(vm, &ENUMERATE_TYPE, it, big, Value::NONE, (counter, 0, 0))
}

/// The `start` of `enumerate`: an int (or `__index__` result).
fn enumerate_start(vm: &mut Vm, s: Value) -> PyResult<Value> {
    if crate::objects::int::is_int(s) {
        return Ok(s);
    }
    match crate::interp::attr::call_special_opt(vm, s, qstr::__index__, &[])? {
        Some(r) if crate::objects::int::is_int(r) => Ok(r),
        _ => {
            let tn = vm.type_name(s);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("'{}' object cannot be interpreted as an integer", tn),
            ))
        }
    }
}

pub static ENUMERATE_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(enumerate_make_new),
    iter: Some(iter_self),
    iternext: Some(enumerate_next),
    ..TypeSlots::EMPTY
};
pub static ENUMERATE_TYPE: TypeObject = TypeObject::builtin(
    qstr::enumerate,
    Layout::Iterator,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &ENUMERATE_SLOTS,
    NO_MEMBERS,
    trace_iterator,
    0,
);

/// Fields: `a` a tuple of the source iterators; counters: `n` set once exhausted, `step`
/// non-zero for `strict=True`.
fn zip_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let Some(iters) = Obj::<TupleObj>::from_value(it.a.get()) else {
        return Ok(None);
    };
    let n = iters.len();
    if n == 0 || it.n.get() != 0 {
        return Ok(None);
    }
    let out = alloc_tuple(vm, n)?;
    for (k, i) in iters.get().items().iter().enumerate() {
        match ops::iter_next(vm, *i)? {
            Some(x) => tuple_set_init(out, k, x),
            None => {
                it.n.set(1);
                if it.step.get() != 0 {
                    if let Some(e) = zip_strict_error(vm, iters, k) {
                        return Err(e);
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(out.as_value()))
}

/// "1" or "1-k": the arguments a zip() argument is compared with.
struct ArgumentRange(usize);

impl core::fmt::Display for ArgumentRange {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.0 == 1 {
            f.write_str("1")
        } else {
            write!(f, "1-{}", self.0)
        }
    }
}

/// `zip(strict=True)` found iterator `k` exhausted: the error saying which argument was
/// shorter or longer, as CPython words it; `None` when all ended together.
fn zip_strict_error(vm: &mut Vm, iters: Obj<TupleObj>, k: usize) -> Option<PyErr> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let range = ArgumentRange;
    if k > 0 {
        return Some(vm.new_exception_fmt(
            &exception::VALUE_ERROR,
            format_args!(
                "zip() argument {} is shorter than argument{} {}",
                k + 1,
                plural(k),
                range(k)
            ),
        ));
    }
    for (j, other) in iters.get().items().iter().enumerate().skip(1) {
        match ops::iter_next(vm, *other) {
            Ok(Some(_)) => {
                return Some(vm.new_exception_fmt(
                    &exception::VALUE_ERROR,
                    format_args!(
                        "zip() argument {} is longer than argument{} {}",
                        j + 1,
                        plural(j),
                        range(j)
                    ),
                ))
            }
            Ok(None) => {}
            Err(e) => return Some(e),
        }
    }
    None
}

fn iters_tuple(vm: &mut Vm, sources: &[Value]) -> PyResult<Value> {
    let t = alloc_tuple(vm, sources.len())?;
    for (k, s) in sources.iter().enumerate() {
        let it = ops::get_iter(vm, *s)?;
        tuple_set_init(t, k, it);
    }
    Ok(t.as_value())
}

fn zip_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    only_keywords(vm, "zip", kw, &[qstr::strict])?;
    let strict = match keyword(vm, kw, qstr::strict) {
        Some(s) => ops::truthy(vm, s)?,
        None => false,
    };
    let iters = iters_tuple(vm, args)?;
    new_iterator(
        vm,
        &ZIP_TYPE,
        iters,
        Value::NONE,
        Value::NONE,
        (0, 0, i64::from(strict)),
    )
}

pub static ZIP_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(zip_make_new),
    iter: Some(iter_self),
    iternext: Some(zip_next),
    ..TypeSlots::EMPTY
};
pub static ZIP_TYPE: TypeObject = TypeObject::builtin(
    qstr::zip,
    Layout::Iterator,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &ZIP_SLOTS,
    NO_MEMBERS,
    trace_iterator,
    0,
);

fn map_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let Some(iters) = Obj::<TupleObj>::from_value(it.b.get()) else {
        return Ok(None);
    };
    let f = it.a.get();
    if let [single] = iters.get().items() {
        let Some(x) = ops::iter_next(vm, *single)? else {
            return Ok(None);
        };
        return call::call(vm, f, &[x], &[]).map(Some);
    }
    let n = iters.len();
    let args = alloc_tuple(vm, n)?;
    for (k, i) in iters.get().items().iter().enumerate() {
        match ops::iter_next(vm, *i)? {
            Some(x) => tuple_set_init(args, k, x),
            None => return Ok(None),
        }
    }
    call::call(vm, f, args.get().items(), &[]).map(Some)
}

fn map_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    reject_keywords(vm, "map", kw)?;
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let iters = iters_tuple(vm, args.get(1..).unwrap_or(&[]))?;
    new_iterator(
        vm,
        &MAP_TYPE,
        args.first().copied().unwrap_or(Value::NONE),
        iters,
        Value::NONE,
        (0, 0, 0),
    )
}

pub static MAP_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(map_make_new),
    iter: Some(iter_self),
    iternext: Some(map_next),
    ..TypeSlots::EMPTY
};
pub static MAP_TYPE: TypeObject = TypeObject::builtin(
    qstr::map,
    Layout::Iterator,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &MAP_SLOTS,
    NO_MEMBERS,
    trace_iterator,
    0,
);

fn filter_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    while let Some(x) = ops::iter_next(vm, it.b.get())? {
        let f = it.a.get();
        let keep = if f.is_none() || f == crate::objects::bool::BOOL_TYPE.as_value() {
            ops::truthy(vm, x)?
        } else {
            let r = call::call(vm, f, &[x], &[])?;
            ops::truthy(vm, r)?
        };
        if keep {
            return Ok(Some(x));
        }
    }
    Ok(None)
}

fn filter_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    reject_keywords(vm, "filter", kw)?;
    expect_count(vm, "filter", args.len(), 2, 2)?;
    let it = ops::get_iter(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    new_iterator(
        vm,
        &FILTER_TYPE,
        args.first().copied().unwrap_or(Value::NONE),
        it,
        Value::NONE,
        (0, 0, 0),
    )
}

pub static FILTER_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(filter_make_new),
    iter: Some(iter_self),
    iternext: Some(filter_next),
    ..TypeSlots::EMPTY
};
pub static FILTER_TYPE: TypeObject = TypeObject::builtin(
    qstr::filter,
    Layout::Iterator,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &FILTER_SLOTS,
    NO_MEMBERS,
    trace_iterator,
    0,
);

/// `reversed(seq)` over the sequence protocol: `i` is the next index, counting down.
fn reversed_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let i = it.i.get();
    if i < 0 {
        return Ok(None);
    }
    let idx = int_from_i64(vm, i)?;
    match ops::subscr_load(vm, it.a.get(), idx) {
        Ok(x) => {
            it.i.set(i - 1);
            Ok(Some(x))
        }
        Err(e)
            if vm.exception_matches(e, &exception::INDEX_ERROR)
                || vm.exception_matches(e, &exception::STOP_ITERATION) =>
        {
            it.i.set(-1);
            it.a.set(Value::NONE);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Whether `v` supports the sequence protocol `reversed` falls back on (`__getitem__`
/// with integer indices, and not a mapping).
fn is_sequence(vm: &mut Vm, v: Value) -> PyResult<bool> {
    let ty = vm.type_of(v);
    if crate::objects::dict::as_dict(v).is_some() {
        return Ok(false);
    }
    if ty.is_heap() {
        if crate::interp::classes::find_override(vm, ty, qstr::__getitem__)?.is_some() {
            return Ok(true);
        }
        return match crate::interp::typeobj::native_base_of(v) {
            Some(b) => is_sequence(vm, b),
            None => Ok(false),
        };
    }
    Ok(ty.slots.subscr.is_some())
}

fn reversed_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    reject_keywords(vm, "reversed", kw)?;
    expect_count(vm, "reversed", args.len(), 1, 1)?;
    let seq = args.first().copied().unwrap_or(Value::NONE);
    let ty = vm.type_of(seq);
    let disabled = matches!(
        crate::interp::typeobj::lookup_in_type(vm, ty, qstr::__reversed__)?,
        Some(crate::interp::typeobj::TypeAttr::Value(v)) if v.is_none()
    );
    if !disabled {
        if let Some(r) = crate::interp::attr::call_special_opt(vm, seq, qstr::__reversed__, &[])? {
            return Ok(r);
        }
    }
    if disabled || !is_sequence(vm, seq)? {
        let tn = vm.type_name(seq);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("'{}' object is not reversible", tn),
        ));
    }
    let n = ops::len(vm, seq)? as i64;
    new_iterator(
        vm,
        &REVERSED_TYPE,
        seq,
        Value::NONE,
        Value::NONE,
        (n - 1, 0, 0),
    )
}

pub static REVERSED_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(reversed_make_new),
    iter: Some(iter_self),
    iternext: Some(reversed_next),
    ..TypeSlots::EMPTY
};
pub static REVERSED_TYPE: TypeObject = TypeObject::builtin(
    qstr::reversed,
    Layout::Iterator,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &REVERSED_SLOTS,
    NO_MEMBERS,
    trace_iterator,
    0,
);

/// Fields: `a` the callable (NONE once exhausted), `b` the sentinel.
fn callable_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let f = it.a.get();
    if f.is_none() {
        return Ok(None);
    }
    let x = match call::call(vm, f, &[], &[]) {
        Ok(x) => x,
        Err(e) if vm.exception_matches(e, &exception::STOP_ITERATION) => {
            it.a.set(Value::NONE);
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    if ops::is_same_or_equal(vm, x, it.b.get())? {
        it.a.set(Value::NONE);
        return Ok(None);
    }
    Ok(Some(x))
}
iterator_type!(
    CALLABLE_ITERATOR_TYPE,
    CALLABLE_ITERATOR_SLOTS,
    qstr::callable_iterator,
    callable_next
);

/// `iter(f, sentinel)`.
pub fn new_callable_iterator(vm: &mut Vm, f: Value, sentinel: Value) -> PyResult<Value> {
    let callable = (super::functions::CALLABLE.func)(vm, &[f], &[])?;
    if callable != Value::TRUE {
        return Err(vm.type_error("iter(v, w): v must be callable"));
    }
    new_iterator(
        vm,
        &CALLABLE_ITERATOR_TYPE,
        f,
        sentinel,
        Value::NONE,
        (0, 0, 0),
    )
}

fn getitem_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    if it.n.get() != 0 {
        return Ok(None);
    }
    let i = it.i.get();
    let idx = int_from_i64(vm, i)?;
    match ops::subscr_load(vm, it.a.get(), idx) {
        Ok(x) => {
            it.i.set(i + 1);
            Ok(Some(x))
        }
        Err(e)
            if vm.exception_matches(e, &exception::INDEX_ERROR)
                || vm.exception_matches(e, &exception::STOP_ITERATION) =>
        {
            it.n.set(1);
            it.a.set(Value::NONE);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}
iterator_type!(
    GETITEM_ITERATOR_TYPE,
    GETITEM_ITERATOR_SLOTS,
    qstr::iterator,
    getitem_next
);

pub fn new_getitem_iterator(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    new_iterator(
        vm,
        &GETITEM_ITERATOR_TYPE,
        obj,
        Value::NONE,
        Value::NONE,
        (0, 0, 0),
    )
}

/// The iterator types callable by name from Python.
pub static NAMED_ITERATOR_TYPES: &[&TypeObject] = &[
    &ENUMERATE_TYPE,
    &ZIP_TYPE,
    &MAP_TYPE,
    &FILTER_TYPE,
    &REVERSED_TYPE,
];
