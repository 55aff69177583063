//! `str`: immutable UTF-8 text. A str value is either an interned qstr (an immediate) or
//! a `StrObj` on the heap holding its bytes inline, with cached hash and character count
//! (so ASCII strings index in O(1)). Both forms compare and hash by content.
//!
//! Also `StrBuilder`, the fallible byte buffer every repr/str/format routine writes into.

use super::type_object::{type_flags, TypeObject};
use super::{HeapObject, Layout, Obj, ObjHeader};
use crate::gc::heap::Heap;
use crate::interp::{PyResult, Vm};
use crate::qstr;
use crate::value::Value;
use alloc::vec::Vec;
use core::cell::Cell;

#[repr(C)]
pub struct StrObj {
    pub header: ObjHeader,
    /// Cached hash; `u64::MAX` until computed.
    hash: Cell<u64>,
    byte_len: usize,
    char_len: usize,
}

// SAFETY: repr(C), starts with ObjHeader; str-layout objects are made only here.
unsafe impl HeapObject for StrObj {
    const LAYOUT: Layout = Layout::Str;
}

impl StrObj {
    pub fn as_str<'a>(&self) -> &'a str {
        // SAFETY: `byte_len` bytes of valid UTF-8 follow the struct (checked or produced
        // from &str at construction); the object outlives the borrow while reachable.
        unsafe {
            let p = (self as *const StrObj).add(1) as *const u8;
            core::str::from_utf8_unchecked(core::slice::from_raw_parts(p, self.byte_len))
        }
    }

    pub fn char_len(&self) -> usize {
        self.char_len
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len == self.byte_len
    }

    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != u64::MAX {
            return h;
        }
        let h = qstr::hash_str(self.as_str());
        self.hash.set(h);
        h
    }
}

fn trace_nothing(_: *mut u8, _: &mut Heap) {}

pub static STR_TYPE: TypeObject = TypeObject::builtin(
    qstr::str,
    Layout::Str,
    Some(&super::instance::OBJECT_TYPE),
    &crate::builtins::str_methods::STR_SLOTS,
    crate::builtins::str_methods::STR_MEMBERS,
    trace_nothing,
    type_flags::BASETYPE,
);

/// Strings up to this many bytes that look like identifiers are interned when made, so
/// attribute names built at run time compare as qstrs.
const INTERN_MAX: usize = 16;

/// A new str value with the given contents.
pub fn new_str(vm: &mut Vm, s: &str) -> PyResult<Value> {
    if s.len() <= INTERN_MAX {
        if let Some(q) = vm.qstrs.find(s) {
            return Ok(Value::from_qstr(q));
        }
    }
    let char_len = s.chars().count();
    let o = vm.alloc_with_extra(
        StrObj {
            header: ObjHeader::new(&STR_TYPE),
            hash: Cell::new(u64::MAX),
            byte_len: s.len(),
            char_len,
        },
        s.len(),
    )?;
    // SAFETY: the object has room for s.len() bytes after its struct.
    unsafe {
        let p = (o.as_ptr()).add(1) as *mut u8;
        core::ptr::copy_nonoverlapping(s.as_ptr(), p, s.len());
    }
    Ok(o.as_value())
}

/// A new str from bytes that must be valid UTF-8 (else a UnicodeError... caller's job).
pub fn new_str_from_utf8(vm: &mut Vm, bytes: &[u8]) -> PyResult<Value> {
    match core::str::from_utf8(bytes) {
        Ok(s) => new_str(vm, s),
        Err(_) => Err(vm.new_exception(&crate::objects::exception::UNICODE_ERROR, "invalid utf-8")),
    }
}

/// The text of a str value (qstr or heap), or `None` if `v` is not a str.
#[inline]
pub fn str_of<'a>(vm: &Vm, v: Value) -> Option<&'a str> {
    if let Some(q) = v.as_qstr() {
        return Some(vm.qstr_str(q));
    }
    if let Some(s) = Obj::<StrObj>::from_value(v) {
        return Some(s.get().as_str());
    }
    None
}

/// True if `v` is a str (either form, including subclasses).
pub fn is_str(vm: &Vm, v: Value) -> bool {
    v.is_qstr() || crate::interp::typeobj::is_subtype(vm.type_of(v), &STR_TYPE)
}

/// `hash(s)` of a str value, as CPython computes it with `PYTHONHASHSEED=0`.
pub fn str_hash_full(vm: &Vm, v: Value) -> u64 {
    if let Some(q) = v.as_qstr() {
        return vm.qstrs.hash(q);
    }
    Obj::<StrObj>::from_value(v).map(|s| s.hash()).unwrap_or(0)
}

/// The hash dicts store for a str key: the full hash folded to 47 bits (a small int).
pub fn str_hash(vm: &Vm, v: Value) -> u64 {
    str_hash_full(vm, v) & ((1 << 47) - 1)
}

/// Intern a str value as a qstr (for attribute names and the like).
pub fn intern_value(vm: &mut Vm, v: Value) -> PyResult<Option<qstr::Qstr>> {
    if let Some(q) = v.as_qstr() {
        return Ok(Some(q));
    }
    match Obj::<StrObj>::from_value(v) {
        Some(s) => Ok(Some(vm.intern(s.get().as_str())?)),
        None => Ok(None),
    }
}

/// A fallible, growable UTF-8 buffer that implements `core::fmt::Write`. A failed
/// allocation poisons the builder; `finish` then reports MemoryError.
///
/// The buffer lives outside the GC heap, so its size is capped at the VM's heap size
/// (learnt from the first call that passes the VM): text that long could never become a
/// Python object, and building it first would let a one-line program such as
/// `'ab' * 10**9` or `f'{0:999999999}'` eat the process's memory before MemoryError.
pub struct StrBuilder {
    buf: Vec<u8>,
    failed: bool,
    limit: usize,
}

impl Default for StrBuilder {
    fn default() -> StrBuilder {
        StrBuilder::new()
    }
}

impl StrBuilder {
    pub fn new() -> StrBuilder {
        StrBuilder {
            buf: Vec::new(),
            failed: false,
            limit: usize::MAX,
        }
    }

    fn bound_by(&mut self, vm: &Vm) {
        self.limit = self.limit.min(vm.heap.total_bytes());
    }

    fn grow(&mut self, n: usize) -> bool {
        let fits = self
            .buf
            .len()
            .checked_add(n)
            .is_some_and(|t| t <= self.limit);
        if self.failed || !fits || self.buf.try_reserve(n).is_err() {
            self.failed = true;
            return false;
        }
        true
    }

    /// Reserve room for `n` more bytes; false (and poisoned) if memory ran out or the
    /// text could not fit in `vm`'s heap.
    pub fn reserve(&mut self, vm: &Vm, n: usize) -> bool {
        self.bound_by(vm);
        self.grow(n)
    }

    pub fn push_str_raw(&mut self, s: &str) -> bool {
        if !self.grow(s.len()) {
            return false;
        }
        self.buf.extend_from_slice(s.as_bytes());
        true
    }

    /// Append text, raising MemoryError if the buffer cannot grow.
    pub fn push_str(&mut self, vm: &Vm, s: &str) -> PyResult<()> {
        self.bound_by(vm);
        if self.push_str_raw(s) {
            Ok(())
        } else {
            Err(vm.memory_error())
        }
    }

    pub fn push_char(&mut self, vm: &Vm, c: char) -> PyResult<()> {
        let mut tmp = [0u8; 4];
        self.push_str(vm, c.encode_utf8(&mut tmp))
    }

    pub fn push_fmt(&mut self, vm: &Vm, args: core::fmt::Arguments<'_>) -> PyResult<()> {
        self.bound_by(vm);
        if core::fmt::write(self, args).is_err() || self.failed {
            return Err(vm.memory_error());
        }
        Ok(())
    }

    pub fn as_str(&self) -> Option<&str> {
        if self.failed {
            return None;
        }
        core::str::from_utf8(&self.buf).ok()
    }

    pub fn len(&self) -> usize {
        self.buf.len()
    }

    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    pub fn truncate(&mut self, n: usize) {
        self.buf.truncate(n);
    }

    /// Make a str value of the contents.
    pub fn finish(&self, vm: &mut Vm) -> PyResult<Value> {
        match self.as_str() {
            Some(s) => new_str(vm, s),
            None => Err(vm.memory_error()),
        }
    }
}

impl core::fmt::Write for StrBuilder {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        if self.push_str_raw(s) {
            Ok(())
        } else {
            Err(core::fmt::Error)
        }
    }
}

/// Write the Python repr of a string (quotes chosen like CPython).
pub fn write_str_repr(vm: &Vm, s: &str, out: &mut StrBuilder) -> PyResult<()> {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push_char(vm, quote)?;
    for c in s.chars() {
        match c {
            '\\' => out.push_str(vm, "\\\\")?,
            '\n' => out.push_str(vm, "\\n")?,
            '\r' => out.push_str(vm, "\\r")?,
            '\t' => out.push_str(vm, "\\t")?,
            c if c == quote => {
                out.push_char(vm, '\\')?;
                out.push_char(vm, c)?;
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_fmt(vm, format_args!("\\x{:02x}", c as u32))?
            }
            c if is_printable(c) => out.push_char(vm, c)?,
            c if (c as u32) < 0x100 => out.push_fmt(vm, format_args!("\\x{:02x}", c as u32))?,
            c if (c as u32) < 0x10000 => out.push_fmt(vm, format_args!("\\u{:04x}", c as u32))?,
            c => out.push_fmt(vm, format_args!("\\U{:08x}", c as u32))?,
        }
    }
    out.push_char(vm, quote)
}

/// CPython's `str.isprintable`: what repr shows unescaped.
pub fn is_printable(c: char) -> bool {
    crate::builtins::str_unicode::is_printable(c)
}
