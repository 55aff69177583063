//! `bytes` (immutable, inline data) and `RawBytes`, the GC-internal byte buffer used for
//! bytecode, qstr maps and bytearray storage.

use super::type_object::{type_flags, Member, TypeObject, TypeSlots};
use super::{HeapObject, Layout, Obj, ObjHeader};
use crate::gc::heap::Heap;
use crate::interp::{PyResult, Vm};
use crate::qstr::{self, Qstr};
use crate::value::Value;
use core::cell::Cell;

#[repr(C)]
pub struct BytesObj {
    pub header: ObjHeader,
    hash: Cell<u64>,
    len: usize,
}

// SAFETY: repr(C), starts with ObjHeader; bytes-layout objects are made only here.
unsafe impl HeapObject for BytesObj {
    const LAYOUT: Layout = Layout::Bytes;
}

impl BytesObj {
    pub fn data<'a>(&self) -> &'a [u8] {
        // SAFETY: `len` bytes follow the struct, initialised at construction.
        unsafe {
            let p = (self as *const BytesObj).add(1) as *const u8;
            core::slice::from_raw_parts(p, self.len)
        }
    }

    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != u64::MAX {
            return h;
        }
        let h = crate::num::siphash::hash_bytes(self.data());
        self.hash.set(h);
        h
    }
}

fn trace_nothing(_: *mut u8, _: &mut Heap) {}

pub static BYTES_TYPE: TypeObject = TypeObject::builtin(
    qstr::bytes,
    Layout::Bytes,
    Some(&super::instance::OBJECT_TYPE),
    &crate::builtins::bytes_methods::BYTES_SLOTS,
    crate::builtins::bytes_methods::BYTES_MEMBERS,
    trace_nothing,
    type_flags::BASETYPE,
);

/// Make room for `n` more bytes in a native buffer whose contents will become one Python
/// object: MemoryError if the allocation fails or the result could never fit in the VM's
/// heap (so `b'x' * 10**9` fails at once instead of first filling the process's memory).
pub fn reserve_buffer(vm: &Vm, buf: &mut alloc::vec::Vec<u8>, n: usize) -> PyResult<()> {
    let fits = buf
        .len()
        .checked_add(n)
        .is_some_and(|t| t <= vm.heap.total_bytes());
    if !fits || buf.try_reserve(n).is_err() {
        return Err(vm.memory_error());
    }
    Ok(())
}

pub fn new_bytes(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
    let o = vm.alloc_with_extra(
        BytesObj {
            header: ObjHeader::new(&BYTES_TYPE),
            hash: Cell::new(u64::MAX),
            len: data.len(),
        },
        data.len(),
    )?;
    // SAFETY: room for data.len() bytes follows the struct.
    unsafe {
        core::ptr::copy_nonoverlapping(data.as_ptr(), (o.as_ptr()).add(1) as *mut u8, data.len());
    }
    Ok(o.as_value())
}

/// GC-internal raw bytes.
#[repr(C)]
pub struct RawBytes {
    pub header: ObjHeader,
    len: usize,
}

// SAFETY: repr(C), starts with ObjHeader.
unsafe impl HeapObject for RawBytes {
    const LAYOUT: Layout = Layout::RawBytes;
}

impl RawBytes {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn data<'a>(&self) -> &'a [u8] {
        // SAFETY: `len` bytes follow the struct.
        unsafe {
            core::slice::from_raw_parts((self as *const RawBytes).add(1) as *const u8, self.len)
        }
    }

    pub fn data_mut<'a>(&self) -> &'a mut [u8] {
        // SAFETY: `len` bytes follow the struct; callers hold no other reference to them
        // while writing (the buffer is private to its owner object).
        unsafe {
            core::slice::from_raw_parts_mut((self as *const RawBytes).add(1) as *mut u8, self.len)
        }
    }
}

pub static RAW_BYTES_TYPE: TypeObject = TypeObject::builtin(
    qstr::NULL,
    Layout::RawBytes,
    None,
    &TypeSlots::EMPTY,
    &[] as &[(Qstr, Member)],
    trace_nothing,
    0,
);

pub fn new_raw_bytes(vm: &mut Vm, data: &[u8]) -> PyResult<Obj<RawBytes>> {
    let o = new_raw_bytes_zeroed(vm, data.len())?;
    o.get().data_mut().copy_from_slice(data);
    Ok(o)
}

pub fn new_raw_bytes_zeroed(vm: &mut Vm, len: usize) -> PyResult<Obj<RawBytes>> {
    vm.alloc_with_extra(
        RawBytes {
            header: ObjHeader::new(&RAW_BYTES_TYPE),
            len,
        },
        len,
    )
}
