//! Behaviour of `bytes` and `bytearray` (a growable byte buffer in GC storage):
//! construction, repr, comparison, indexing (items are ints), slicing, concatenation,
//! mutation of bytearrays, and the common methods.

use super::args::{arg_or_keyword, check_count, no_keywords};
use crate::builtin_fn;
use crate::bytecode::opcodes::binary;
use crate::gc::heap::Heap;
use crate::interp::{ops, PyResult, Vm};
use crate::objects::bytes::{new_bytes, new_raw_bytes_zeroed, BytesObj, RawBytes, BYTES_TYPE};
use crate::objects::exception;
use crate::objects::slice::{resolve, SliceObj};
use crate::objects::str::StrBuilder;
use crate::objects::type_object::{type_flags, CompareOp, Member, SubscrOp, TypeObject, TypeSlots};
use crate::objects::{HeapObject, Layout, Obj, ObjHeader};
use crate::qstr::{self, Qstr};
use crate::value::Value;
use core::cell::Cell;

#[repr(C)]
pub struct ByteArrayObj {
    pub header: ObjHeader,
    len: Cell<usize>,
    storage: Cell<Value>,
}

// SAFETY: repr(C), starts with ObjHeader.
unsafe impl HeapObject for ByteArrayObj {
    const LAYOUT: Layout = Layout::ByteArray;
}

impl ByteArrayObj {
    pub fn data<'a>(&self) -> &'a mut [u8] {
        match Obj::<RawBytes>::from_value(self.storage.get()) {
            Some(r) => r
                .get()
                .data_mut()
                .get_mut(..self.len.get())
                .unwrap_or(&mut []),
            None => &mut [],
        }
    }

    fn capacity(&self) -> usize {
        Obj::<RawBytes>::from_value(self.storage.get())
            .map(|r| r.len())
            .unwrap_or(0)
    }

    /// Replace the contents with `bytes` (which must not alias this buffer's storage).
    pub fn set_data(&self, vm: &mut Vm, bytes: &[u8]) -> PyResult<()> {
        if bytes.len() > self.capacity() {
            let r = new_raw_bytes_zeroed(vm, bytes.len().max(8))?;
            self.storage.set(r.as_value());
        }
        self.len.set(bytes.len());
        self.data().copy_from_slice(bytes);
        Ok(())
    }

    pub fn extend(&self, vm: &mut Vm, bytes: &[u8]) -> PyResult<()> {
        let n = self.len.get();
        let need = n + bytes.len();
        if need > self.capacity() {
            let r = new_raw_bytes_zeroed(vm, need.max(self.capacity() * 2).max(8))?;
            if let Some(dst) = r.get().data_mut().get_mut(..n) {
                dst.copy_from_slice(self.data());
            }
            self.storage.set(r.as_value());
        }
        self.len.set(need);
        if let Some(dst) = self.data().get_mut(n..) {
            dst.copy_from_slice(bytes);
        }
        Ok(())
    }
}

fn trace_bytearray(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on a bytearray.
    let b = unsafe { &*(obj as *const ByteArrayObj) };
    heap.mark_value(b.storage.get());
}

pub fn new_bytearray(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
    let b = vm.alloc(ByteArrayObj {
        header: ObjHeader::new(&BYTEARRAY_TYPE),
        len: Cell::new(0),
        storage: Cell::new(Value::NULL),
    })?;
    b.get().set_data(vm, data)?;
    Ok(b.as_value())
}

/// A private scratch byte buffer on the GC heap.
pub fn new_scratch_bytes(vm: &mut Vm, n: usize) -> PyResult<Obj<RawBytes>> {
    new_raw_bytes_zeroed(vm, n)
}

/// The bytes of a bytes or bytearray value.
pub fn bytes_data<'a>(v: Value) -> Option<&'a [u8]> {
    if let Some(b) = Obj::<BytesObj>::from_value(v) {
        return Some(b.get().data());
    }
    if let Some(b) = Obj::<ByteArrayObj>::from_value(v) {
        return Some(b.get().data());
    }
    crate::interp::typeobj::native_base_of(v).and_then(bytes_data)
}

fn is_bytearray(v: Value) -> bool {
    Obj::<ByteArrayObj>::from_value(v).is_some()
}

/// Collect the bytes of an iterable of ints (or a buffer).
pub fn bytes_from_iterable(vm: &mut Vm, src: Value, out: &mut alloc::vec::Vec<u8>) -> PyResult<()> {
    if let Some(d) = bytes_data(src) {
        out.try_reserve(d.len()).map_err(|_| vm.memory_error())?;
        out.extend_from_slice(d);
        return Ok(());
    }
    let it = ops::get_iter(vm, src)?;
    while let Some(x) = ops::iter_next(vm, it)? {
        let i = ops::index_value(vm, x)?;
        if !(0..=255).contains(&i) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        out.try_reserve(1).map_err(|_| vm.memory_error())?;
        out.push(i as u8);
    }
    Ok(())
}

fn make_bytes_like(vm: &mut Vm, args: &[Value], kw: &[Value], array: bool) -> PyResult<Value> {
    let name = if array { "bytearray" } else { "bytes" };
    check_count(vm, name, args, 0, 3)?;
    let mut data = alloc::vec::Vec::new();
    if let Some(&src) = args.first() {
        if let Some(s) = crate::objects::str::str_of(vm, src) {
            if arg_or_keyword(vm, args, kw, 1, qstr::encoding).is_none() {
                return Err(vm.type_error("string argument without an encoding"));
            }
            data.try_reserve(s.len()).map_err(|_| vm.memory_error())?;
            data.extend_from_slice(s.as_bytes());
        } else if crate::objects::int::is_int(src) {
            let n = ops::index_value(vm, src)?;
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            data.try_reserve(n as usize)
                .map_err(|_| vm.memory_error())?;
            data.resize(n as usize, 0);
        } else {
            bytes_from_iterable(vm, src, &mut data)?;
        }
    }
    if array {
        new_bytearray(vm, &data)
    } else {
        new_bytes(vm, &data)
    }
}

fn bytes_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    make_bytes_like(vm, args, kw, false)
}

fn bytearray_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    make_bytes_like(vm, args, kw, true)
}

/// Write `b'...'` like CPython.
pub fn write_bytes_repr(vm: &Vm, data: &[u8], out: &mut StrBuilder) -> PyResult<()> {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    out.push_char(vm, 'b')?;
    out.push_char(vm, quote)?;
    for &b in data {
        match b {
            b'\\' => out.push_str(vm, "\\\\")?,
            b'\n' => out.push_str(vm, "\\n")?,
            b'\r' => out.push_str(vm, "\\r")?,
            b'\t' => out.push_str(vm, "\\t")?,
            b if char::from(b) == quote => {
                out.push_char(vm, '\\')?;
                out.push_char(vm, quote)?;
            }
            0x20..=0x7e => out.push_char(vm, char::from(b))?,
            _ => out.push_fmt(vm, format_args!("\\x{:02x}", b))?,
        }
    }
    out.push_char(vm, quote)
}

fn bytes_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let data = bytes_data(v).unwrap_or(&[]);
    if is_bytearray(v) {
        out.push_str(vm, "bytearray(")?;
        write_bytes_repr(vm, data, out)?;
        return out.push_str(vm, ")");
    }
    write_bytes_repr(vm, data, out)
}

fn bytes_hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if is_bytearray(v) {
        return Err(vm.type_error("unhashable type: 'bytearray'"));
    }
    Ok(Obj::<BytesObj>::from_value(v)
        .map(|b| b.hash() as i64)
        .unwrap_or(0))
}

fn bytes_compare(_vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    match (bytes_data(a), bytes_data(b)) {
        (Some(x), Some(y)) => Ok(Value::from_bool(op.test(x.cmp(y)))),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn bytes_binary(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    match op {
        binary::ADD | binary::INPLACE_ADD => {
            let (Some(x), Some(y)) = (bytes_data(a), bytes_data(b)) else {
                let tn = vm.type_name(b);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("can't concat {} to {}", tn, vm.type_name(a)),
                ));
            };
            if op == binary::INPLACE_ADD {
                if let Some(arr) = Obj::<ByteArrayObj>::from_value(a) {
                    let copy = new_bytes(vm, y)?;
                    arr.get().extend(vm, bytes_data(copy).unwrap_or(&[]))?;
                    return Ok(a);
                }
            }
            let mut v = alloc::vec::Vec::new();
            v.try_reserve(x.len() + y.len())
                .map_err(|_| vm.memory_error())?;
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            if is_bytearray(a) {
                new_bytearray(vm, &v)
            } else {
                new_bytes(vm, &v)
            }
        }
        binary::MULTIPLY | binary::INPLACE_MULTIPLY => repeat(vm, a, b),
        o if o >= ops::REVERSE_BASE && o - ops::REVERSE_BASE + binary::OR == binary::MULTIPLY => {
            repeat(vm, a, b)
        }
        binary::MODULO => Ok(Value::NOT_IMPLEMENTED),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn repeat(vm: &mut Vm, a: Value, n: Value) -> PyResult<Value> {
    if !crate::objects::int::is_int(n) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let count = ops::index_value(vm, n)?.max(0) as usize;
    let data = bytes_data(a).unwrap_or(&[]);
    let total = data
        .len()
        .checked_mul(count)
        .ok_or_else(|| vm.memory_error())?;
    let mut v = alloc::vec::Vec::new();
    v.try_reserve(total).map_err(|_| vm.memory_error())?;
    for _ in 0..count {
        v.extend_from_slice(data);
    }
    if is_bytearray(a) {
        new_bytearray(vm, &v)
    } else {
        new_bytes(vm, &v)
    }
}

fn bytes_len(_vm: &mut Vm, v: Value) -> PyResult<usize> {
    Ok(bytes_data(v).map(|d| d.len()).unwrap_or(0))
}

fn bytes_subscr(vm: &mut Vm, v: Value, index: Value, op: SubscrOp) -> PyResult<Value> {
    let data = bytes_data(v).unwrap_or(&[]);
    let what = if is_bytearray(v) {
        "bytearray"
    } else {
        "index"
    };
    if let Some(sl) = Obj::<SliceObj>::from_value(index) {
        let idx = resolve(vm, sl, data.len())?;
        match op {
            SubscrOp::Load => {
                let mut out = alloc::vec::Vec::new();
                out.try_reserve(idx.count).map_err(|_| vm.memory_error())?;
                for k in 0..idx.count {
                    out.push(data.get(idx.index(k)).copied().unwrap_or(0));
                }
                return if is_bytearray(v) {
                    new_bytearray(vm, &out)
                } else {
                    new_bytes(vm, &out)
                };
            }
            _ => {
                let arr = Obj::<ByteArrayObj>::from_value(v).ok_or_else(|| {
                    vm.type_error("'bytes' object does not support item assignment")
                })?;
                let mut new_items = alloc::vec::Vec::new();
                if let SubscrOp::Store(src) = op {
                    bytes_from_iterable(vm, src, &mut new_items)?;
                }
                let mut out = alloc::vec::Vec::new();
                out.try_reserve(data.len() + new_items.len())
                    .map_err(|_| vm.memory_error())?;
                if idx.step == 1 {
                    let start = idx.start.max(0) as usize;
                    let stop = idx.stop.max(idx.start).max(0) as usize;
                    out.extend_from_slice(data.get(..start).unwrap_or(&[]));
                    out.extend_from_slice(&new_items);
                    out.extend_from_slice(data.get(stop.min(data.len())..).unwrap_or(&[]));
                } else if matches!(op, SubscrOp::Delete) {
                    for (i, b) in data.iter().enumerate() {
                        let selected = (0..idx.count).any(|k| idx.index(k) == i);
                        if !selected {
                            out.push(*b);
                        }
                    }
                } else {
                    if new_items.len() != idx.count {
                        return Err(
                            vm.value_error("attempt to assign bytes of size to extended slice")
                        );
                    }
                    out.extend_from_slice(data);
                    for k in 0..idx.count {
                        if let Some(dst) = out.get_mut(idx.index(k)) {
                            *dst = new_items.get(k).copied().unwrap_or(0);
                        }
                    }
                }
                arr.get().set_data(vm, &out)?;
                return Ok(Value::NONE);
            }
        }
    }
    let i = super::seq::normalize_index(vm, index, data.len(), what)?;
    match op {
        SubscrOp::Load => Ok(Value::small_int_unchecked(i64::from(
            data.get(i).copied().unwrap_or(0),
        ))),
        SubscrOp::Store(x) => {
            let arr = Obj::<ByteArrayObj>::from_value(v)
                .ok_or_else(|| vm.type_error("'bytes' object does not support item assignment"))?;
            let b = ops::index_value(vm, x)?;
            if !(0..=255).contains(&b) {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            }
            if let Some(dst) = arr.get().data().get_mut(i) {
                *dst = b as u8;
            }
            Ok(Value::NONE)
        }
        SubscrOp::Delete => {
            let arr = Obj::<ByteArrayObj>::from_value(v)
                .ok_or_else(|| vm.type_error("'bytes' object doesn't support item deletion"))?;
            let d = arr.get().data();
            d.copy_within(i + 1.., i);
            arr.len.set(d.len() - 1);
            Ok(Value::NONE)
        }
    }
}

fn bytes_contains(vm: &mut Vm, v: Value, x: Value) -> PyResult<bool> {
    let data = bytes_data(v).unwrap_or(&[]);
    if let Some(needle) = bytes_data(x) {
        return Ok(needle.is_empty() || data.windows(needle.len()).any(|w| w == needle));
    }
    let b = ops::index_value(vm, x)?;
    if !(0..=255).contains(&b) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(data.contains(&(b as u8)))
}

fn bytes_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    super::iterators::new_bytes_iterator(vm, v)
}

fn self_data<'a>(vm: &mut Vm, args: &[Value]) -> PyResult<&'a [u8]> {
    args.first()
        .and_then(|v| bytes_data(*v))
        .ok_or_else(|| vm.type_error("descriptor requires a 'bytes' object"))
}

fn m_decode(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = self_data(vm, args)?;
    match core::str::from_utf8(d) {
        Ok(s) => crate::objects::str::new_str(vm, s),
        Err(e) => {
            let pos = e.valid_up_to();
            let byte = d.get(pos).copied().unwrap_or(0);
            Err(vm.new_exception_fmt(
                &exception::UNICODE_DECODE_ERROR,
                format_args!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    byte, pos
                ),
            ))
        }
    }
}
builtin_fn!(BYTES_DECODE, qstr::decode, m_decode);

fn m_hex(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = self_data(vm, args)?;
    let mut b = StrBuilder::new();
    for x in d {
        b.push_fmt(vm, format_args!("{:02x}", x))?;
    }
    b.finish(vm)
}
builtin_fn!(BYTES_HEX, qstr::hex, m_hex);

fn m_fromhex(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "fromhex", args, 2, 2)?;
    let cls = args.first().copied().unwrap_or(Value::NONE);
    let s = crate::objects::str::str_of(vm, args.get(1).copied().unwrap_or(Value::NONE))
        .ok_or_else(|| vm.type_error("fromhex() argument must be str"))?;
    let mut out = alloc::vec::Vec::new();
    let digits: alloc::vec::Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    for (i, pair) in digits.chunks(2).enumerate() {
        let (Some(h), Some(l)) = (
            pair.first().and_then(|c| c.to_digit(16)),
            pair.get(1).and_then(|c| c.to_digit(16)),
        ) else {
            return Err(vm.new_exception_fmt(
                &exception::VALUE_ERROR,
                format_args!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i * 2 + 1
                ),
            ));
        };
        out.try_reserve(1).map_err(|_| vm.memory_error())?;
        out.push((h * 16 + l) as u8);
    }
    if cls == BYTEARRAY_TYPE.as_value() {
        new_bytearray(vm, &out)
    } else {
        new_bytes(vm, &out)
    }
}
builtin_fn!(BYTES_FROMHEX, qstr::fromhex, m_fromhex);

fn m_count(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "count", args, 2, 2)?;
    let d = self_data(vm, args)?;
    let x = args.get(1).copied().unwrap_or(Value::NONE);
    let n = if let Some(needle) = bytes_data(x) {
        if needle.is_empty() {
            d.len() + 1
        } else {
            let mut n = 0;
            let mut i = 0;
            while i + needle.len() <= d.len() {
                if d.get(i..i + needle.len()) == Some(needle) {
                    n += 1;
                    i += needle.len();
                } else {
                    i += 1;
                }
            }
            n
        }
    } else {
        let b = ops::index_value(vm, x)?;
        d.iter().filter(|c| i64::from(**c) == b).count()
    };
    Ok(Value::small_int_unchecked(n as i64))
}
builtin_fn!(BYTES_COUNT, qstr::count, m_count);

fn m_find(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "find", args, 2, 2)?;
    let d = self_data(vm, args)?;
    let x = args.get(1).copied().unwrap_or(Value::NONE);
    let pos = if let Some(needle) = bytes_data(x) {
        if needle.is_empty() {
            Some(0)
        } else {
            d.windows(needle.len()).position(|w| w == needle)
        }
    } else {
        let b = ops::index_value(vm, x)?;
        d.iter().position(|c| i64::from(*c) == b)
    };
    Ok(Value::small_int_unchecked(
        pos.map(|p| p as i64).unwrap_or(-1),
    ))
}
builtin_fn!(BYTES_FIND, qstr::find, m_find);

fn m_append(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "append", args, 2, 2)?;
    let arr = args
        .first()
        .and_then(|v| Obj::<ByteArrayObj>::from_value(*v))
        .ok_or_else(|| vm.type_error("expected a bytearray"))?;
    let b = ops::index_value(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    if !(0..=255).contains(&b) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    arr.get().extend(vm, &[b as u8])?;
    Ok(Value::NONE)
}
builtin_fn!(BYTEARRAY_APPEND, qstr::append, m_append);

fn m_extend(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "extend", args, 2, 2)?;
    let arr = args
        .first()
        .and_then(|v| Obj::<ByteArrayObj>::from_value(*v))
        .ok_or_else(|| vm.type_error("expected a bytearray"))?;
    let mut data = alloc::vec::Vec::new();
    bytes_from_iterable(vm, args.get(1).copied().unwrap_or(Value::NONE), &mut data)?;
    arr.get().extend(vm, &data)?;
    Ok(Value::NONE)
}
builtin_fn!(BYTEARRAY_EXTEND, qstr::extend, m_extend);

fn m_join(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "join", kw)?;
    check_count(vm, "join", args, 2, 2)?;
    let sep = self_data(vm, args)?;
    let items = crate::objects::list::new_list_with_capacity(vm, 0)?;
    ops::extend_list_from_iterable(vm, items, args.get(1).copied().unwrap_or(Value::NONE))?;
    let mut out = alloc::vec::Vec::new();
    for i in 0..items.len() {
        let x = items.get().get(i).unwrap_or(Value::NONE);
        let d = bytes_data(x)
            .ok_or_else(|| vm.type_error("sequence item: expected a bytes-like object"))?;
        if i > 0 {
            out.try_reserve(sep.len()).map_err(|_| vm.memory_error())?;
            out.extend_from_slice(sep);
        }
        out.try_reserve(d.len()).map_err(|_| vm.memory_error())?;
        out.extend_from_slice(d);
    }
    if args.first().is_some_and(|v| is_bytearray(*v)) {
        new_bytearray(vm, &out)
    } else {
        new_bytes(vm, &out)
    }
}
builtin_fn!(BYTES_JOIN, qstr::join, m_join);

pub static BYTES_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(bytes_make_new),
    repr: Some(bytes_repr),
    hash: Some(bytes_hash),
    compare: Some(bytes_compare),
    binary_op: Some(bytes_binary),
    len: Some(bytes_len),
    subscr: Some(bytes_subscr),
    contains: Some(bytes_contains),
    iter: Some(bytes_iter),
    ..TypeSlots::EMPTY
};

pub static BYTES_MEMBERS: &[(Qstr, Member)] = &[
    (qstr::decode, Member::Method(&BYTES_DECODE)),
    (qstr::hex, Member::Method(&BYTES_HEX)),
    (qstr::fromhex, Member::ClassMethod(&BYTES_FROMHEX)),
    (qstr::count, Member::Method(&BYTES_COUNT)),
    (qstr::find, Member::Method(&BYTES_FIND)),
    (qstr::join, Member::Method(&BYTES_JOIN)),
];

pub static BYTEARRAY_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(bytearray_make_new),
    hash: None,
    ..BYTES_SLOTS
};

pub static BYTEARRAY_MEMBERS: &[(Qstr, Member)] = &[
    (qstr::decode, Member::Method(&BYTES_DECODE)),
    (qstr::hex, Member::Method(&BYTES_HEX)),
    (qstr::fromhex, Member::ClassMethod(&BYTES_FROMHEX)),
    (qstr::count, Member::Method(&BYTES_COUNT)),
    (qstr::find, Member::Method(&BYTES_FIND)),
    (qstr::join, Member::Method(&BYTES_JOIN)),
    (qstr::append, Member::Method(&BYTEARRAY_APPEND)),
    (qstr::extend, Member::Method(&BYTEARRAY_EXTEND)),
];

pub static BYTEARRAY_TYPE: TypeObject = TypeObject::builtin(
    qstr::bytearray,
    Layout::ByteArray,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &BYTEARRAY_SLOTS,
    BYTEARRAY_MEMBERS,
    trace_bytearray,
    type_flags::BASETYPE,
);

/// The `bytes` type, for callers that construct bytes by calling it.
pub fn bytes_type() -> &'static TypeObject {
    &BYTES_TYPE
}
