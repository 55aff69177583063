//! Iterator objects: over lists/tuples, ranges, strings, bytes, dicts and sets, plus the
//! iterator-returning built-ins `enumerate`, `zip`, `map`, `filter`, `reversed` and
//! `iter(callable, sentinel)`. One layout (`IteratorObj`: three value fields and three
//! counters) serves them all; each kind is its own static type with its own `iternext`.

use super::args::{check_count, keyword, only_keywords};
use crate::gc::heap::Heap;
use crate::interp::{call, ops, PyResult, Vm};
use crate::objects::exception;
use crate::objects::list::ListObj;
use crate::objects::tuple::{new_tuple, TupleObj};
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
            &[] as &[(Qstr, Member)],
            trace_iterator,
            0,
        );
    };
}

// ---- sequences --------------------------------------------------------------------

fn seq_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let src = it.a.get();
    let i = it.i.get() as usize;
    let item = if let Some(l) = Obj::<ListObj>::from_value(src) {
        l.get().get(i)
    } else {
        Obj::<TupleObj>::from_value(src).and_then(|t| t.get().get(i))
    };
    if item.is_some() {
        it.i.set(i as i64 + 1);
    } else {
        it.a.set(Value::from_ptr(&crate::objects::tuple::EMPTY_TUPLE));
    }
    Ok(item)
}
iterator_type!(
    SEQ_ITERATOR_TYPE,
    SEQ_ITERATOR_SLOTS,
    qstr::list_iterator,
    seq_next
);

/// Iterator over a list or tuple (or the list inside a list subclass instance).
pub fn new_seq_iterator(vm: &mut Vm, seq: Value) -> PyResult<Value> {
    let src = crate::interp::typeobj::native_base_of(seq).unwrap_or(seq);
    new_iterator(
        vm,
        &SEQ_ITERATOR_TYPE,
        src,
        Value::NONE,
        Value::NONE,
        (0, 0, 0),
    )
}

fn range_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let (cur, stop, step) = (it.i.get(), it.n.get(), it.step.get());
    let more = if step > 0 { cur < stop } else { cur > stop };
    if !more {
        return Ok(None);
    }
    it.i.set(cur.saturating_add(step));
    crate::objects::int::int_from_i64(vm, cur).map(Some)
}
iterator_type!(
    RANGE_ITERATOR_TYPE,
    RANGE_ITERATOR_SLOTS,
    qstr::range_iterator,
    range_next
);

pub fn new_range_iterator(vm: &mut Vm, r: Value) -> PyResult<Value> {
    let range = Obj::<crate::objects::range::RangeObj>::from_value(r)
        .ok_or_else(|| vm.type_error("expected a range"))?;
    new_iterator(
        vm,
        &RANGE_ITERATOR_TYPE,
        Value::NONE,
        Value::NONE,
        Value::NONE,
        (range.start, range.stop, range.step),
    )
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

/// Which part of a dict entry a dict iterator yields.
pub const DICT_KEYS: i64 = 0;
pub const DICT_VALUES: i64 = 1;
pub const DICT_ITEMS: i64 = 2;

fn table_of(v: Value) -> Option<&'static crate::objects::dict::HashTable> {
    if let Some(d) = crate::objects::dict::as_dict(v) {
        return Some(&d.get().table);
    }
    super::set_methods::set_table(v)
}

fn dict_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let Some(table) = table_of(it.a.get()) else {
        return Ok(None);
    };
    if table.len() as i64 != it.n.get() {
        it.n.set(-1);
        let what = if super::set_methods::set_table(it.a.get()).is_some() {
            "set"
        } else {
            "dictionary"
        };
        return Err(vm.new_exception_fmt(
            &exception::RUNTIME_ERROR,
            format_args!("{} changed size during iteration", what),
        ));
    }
    let mut i = it.i.get() as usize;
    while i < table.positions() {
        if let Some((k, val)) = table.entry_at(i) {
            it.i.set(i as i64 + 1);
            return Ok(Some(match it.step.get() {
                DICT_KEYS => k,
                DICT_VALUES => val,
                _ => new_tuple(vm, &[k, val])?,
            }));
        }
        i += 1;
    }
    it.i.set(i as i64);
    Ok(None)
}
iterator_type!(
    DICT_ITERATOR_TYPE,
    DICT_ITERATOR_SLOTS,
    qstr::dict_keyiterator,
    dict_next
);

/// Iterator over a dict's (or set's) keys, values or items.
pub fn new_dict_iterator(vm: &mut Vm, d: Value, what: i64) -> PyResult<Value> {
    let src = crate::interp::typeobj::native_base_of(d).unwrap_or(d);
    let len = table_of(src).map(|t| t.len()).unwrap_or(0) as i64;
    new_iterator(
        vm,
        &DICT_ITERATOR_TYPE,
        src,
        Value::NONE,
        Value::NONE,
        (0, len, what),
    )
}

// ---- enumerate, zip, map, filter, reversed ------------------------------------------

fn enumerate_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let Some(x) = ops::iter_next(vm, it.a.get())? else {
        return Ok(None);
    };
    let i = it.i.get();
    it.i.set(i + 1);
    let n = crate::objects::int::int_from_i64(vm, i)?;
    new_tuple(vm, &[n, x]).map(Some)
}

fn enumerate_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    only_keywords(vm, "enumerate", kw, &[qstr::iterable, qstr::start])?;
    check_count(vm, "enumerate", args, 0, 2)?;
    let src = args
        .first()
        .copied()
        .or_else(|| keyword(vm, kw, qstr::iterable))
        .ok_or_else(|| vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"))?;
    let start = match args
        .get(1)
        .copied()
        .or_else(|| keyword(vm, kw, qstr::start))
    {
        Some(s) => ops::index_value(vm, s)?,
        None => 0,
    };
    let it = ops::get_iter(vm, src)?;
    new_iterator(
        vm,
        &ENUMERATE_TYPE,
        it,
        Value::NONE,
        Value::NONE,
        (start, 0, 0),
    )
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
    &[] as &[(Qstr, Member)],
    trace_iterator,
    0,
);

fn zip_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let Some(iters) = Obj::<TupleObj>::from_value(it.a.get()) else {
        return Ok(None);
    };
    let n = iters.len();
    if n == 0 {
        return Ok(None);
    }
    let out = crate::objects::tuple::alloc_tuple(vm, n)?;
    for (k, i) in iters.get().items().iter().enumerate() {
        match ops::iter_next(vm, *i)? {
            Some(x) => crate::objects::tuple::tuple_set_init(out, k, x),
            None => {
                if it.step.get() != 0 {
                    return Err(zip_strict_error(vm, k));
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(out.as_value()))
}

fn zip_strict_error(vm: &mut Vm, k: usize) -> crate::interp::PyErr {
    if k == 0 {
        vm.new_exception(
            &exception::VALUE_ERROR,
            "zip() argument 2 is longer than argument 1",
        )
    } else if k == 1 {
        vm.new_exception(
            &exception::VALUE_ERROR,
            "zip() argument 2 is shorter than argument 1",
        )
    } else {
        vm.new_exception_fmt(
            &exception::VALUE_ERROR,
            format_args!("zip() argument {} is shorter than arguments 1-{}", k + 1, k),
        )
    }
}

fn iters_tuple(vm: &mut Vm, sources: &[Value]) -> PyResult<Value> {
    let t = crate::objects::tuple::alloc_tuple(vm, sources.len())?;
    for (k, s) in sources.iter().enumerate() {
        let it = ops::get_iter(vm, *s)?;
        crate::objects::tuple::tuple_set_init(t, k, it);
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
    &[] as &[(Qstr, Member)],
    trace_iterator,
    0,
);

fn map_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let Some(iters) = Obj::<TupleObj>::from_value(it.b.get()) else {
        return Ok(None);
    };
    let n = iters.len();
    let args = crate::objects::tuple::alloc_tuple(vm, n)?;
    for (k, i) in iters.get().items().iter().enumerate() {
        match ops::iter_next(vm, *i)? {
            Some(x) => crate::objects::tuple::tuple_set_init(args, k, x),
            None => return Ok(None),
        }
    }
    call::call(vm, it.a.get(), args.get().items(), &[]).map(Some)
}

fn map_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    super::args::no_keywords(vm, "map", kw)?;
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
    &[] as &[(Qstr, Member)],
    trace_iterator,
    0,
);

fn filter_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    while let Some(x) = ops::iter_next(vm, it.b.get())? {
        let f = it.a.get();
        let keep = if f.is_none() {
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
    super::args::no_keywords(vm, "filter", kw)?;
    check_count(vm, "filter", args, 2, 2)?;
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
    &[] as &[(Qstr, Member)],
    trace_iterator,
    0,
);

fn reversed_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    let i = it.i.get();
    if i < 0 {
        return Ok(None);
    }
    it.i.set(i - 1);
    let idx = crate::objects::int::int_from_i64(vm, i)?;
    ops::subscr_load(vm, it.a.get(), idx).map(Some)
}

fn reversed_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    super::args::no_keywords(vm, "reversed", kw)?;
    check_count(vm, "reversed", args, 1, 1)?;
    let seq = args.first().copied().unwrap_or(Value::NONE);
    if let Some(r) = crate::interp::attr::call_special_opt(vm, seq, qstr::__reversed__, &[])? {
        return Ok(r);
    }
    if crate::objects::dict::as_dict(seq).is_some() {
        let l = super::dict_methods::keys_list(vm, seq)?;
        let n = Obj::<ListObj>::from_value(l).map(|l| l.len()).unwrap_or(0) as i64;
        return new_iterator(
            vm,
            &REVERSED_TYPE,
            l,
            Value::NONE,
            Value::NONE,
            (n - 1, 0, 0),
        );
    }
    let n = ops::len(vm, seq).map_err(|_| {
        let tn = vm.type_name(seq);
        vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("'{}' object is not reversible", tn),
        )
    })? as i64;
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
    &[] as &[(Qstr, Member)],
    trace_iterator,
    0,
);

fn callable_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let it = this(vm, v)?;
    if it.n.get() != 0 {
        return Ok(None);
    }
    let x = call::call(vm, it.a.get(), &[], &[])?;
    if ops::values_equal(vm, x, it.b.get())? {
        it.n.set(1);
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

pub fn new_callable_iterator(vm: &mut Vm, f: Value, sentinel: Value) -> PyResult<Value> {
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
    let idx = crate::objects::int::int_from_i64(vm, i)?;
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
