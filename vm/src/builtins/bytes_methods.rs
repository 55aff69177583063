//! Behaviour of `bytes` and `bytearray` (a growable byte buffer in GC storage): the type
//! slots (construction, repr, hash, comparison, `+`/`*`/`%`, indexing and slice
//! assignment, `in`, iteration), the bytearray mutators, the member tables, and the
//! argument checks shared with the methods in `bytes_text` (searching, splitting, case,
//! padding), `bytes_codec` (decode, encode, hex) and `bytes_format` (`%`).
//! In: bytes-like values and method arguments. Out: new bytes/bytearray values, or
//! bytearrays changed in place; errors carry CPython 3.11's messages.

use super::{bytes_codec, bytes_format, bytes_text};
use crate::builtin_fn;
use crate::bytecode::opcodes::binary;
use crate::gc::heap::Heap;
use crate::interp::{ops, PyErr, PyResult, Vm};
use crate::objects::bytes::{new_bytes, new_raw_bytes_zeroed, BytesObj, RawBytes, BYTES_TYPE};
use crate::objects::exception;
use crate::objects::slice::{resolve, SliceObj};
use crate::objects::str::{str_of, StrBuilder};
use crate::objects::type_object::{type_flags, CompareOp, Member, SubscrOp, TypeObject, TypeSlots};
use crate::objects::{HeapObject, Layout, Obj, ObjHeader};
use crate::qstr::{self, Qstr};
use crate::value::Value;
use alloc::vec::Vec;
use core::cell::Cell;

#[repr(C)]
pub struct ByteArrayObj {
    pub header: ObjHeader,
    len: Cell<usize>,
    /// A `RawBytes` whose length is the capacity, or NULL when nothing was ever stored.
    storage: Cell<Value>,
}

// SAFETY: repr(C), starts with ObjHeader.
unsafe impl HeapObject for ByteArrayObj {
    const LAYOUT: Layout = Layout::ByteArray;
}

impl ByteArrayObj {
    /// The whole storage buffer (capacity bytes).
    fn storage<'a>(&self) -> &'a mut [u8] {
        match Obj::<RawBytes>::from_value(self.storage.get()) {
            Some(r) => r.get().data_mut(),
            None => &mut [],
        }
    }

    pub fn data<'a>(&self) -> &'a mut [u8] {
        let len = self.len.get();
        self.storage().get_mut(..len).unwrap_or(&mut [])
    }

    pub fn len(&self) -> usize {
        self.len.get()
    }

    pub fn is_empty(&self) -> bool {
        self.len.get() == 0
    }

    fn capacity(&self) -> usize {
        self.storage().len()
    }

    /// Replace the contents with `bytes` (which must not alias this buffer's storage).
    pub fn set_data(&self, vm: &mut Vm, bytes: &[u8]) -> PyResult<()> {
        self.splice(vm, 0, self.len(), bytes)
    }

    /// Append `bytes` (which must not alias this buffer's storage).
    pub fn extend(&self, vm: &mut Vm, bytes: &[u8]) -> PyResult<()> {
        let n = self.len();
        self.splice(vm, n, n, bytes)
    }

    /// Replace `data[start..end]` with `src` (which must not alias this buffer's storage),
    /// growing the storage geometrically so that repeated appends stay linear.
    pub fn splice(&self, vm: &mut Vm, start: usize, end: usize, src: &[u8]) -> PyResult<()> {
        let len = self.len();
        let end = end.min(len);
        let start = start.min(end);
        let new_len = (len - (end - start))
            .checked_add(src.len())
            .ok_or_else(|| vm.memory_error())?;
        if new_len > self.capacity() {
            let cap = new_len
                .checked_add(new_len / 8 + 8)
                .ok_or_else(|| vm.memory_error())?;
            let fresh = new_raw_bytes_zeroed(vm, cap)?;
            let dst = fresh.get().data_mut();
            let old = self.data();
            copy_into(dst, 0, old.get(..start).unwrap_or(&[]));
            copy_into(dst, start, src);
            copy_into(dst, start + src.len(), old.get(end..).unwrap_or(&[]));
            self.storage.set(fresh.as_value());
        } else {
            let buf = self.storage();
            if end < len {
                buf.copy_within(end..len, start + src.len());
            }
            copy_into(buf, start, src);
        }
        self.len.set(new_len);
        Ok(())
    }

    fn truncate(&self, n: usize) {
        if n < self.len() {
            self.len.set(n);
        }
    }
}

fn copy_into(dst: &mut [u8], at: usize, src: &[u8]) {
    if let Some(d) = dst.get_mut(at..at + src.len()) {
        d.copy_from_slice(src);
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
    if !data.is_empty() {
        b.get().set_data(vm, data)?;
    }
    Ok(b.as_value())
}

/// A private scratch byte buffer on the GC heap.
pub fn new_scratch_bytes(vm: &mut Vm, n: usize) -> PyResult<Obj<RawBytes>> {
    new_raw_bytes_zeroed(vm, n)
}

/// The bytes of a bytes or bytearray value (or of an instance of a subclass).
pub fn bytes_data<'a>(v: Value) -> Option<&'a [u8]> {
    if let Some(b) = Obj::<BytesObj>::from_value(v) {
        return Some(b.get().data());
    }
    if let Some(b) = Obj::<ByteArrayObj>::from_value(v) {
        return Some(b.get().data());
    }
    crate::interp::typeobj::native_base_of(v).and_then(bytes_data)
}

/// The bytearray behind `v` (itself, or the native base of a subclass instance).
pub fn bytearray_of(v: Value) -> Option<Obj<ByteArrayObj>> {
    Obj::<ByteArrayObj>::from_value(v).or_else(|| {
        crate::interp::typeobj::native_base_of(v).and_then(Obj::<ByteArrayObj>::from_value)
    })
}

pub fn is_bytearray(v: Value) -> bool {
    bytearray_of(v).is_some()
}

/// A new value of `like`'s kind: a bytearray if `like` is one, else bytes.
pub fn new_like(vm: &mut Vm, like: Value, data: &[u8]) -> PyResult<Value> {
    if is_bytearray(like) {
        new_bytearray(vm, data)
    } else {
        new_bytes(vm, data)
    }
}

/// The type name CPython's method messages use for `self`.
pub fn kind_name(v: Value) -> &'static str {
    if is_bytearray(v) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// Grow `out` by `data`, or MemoryError.
pub fn push_bytes(vm: &Vm, out: &mut Vec<u8>, data: &[u8]) -> PyResult<()> {
    crate::objects::bytes::reserve_buffer(vm, out, data.len())?;
    out.extend_from_slice(data);
    Ok(())
}

pub fn push_byte(vm: &Vm, out: &mut Vec<u8>, b: u8) -> PyResult<()> {
    crate::objects::bytes::reserve_buffer(vm, out, 1)?;
    out.push(b);
    Ok(())
}

// ---- argument checks (CPython's three message styles) ------------------------------

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn self_of(args: &[Value]) -> Value {
    args.first().copied().unwrap_or(Value::NONE)
}

fn no_keywords_for(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!(
            "{}.{}() takes no keyword arguments",
            kind_name(self_of(args)),
            name
        ),
    ))
}

/// A method without arguments (`args[0]` is self).
pub fn no_args(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str) -> PyResult<()> {
    no_keywords_for(vm, args, kw, name)?;
    let n = args.len().saturating_sub(1);
    if n == 0 {
        return Ok(());
    }
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!(
            "{}.{}() takes no arguments ({} given)",
            kind_name(self_of(args)),
            name,
            n
        ),
    ))
}

/// A method with exactly one positional argument, which is returned.
pub fn one_arg(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    no_keywords_for(vm, args, kw, name)?;
    match args {
        [_, x] => Ok(*x),
        _ => Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "{}.{}() takes exactly one argument ({} given)",
                kind_name(self_of(args)),
                name,
                args.len().saturating_sub(1)
            ),
        )),
    }
}

/// A method with `min..=max` positional-only arguments ("center expected ...").
pub fn positional(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_keywords_for(vm, args, kw, name)?;
    let n = args.len().saturating_sub(1);
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let (qualifier, bound) = if min == max {
        ("", min)
    } else if n < min {
        ("at least ", min)
    } else {
        ("at most ", max)
    };
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!(
            "{} expected {}{} argument{}, got {}",
            name,
            qualifier,
            bound,
            plural(bound),
            n
        ),
    ))
}

/// A method of the older style ("find() takes at least 1 argument (0 given)").
pub fn varargs(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("{}() takes no keyword arguments", name),
        ));
    }
    let n = args.len().saturating_sub(1);
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let (qualifier, bound) = if n < min {
        ("least", min)
    } else {
        ("most", max)
    };
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!(
            "{}() takes at {} {} argument{} ({} given)",
            name,
            qualifier,
            bound,
            plural(bound),
            n
        ),
    ))
}

/// Positional-or-keyword arguments `names` (all optional) of a method or constructor;
/// `args` holds only the arguments (no self).
pub fn keyword_args<const N: usize>(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let given = args.len() + kw.len() / 2;
    if given > N {
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "{}() takes at most {} {}argument{} ({} given)",
                name,
                N,
                if args.is_empty() { "keyword " } else { "" },
                plural(N),
                given
            ),
        ));
    }
    let mut out = [None; N];
    for (slot, a) in out.iter_mut().zip(args) {
        *slot = Some(*a);
    }
    for pair in kw.chunks(2) {
        let (Some(&k), Some(&v)) = (pair.first(), pair.get(1)) else {
            continue;
        };
        let key = str_of(vm, k).unwrap_or("");
        let Some(i) = names.iter().position(|n| *n == key) else {
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("'{}' is an invalid keyword argument for {}()", key, name),
            ));
        };
        if i < args.len() {
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!(
                    "argument for {}() given by name ('{}') and position ({})",
                    name,
                    key,
                    i + 1
                ),
            ));
        }
        if let Some(slot) = out.get_mut(i) {
            *slot = Some(v);
        }
    }
    Ok(out)
}

/// `ops::index_value`, except that an int too big for 64 bits is the IndexError "cannot
/// fit" at once (whatever its size).
pub fn index_of(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if crate::objects::int::is_int(v) {
        return crate::objects::int::int_as_i128(v)
            .and_then(|i| i64::try_from(i).ok())
            .ok_or_else(|| {
                vm.new_exception(
                    &exception::INDEX_ERROR,
                    "cannot fit 'int' into an index-sized integer",
                )
            });
    }
    ops::index_value(vm, v)
}

/// A bytes-like argument's data.
pub fn buffer_arg<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a [u8]> {
    if let Some(d) = bytes_data(v) {
        return Ok(d);
    }
    let tn = vm.type_name(v);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("a bytes-like object is required, not '{}'", tn),
    ))
}

/// An int argument that must be a byte value.
pub fn byte_arg(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let i = index_of(vm, v).map_err(|e| overflow_as(vm, e, "byte must be in range(0, 256)"))?;
    u8::try_from(i).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

/// A count for a constructor or `*`: ints too big for an index are OverflowError.
pub fn count_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    index_overflow(vm, v, "cannot fit 'int' into an index-sized integer")
}

/// A `Py_ssize_t` method argument.
pub fn ssize_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    index_overflow(vm, v, "Python int too large to convert to C ssize_t")
}

/// A C `int` method argument.
pub fn c_int_arg(vm: &mut Vm, v: Value) -> PyResult<i32> {
    let i = ssize_arg(vm, v)
        .map_err(|e| overflow_message(vm, e, "Python int too large to convert to C int"))?;
    i32::try_from(i).map_err(|_| {
        vm.new_exception(
            &exception::OVERFLOW_ERROR,
            "Python int too large to convert to C int",
        )
    })
}

fn index_overflow(vm: &mut Vm, v: Value, msg: &str) -> PyResult<i64> {
    index_of(vm, v).map_err(|e| overflow_message(vm, e, msg))
}

/// An error of `index_value` for an int that does not fit, as OverflowError `msg`.
fn overflow_message(vm: &mut Vm, e: PyErr, msg: &str) -> PyErr {
    if vm.exception_matches(e, &exception::INDEX_ERROR)
        || vm.exception_matches(e, &exception::OVERFLOW_ERROR)
    {
        vm.new_exception(&exception::OVERFLOW_ERROR, msg)
    } else {
        e
    }
}

/// `index_value`'s "does not fit" error replaced by a ValueError with `msg` (an int too
/// big for an index is simply out of the byte range).
fn overflow_as(vm: &mut Vm, e: PyErr, msg: &str) -> PyErr {
    if vm.exception_matches(e, &exception::INDEX_ERROR) {
        vm.value_error(msg)
    } else {
        e
    }
}

// ---- construction -------------------------------------------------------------------

/// Append the bytes of `src` (a buffer or an iterable of ints) to `out`; `array` picks
/// bytearray's messages over bytes'.
fn bytes_from_object(vm: &mut Vm, src: Value, array: bool, out: &mut Vec<u8>) -> PyResult<()> {
    if let Some(d) = bytes_data(src) {
        return push_bytes(vm, out, d);
    }
    let (what, range_msg) = if array {
        ("bytearray", "byte must be in range(0, 256)")
    } else {
        ("bytes", "bytes must be in range(0, 256)")
    };
    let it = ops::get_iter(vm, src).map_err(|e| {
        if vm.exception_matches(e, &exception::TYPE_ERROR) {
            let tn = vm.type_name(src);
            vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("cannot convert '{}' object to {}", tn, what),
            )
        } else {
            e
        }
    })?;
    while let Some(x) = ops::iter_next(vm, it)? {
        let i = index_of(vm, x).map_err(|e| overflow_as(vm, e, range_msg))?;
        let b = u8::try_from(i).map_err(|_| vm.value_error(range_msg))?;
        push_byte(vm, out, b)?;
    }
    Ok(())
}

/// Collect the bytes of an iterable of ints (or a buffer), bytearray-style.
pub fn bytes_from_iterable(vm: &mut Vm, src: Value, out: &mut Vec<u8>) -> PyResult<()> {
    bytes_from_object(vm, src, true, out)
}

/// An optional str argument `pname` of `fname` (TypeError for any other type).
pub fn str_param<'a>(
    vm: &mut Vm,
    v: Option<Value>,
    fname: &str,
    pname: &str,
) -> PyResult<Option<&'a str>> {
    let Some(v) = v else { return Ok(None) };
    match str_of(vm, v) {
        Some(s) => Ok(Some(s)),
        None => {
            let tn = vm.type_name(v);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("{}() argument '{}' must be str, not {}", fname, pname, tn),
            ))
        }
    }
}

fn make_bytes_like(vm: &mut Vm, args: &[Value], kw: &[Value], array: bool) -> PyResult<Value> {
    let name = if array { "bytearray" } else { "bytes" };
    let [source, encoding, errors] =
        keyword_args(vm, args, kw, name, ["source", "encoding", "errors"])?;
    let encoding = str_param(vm, encoding, name, "encoding")?;
    let errors = str_param(vm, errors, name, "errors")?;
    let mut data = Vec::new();
    let Some(src) = source else {
        return match (encoding, errors) {
            (Some(_), _) if !array => Err(vm.type_error("encoding without a string argument")),
            (None, Some(_)) => Err(vm.type_error("errors without a string argument")),
            (Some(_), _) => Err(vm.type_error("encoding without a string argument")),
            (None, None) => new_like_kind(vm, array, &data),
        };
    };
    let text = crate::interp::typeobj::native_base_of(src)
        .and_then(|b| str_of(vm, b))
        .or_else(|| str_of(vm, src));
    if let Some(s) = text {
        let Some(enc) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        bytes_codec::encode_str(vm, s, enc, errors.unwrap_or("strict"), &mut data)?;
        return new_like_kind(vm, array, &data);
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if !array {
        if let Some(r) = crate::interp::attr::call_special_opt(vm, src, qstr::__bytes__, &[])? {
            if Obj::<BytesObj>::from_value(r).is_some() {
                return Ok(r);
            }
            if let (Some(d), false) = (bytes_data(r), is_bytearray(r)) {
                return new_bytes(vm, d);
            }
            let tn = vm.type_name(r);
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("__bytes__ returned non-bytes (type {})", tn),
            ));
        }
    }
    if bytes_data(src).is_none() && is_index_like(vm, src)? {
        let n = count_arg(vm, src)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        let n = usize::try_from(n).map_err(|_| vm.memory_error())?;
        crate::objects::bytes::reserve_buffer(vm, &mut data, n)?;
        data.resize(n, 0);
        return new_like_kind(vm, array, &data);
    }
    bytes_from_object(vm, src, array, &mut data)?;
    new_like_kind(vm, array, &data)
}

/// Ints, bools and objects with `__index__`.
fn is_index_like(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if crate::objects::int::is_int(v) {
        return Ok(true);
    }
    if v.is_float() || crate::objects::str::is_str(vm, v) {
        return Ok(false);
    }
    let ty = vm.type_of(v);
    Ok(crate::interp::typeobj::lookup_in_type(vm, ty, qstr::__index__)?.is_some())
}

fn new_like_kind(vm: &mut Vm, array: bool, data: &[u8]) -> PyResult<Value> {
    if array {
        new_bytearray(vm, data)
    } else {
        new_bytes(vm, data)
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

// ---- repr, hash, comparison --------------------------------------------------------

/// Write `b'...'` like CPython.
pub fn write_bytes_repr(vm: &Vm, data: &[u8], out: &mut StrBuilder) -> PyResult<()> {
    write_quoted(vm, data, false, out)
}

/// The `b'...'` part of a repr; bytearray's repr (`escape_apostrophe`) escapes `'` even
/// inside double quotes, as CPython's does.
fn write_quoted(
    vm: &Vm,
    data: &[u8],
    escape_apostrophe: bool,
    out: &mut StrBuilder,
) -> PyResult<()> {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    if !out.reserve(vm, data.len() + 3) {
        return Err(vm.memory_error());
    }
    out.push_char(vm, 'b')?;
    out.push_char(vm, char::from(quote))?;
    for &b in data {
        match b {
            b'\\' => out.push_str(vm, "\\\\")?,
            b'\n' => out.push_str(vm, "\\n")?,
            b'\r' => out.push_str(vm, "\\r")?,
            b'\t' => out.push_str(vm, "\\t")?,
            b if b == quote || (escape_apostrophe && b == b'\'') => {
                out.push_char(vm, '\\')?;
                out.push_char(vm, char::from(b))?;
            }
            0x20..=0x7e => out.push_char(vm, char::from(b))?,
            _ => out.push_fmt(vm, format_args!("\\x{:02x}", b))?,
        }
    }
    out.push_char(vm, char::from(quote))
}

fn bytes_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let data = bytes_data(v).unwrap_or(&[]);
    if is_bytearray(v) {
        let tn = vm.type_name(v);
        out.push_str(vm, tn)?;
        out.push_str(vm, "(")?;
        write_quoted(vm, data, true, out)?;
        return out.push_str(vm, ")");
    }
    write_bytes_repr(vm, data, out)
}

fn bytes_hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(b) = Obj::<BytesObj>::from_value(v) {
        return Ok(b.hash() as i64);
    }
    match crate::interp::typeobj::native_base_of(v).and_then(Obj::<BytesObj>::from_value) {
        Some(b) => Ok(b.hash() as i64),
        None => {
            let tn = vm.type_name(v);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("unhashable type: '{}'", tn),
            ))
        }
    }
}

fn bytes_compare(_vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    match (bytes_data(a), bytes_data(b)) {
        (Some(x), Some(y)) => Ok(Value::from_bool(op.test(x.cmp(y)))),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

// ---- operators ----------------------------------------------------------------------

fn bytes_binary(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    let inplace = (binary::INPLACE_OR..=binary::INPLACE_POWER).contains(&op);
    if inplace && !is_bytearray(a) {
        // Immutable: the normal operator runs instead.
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let normal = if inplace {
        op + binary::INPLACE_TO_NORMAL
    } else {
        op
    };
    match normal {
        binary::ADD => concat(vm, a, b, inplace),
        binary::MULTIPLY => {
            if !is_index_like(vm, b)? {
                return refuse_operand(vm, b, "can't multiply sequence by non-int of type");
            }
            repeat(vm, a, b, inplace)
        }
        binary::MODULO => bytes_format::percent_format(vm, a, b),
        o if o >= ops::REVERSE_BASE && o - ops::REVERSE_BASE + binary::OR == binary::MULTIPLY => {
            if !is_index_like(vm, b)? {
                // Last resort of `b * seq`: a sequence on the left would have repeated
                // itself by `a`, so the message names whichever operand is no count.
                let other_is_sequence = crate::objects::str::is_str(vm, b)
                    || Obj::<crate::objects::list::ListObj>::from_value(b).is_some()
                    || Obj::<crate::objects::tuple::TupleObj>::from_value(b).is_some();
                let culprit = if other_is_sequence { a } else { b };
                let tn = vm.type_name(culprit);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("can't multiply sequence by non-int of type '{}'", tn),
                ));
            }
            repeat(vm, a, b, false)
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// Does `b`'s class define the reflected operator `method` (which then gets its turn
/// before the sequence operator's TypeError)?
fn answers_reflected(vm: &mut Vm, b: Value, method: Qstr) -> PyResult<bool> {
    let ty = vm.type_of(b);
    if !ty.is_heap() {
        return Ok(false);
    }
    Ok(crate::interp::typeobj::lookup_in_type(vm, ty, method)?.is_some())
}

/// `seq * b` with a `b` that is no int: TypeError `"{what} '{type}'"`, unless `b`'s class
/// answers with `__rmul__`.
fn refuse_operand(vm: &mut Vm, b: Value, what: &str) -> PyResult<Value> {
    if answers_reflected(vm, b, qstr::__rmul__)? {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let tn = vm.type_name(b);
    Err(vm.new_exception_fmt(&exception::TYPE_ERROR, format_args!("{} '{}'", what, tn)))
}

fn concat(vm: &mut Vm, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
    let (Some(x), Some(y)) = (bytes_data(a), bytes_data(b)) else {
        if answers_reflected(vm, b, qstr::__radd__)? {
            return Ok(Value::NOT_IMPLEMENTED);
        }
        let (tb, ta) = (vm.type_name(b), vm.type_name(a));
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("can't concat {} to {}", tb, ta),
        ));
    };
    let mut v = Vec::new();
    if inplace {
        if let Some(arr) = bytearray_of(a) {
            push_bytes(vm, &mut v, y)?;
            arr.get().extend(vm, &v)?;
            return Ok(a);
        }
    }
    let total = x
        .len()
        .checked_add(y.len())
        .ok_or_else(|| vm.memory_error())?;
    crate::objects::bytes::reserve_buffer(vm, &mut v, total)?;
    v.extend_from_slice(x);
    v.extend_from_slice(y);
    new_like(vm, a, &v)
}

fn repeat(vm: &mut Vm, a: Value, n: Value, inplace: bool) -> PyResult<Value> {
    let count = usize::try_from(count_arg(vm, n)?.max(0)).unwrap_or(0);
    let data = bytes_data(a).unwrap_or(&[]);
    let total = data
        .len()
        .checked_mul(count)
        .ok_or_else(|| vm.memory_error())?;
    let mut v = Vec::new();
    crate::objects::bytes::reserve_buffer(vm, &mut v, total)?;
    for _ in 0..count {
        v.extend_from_slice(data);
    }
    if inplace {
        if let Some(arr) = bytearray_of(a) {
            arr.get().set_data(vm, &v)?;
            return Ok(a);
        }
    }
    new_like(vm, a, &v)
}

fn bytes_len(_vm: &mut Vm, v: Value) -> PyResult<usize> {
    Ok(bytes_data(v).map(|d| d.len()).unwrap_or(0))
}

// ---- subscripts ---------------------------------------------------------------------

fn item_index(vm: &mut Vm, v: Value, index: Value, len: usize) -> PyResult<usize> {
    let array = is_bytearray(v);
    let i = index_of(vm, index).map_err(|e| {
        if vm.exception_matches(e, &exception::TYPE_ERROR) {
            let tn = vm.type_name(index);
            vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!(
                    "{} indices must be integers or slices, not {}",
                    if array { "bytearray" } else { "byte" },
                    tn
                ),
            )
        } else {
            e
        }
    });
    let out_of_range = |vm: &mut Vm| {
        vm.new_exception(
            &exception::INDEX_ERROR,
            if array {
                "bytearray index out of range"
            } else {
                "index out of range"
            },
        )
    };
    let i = i?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(out_of_range(vm));
    }
    Ok(j as usize)
}

fn bytes_subscr(vm: &mut Vm, v: Value, index: Value, op: SubscrOp) -> PyResult<Value> {
    let data = bytes_data(v).unwrap_or(&[]);
    let arr = bytearray_of(v);
    if op != SubscrOp::Load && arr.is_none() {
        let tn = vm.type_name(v);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "'{}' object {}",
                tn,
                match (op, Obj::<SliceObj>::from_value(index).is_some()) {
                    (SubscrOp::Delete, false) => "doesn't support item deletion",
                    (SubscrOp::Delete, true) => "does not support item deletion",
                    _ => "does not support item assignment",
                }
            ),
        ));
    }
    if let Some(sl) = Obj::<SliceObj>::from_value(index) {
        let idx = resolve(vm, sl, data.len())?;
        let arr = match (op, arr) {
            (SubscrOp::Load, _) | (_, None) => {
                let mut out = Vec::new();
                crate::objects::bytes::reserve_buffer(vm, &mut out, idx.count)?;
                if idx.step == 1 {
                    let start = idx.start.max(0) as usize;
                    out.extend_from_slice(data.get(start..start + idx.count).unwrap_or(&[]));
                } else {
                    for k in 0..idx.count {
                        out.push(data.get(idx.index(k)).copied().unwrap_or(0));
                    }
                }
                return new_like(vm, v, &out);
            }
            (_, Some(arr)) => arr,
        };
        match op {
            SubscrOp::Store(src) => assign_slice(vm, arr, idx, src)?,
            _ => delete_slice(arr, idx),
        }
        return Ok(Value::NONE);
    }
    let i = item_index(vm, v, index, data.len())?;
    match (op, arr) {
        (SubscrOp::Store(x), Some(arr)) => {
            let b = byte_arg(vm, x)?;
            if let Some(dst) = arr.get().data().get_mut(i) {
                *dst = b;
            }
            Ok(Value::NONE)
        }
        (SubscrOp::Delete, Some(arr)) => {
            let d = arr.get().data();
            d.copy_within(i + 1.., i);
            arr.get().truncate(d.len() - 1);
            Ok(Value::NONE)
        }
        _ => Ok(Value::small_int_unchecked(i64::from(
            data.get(i).copied().unwrap_or(0),
        ))),
    }
}

/// The bytes a slice assignment stores (always a copy, so `a[x:y] = a` works).
fn assigned_bytes(vm: &mut Vm, src: Value, out: &mut Vec<u8>) -> PyResult<()> {
    if let Some(d) = bytes_data(src) {
        return push_bytes(vm, out, d);
    }
    if crate::objects::int::is_int(src)
        || src.is_float()
        || crate::objects::str::is_str(vm, src)
        || is_index_like(vm, src)?
    {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    bytes_from_object(vm, src, true, out)
}

fn assign_slice(
    vm: &mut Vm,
    arr: Obj<ByteArrayObj>,
    idx: crate::objects::slice::SliceIndices,
    src: Value,
) -> PyResult<()> {
    let mut items = Vec::new();
    assigned_bytes(vm, src, &mut items)?;
    if idx.step == 1 {
        let start = idx.start.max(0) as usize;
        return arr.get().splice(vm, start, start + idx.count, &items);
    }
    if items.is_empty() {
        // CPython deletes an extended slice that is assigned nothing.
        delete_slice(arr, idx);
        return Ok(());
    }
    if items.len() != idx.count {
        return Err(vm.new_exception_fmt(
            &exception::VALUE_ERROR,
            format_args!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                items.len(),
                idx.count
            ),
        ));
    }
    let data = arr.get().data();
    for (k, b) in items.iter().enumerate() {
        if let Some(dst) = data.get_mut(idx.index(k)) {
            *dst = *b;
        }
    }
    Ok(())
}

fn delete_slice(arr: Obj<ByteArrayObj>, idx: crate::objects::slice::SliceIndices) {
    if idx.count == 0 {
        return;
    }
    let data = arr.get().data();
    // Walk the selected indices in increasing order, compacting the kept bytes.
    let (first, step) = if idx.step > 0 {
        (idx.start as usize, idx.step as usize)
    } else {
        (idx.index(idx.count - 1), idx.step.unsigned_abs() as usize)
    };
    let mut write = first;
    let mut next_removed = first;
    let mut removed = 0;
    for read in first..data.len() {
        if read == next_removed && removed < idx.count {
            removed += 1;
            next_removed += step;
            continue;
        }
        if let Some(b) = data.get(read).copied() {
            if let Some(dst) = data.get_mut(write) {
                *dst = b;
            }
        }
        write += 1;
    }
    arr.get().truncate(write);
}

fn bytes_contains(vm: &mut Vm, v: Value, x: Value) -> PyResult<bool> {
    let data = bytes_data(v).unwrap_or(&[]);
    if bytes_data(x).is_none() && is_index_like(vm, x)? {
        let b = byte_arg(vm, x)?;
        return Ok(data.contains(&b));
    }
    let needle = buffer_arg(vm, x)?;
    Ok(bytes_text::find_in(data, needle, 0, data.len()).is_some())
}

fn bytes_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    super::iterators::new_bytes_iterator(vm, v)
}

// ---- bytearray mutators -------------------------------------------------------------

fn self_array(vm: &mut Vm, args: &[Value]) -> PyResult<Obj<ByteArrayObj>> {
    let v = self_of(args);
    bytearray_of(v).ok_or_else(|| {
        let tn = vm.type_name(v);
        vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "descriptor requires a 'bytearray' object but received a '{}'",
                tn
            ),
        )
    })
}

fn m_append(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, args, kw, "append")?;
    let arr = self_array(vm, args)?;
    let b = byte_arg(vm, x)?;
    arr.get().extend(vm, &[b])?;
    Ok(Value::NONE)
}
builtin_fn!(BYTEARRAY_APPEND, qstr::append, m_append);

fn m_extend(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let src = one_arg(vm, args, kw, "extend")?;
    let arr = self_array(vm, args)?;
    let mut data = Vec::new();
    if let Some(d) = bytes_data(src) {
        push_bytes(vm, &mut data, d)?;
    } else {
        let it = ops::get_iter(vm, src).map_err(|e| {
            if vm.exception_matches(e, &exception::TYPE_ERROR) {
                let tn = vm.type_name(src);
                vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("can't extend bytearray with {}", tn),
                )
            } else {
                e
            }
        })?;
        while let Some(x) = ops::iter_next(vm, it)? {
            let b = byte_arg(vm, x)?;
            push_byte(vm, &mut data, b)?;
        }
    }
    arr.get().extend(vm, &data)?;
    Ok(Value::NONE)
}
builtin_fn!(BYTEARRAY_EXTEND, qstr::extend, m_extend);

fn m_insert(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(vm, args, kw, "insert", 2, 2)?;
    let arr = self_array(vm, args)?;
    let i = ssize_arg(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    let b = byte_arg(vm, args.get(2).copied().unwrap_or(Value::NONE))?;
    let len = arr.get().len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    arr.get().splice(vm, at, at, &[b])?;
    Ok(Value::NONE)
}
builtin_fn!(BYTEARRAY_INSERT, qstr::insert, m_insert);

fn m_pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(vm, args, kw, "pop", 0, 1)?;
    let arr = self_array(vm, args)?;
    let i = match args.get(1) {
        Some(v) => ssize_arg(vm, *v)?,
        None => -1,
    };
    let len = arr.get().len();
    if len == 0 {
        return Err(vm.new_exception(&exception::INDEX_ERROR, "pop from empty bytearray"));
    }
    let j = if i < 0 { i + len as i64 } else { i };
    let Some(b) = usize::try_from(j)
        .ok()
        .and_then(|j| arr.get().data().get(j).copied())
    else {
        return Err(vm.new_exception(&exception::INDEX_ERROR, "pop index out of range"));
    };
    let j = j as usize;
    arr.get().splice(vm, j, j + 1, &[])?;
    Ok(Value::small_int_unchecked(i64::from(b)))
}
builtin_fn!(BYTEARRAY_POP, qstr::pop, m_pop);

fn m_remove(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, args, kw, "remove")?;
    let arr = self_array(vm, args)?;
    let b = byte_arg(vm, x)?;
    let Some(at) = arr.get().data().iter().position(|c| *c == b) else {
        return Err(vm.value_error("value not found in bytearray"));
    };
    arr.get().splice(vm, at, at + 1, &[])?;
    Ok(Value::NONE)
}
builtin_fn!(BYTEARRAY_REMOVE, qstr::remove, m_remove);

fn m_clear(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, args, kw, "clear")?;
    self_array(vm, args)?.get().truncate(0);
    Ok(Value::NONE)
}
builtin_fn!(BYTEARRAY_CLEAR, qstr::clear, m_clear);

fn m_reverse(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, args, kw, "reverse")?;
    self_array(vm, args)?.get().data().reverse();
    Ok(Value::NONE)
}
builtin_fn!(BYTEARRAY_REVERSE, qstr::reverse, m_reverse);

fn m_copy(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, args, kw, "copy")?;
    let arr = self_array(vm, args)?;
    let mut v = Vec::new();
    push_bytes(vm, &mut v, arr.get().data())?;
    new_bytearray(vm, &v)
}
builtin_fn!(BYTEARRAY_COPY, qstr::copy, m_copy);

// ---- type tables --------------------------------------------------------------------

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

/// The methods `bytes` and `bytearray` share.
macro_rules! shared_members {
    ($($extra:expr),* $(,)?) => {
        &[
            (qstr::capitalize, Member::Method(&bytes_text::CAPITALIZE)),
            (qstr::center, Member::Method(&bytes_text::CENTER)),
            (qstr::count, Member::Method(&bytes_text::COUNT)),
            (qstr::decode, Member::Method(&bytes_codec::DECODE)),
            (qstr::endswith, Member::Method(&bytes_text::ENDSWITH)),
            (qstr::expandtabs, Member::Method(&bytes_text::EXPANDTABS)),
            (qstr::find, Member::Method(&bytes_text::FIND)),
            (qstr::fromhex, Member::ClassMethod(&bytes_codec::FROMHEX)),
            (qstr::hex, Member::Method(&bytes_codec::HEX)),
            (qstr::index, Member::Method(&bytes_text::INDEX)),
            (qstr::isalnum, Member::Method(&bytes_text::ISALNUM)),
            (qstr::isalpha, Member::Method(&bytes_text::ISALPHA)),
            (qstr::isascii, Member::Method(&bytes_text::ISASCII)),
            (qstr::isdigit, Member::Method(&bytes_text::ISDIGIT)),
            (qstr::islower, Member::Method(&bytes_text::ISLOWER)),
            (qstr::isspace, Member::Method(&bytes_text::ISSPACE)),
            (qstr::istitle, Member::Method(&bytes_text::ISTITLE)),
            (qstr::isupper, Member::Method(&bytes_text::ISUPPER)),
            (qstr::join, Member::Method(&bytes_text::JOIN)),
            (qstr::ljust, Member::Method(&bytes_text::LJUST)),
            (qstr::lower, Member::Method(&bytes_text::LOWER)),
            (qstr::lstrip, Member::Method(&bytes_text::LSTRIP)),
            (qstr::maketrans, Member::StaticMethod(&bytes_text::MAKETRANS)),
            (qstr::partition, Member::Method(&bytes_text::PARTITION)),
            (qstr::removeprefix, Member::Method(&bytes_text::REMOVEPREFIX)),
            (qstr::removesuffix, Member::Method(&bytes_text::REMOVESUFFIX)),
            (qstr::replace, Member::Method(&bytes_text::REPLACE)),
            (qstr::rfind, Member::Method(&bytes_text::RFIND)),
            (qstr::rindex, Member::Method(&bytes_text::RINDEX)),
            (qstr::rjust, Member::Method(&bytes_text::RJUST)),
            (qstr::rpartition, Member::Method(&bytes_text::RPARTITION)),
            (qstr::rsplit, Member::Method(&bytes_text::RSPLIT)),
            (qstr::rstrip, Member::Method(&bytes_text::RSTRIP)),
            (qstr::split, Member::Method(&bytes_text::SPLIT)),
            (qstr::splitlines, Member::Method(&bytes_text::SPLITLINES)),
            (qstr::startswith, Member::Method(&bytes_text::STARTSWITH)),
            (qstr::strip, Member::Method(&bytes_text::STRIP)),
            (qstr::swapcase, Member::Method(&bytes_text::SWAPCASE)),
            (qstr::title, Member::Method(&bytes_text::TITLE)),
            (qstr::translate, Member::Method(&bytes_text::TRANSLATE)),
            (qstr::upper, Member::Method(&bytes_text::UPPER)),
            (qstr::zfill, Member::Method(&bytes_text::ZFILL)),
            $($extra,)*
        ]
    };
}

pub static BYTES_MEMBERS: &[(Qstr, Member)] = shared_members!();

pub static BYTEARRAY_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(bytearray_make_new),
    hash: None,
    ..BYTES_SLOTS
};

pub static BYTEARRAY_MEMBERS: &[(Qstr, Member)] = shared_members!(
    (qstr::append, Member::Method(&BYTEARRAY_APPEND)),
    (qstr::extend, Member::Method(&BYTEARRAY_EXTEND)),
    (qstr::insert, Member::Method(&BYTEARRAY_INSERT)),
    (qstr::pop, Member::Method(&BYTEARRAY_POP)),
    (qstr::remove, Member::Method(&BYTEARRAY_REMOVE)),
    (qstr::clear, Member::Method(&BYTEARRAY_CLEAR)),
    (qstr::reverse, Member::Method(&BYTEARRAY_REVERSE)),
    (qstr::copy, Member::Method(&BYTEARRAY_COPY)),
);

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

#[cfg(test)]
#[path = "bytes_tests.rs"]
mod tests;
