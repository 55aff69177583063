//! `list`: a mutable sequence. The items live in a separate `ValueArray` that is replaced
//! by a bigger one when the list grows (the old one becomes garbage).

use super::tuple::{new_value_array, ValueArray};
use super::type_object::{type_flags, TypeObject};
use super::{HeapObject, Layout, Obj, ObjHeader};
use crate::gc::heap::Heap;
use crate::interp::{PyResult, Vm};
use crate::qstr;
use crate::value::Value;
use core::cell::Cell;

#[repr(C)]
pub struct ListObj {
    pub header: ObjHeader,
    len: Cell<usize>,
    storage: Cell<Value>,
    /// Set while the list's repr is being written (self-reference prints `[...]`).
    pub repr_busy: Cell<bool>,
}

// SAFETY: repr(C), starts with ObjHeader; list-layout objects are made only here.
unsafe impl HeapObject for ListObj {
    const LAYOUT: Layout = Layout::List;
}

impl ListObj {
    pub fn len(&self) -> usize {
        self.len.get()
    }

    pub fn is_empty(&self) -> bool {
        self.len.get() == 0
    }

    fn storage(&self) -> Option<Obj<ValueArray>> {
        Obj::from_value(self.storage.get())
    }

    /// The live items. Valid until the list is next resized.
    pub fn items<'a>(&self) -> &'a [Cell<Value>] {
        match self.storage() {
            Some(a) => a.get().slots().get(..self.len.get()).unwrap_or(&[]),
            None => &[],
        }
    }

    pub fn get(&self, i: usize) -> Option<Value> {
        self.items().get(i).map(|c| c.get())
    }

    pub fn set(&self, i: usize, v: Value) -> bool {
        match self.items().get(i) {
            Some(c) => {
                c.set(v);
                true
            }
            None => false,
        }
    }

    fn capacity(&self) -> usize {
        self.storage().map(|a| a.capacity()).unwrap_or(0)
    }

    /// Make room for `additional` more items.
    pub fn reserve(&self, vm: &mut Vm, additional: usize) -> PyResult<()> {
        let need = self
            .len
            .get()
            .checked_add(additional)
            .ok_or(vm.memory_error())?;
        if need <= self.capacity() {
            return Ok(());
        }
        let cap = self.capacity();
        let new_cap = need.max(cap.saturating_add(cap / 2)).max(4);
        let new = new_value_array(vm, new_cap)?;
        for (dst, src) in new.get().slots().iter().zip(self.items()) {
            dst.set(src.get());
        }
        self.storage.set(new.as_value());
        Ok(())
    }

    #[inline]
    pub fn push(&self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let n = self.len.get();
        if n >= self.capacity() {
            self.reserve(vm, 1)?;
        }
        if let Some(c) = self.storage().and_then(|a| a.get().slots().get(n)) {
            c.set(v);
            self.len.set(n + 1);
        }
        Ok(())
    }

    pub fn insert(&self, vm: &mut Vm, index: usize, v: Value) -> PyResult<()> {
        let index = index.min(self.len.get());
        self.open_gap(vm, index, 1)?;
        self.set(index, v);
        Ok(())
    }

    /// Remove and return item `index` (caller checked the range).
    pub fn remove_at(&self, index: usize) -> Option<Value> {
        let items = self.items();
        let v = items.get(index)?.get();
        self.delete_range(index, index + 1);
        Some(v)
    }

    /// Remove items `start..stop` (clamped to the list), closing the gap.
    pub fn delete_range(&self, start: usize, stop: usize) {
        let items = self.items();
        let n = items.len();
        let stop = stop.min(n);
        if start >= stop {
            return;
        }
        let gap = stop - start;
        if let Some(tail) = items.get(start..) {
            for i in 0..n - stop {
                if let (Some(dst), Some(src)) = (tail.get(i), tail.get(i + gap)) {
                    dst.set(src.get());
                }
            }
        }
        for c in items.iter().skip(n - gap) {
            c.set(Value::NULL);
        }
        self.len.set(n - gap);
    }

    /// Open a gap of `count` slots (filled with None) at `at`, moving later items up.
    pub fn open_gap(&self, vm: &mut Vm, at: usize, count: usize) -> PyResult<()> {
        self.reserve(vm, count)?;
        let n = self.len.get();
        let at = at.min(n);
        self.len.set(n + count);
        let items = self.items();
        let mut i = n;
        while i > at {
            i -= 1;
            if let (Some(dst), Some(src)) = (items.get(i + count), items.get(i)) {
                dst.set(src.get());
            }
        }
        for c in items.iter().skip(at).take(count) {
            c.set(Value::NONE);
        }
        Ok(())
    }

    /// Take the items out (the list becomes empty): their storage and count.
    pub fn detach(&self) -> (Option<Obj<ValueArray>>, usize) {
        let storage = self.storage();
        let n = self.len.get();
        self.storage.set(Value::NULL);
        self.len.set(0);
        (storage, n)
    }

    /// Put items taken by `detach` back, dropping whatever the list holds now; returns
    /// whether the list was changed in between.
    pub fn reattach(&self, storage: Obj<ValueArray>, n: usize) -> bool {
        let changed = !self.storage.get().is_null() || self.len.get() != 0;
        self.storage.set(storage.as_value());
        self.len.set(n);
        changed
    }

    /// Shrink to `n` items.
    pub fn truncate(&self, n: usize) {
        if n == 0 {
            // Emptied lists give their storage back.
            self.storage.set(Value::NULL);
            self.len.set(0);
            return;
        }
        let items = self.items();
        for c in items.iter().skip(n) {
            c.set(Value::NULL);
        }
        self.len.set(n.min(items.len()));
    }

    /// Replace all items with `src` (which must be GC-visible).
    pub fn set_items(&self, vm: &mut Vm, src: &[Value]) -> PyResult<()> {
        if src.len() > self.capacity() {
            // Exactly the size asked for (a display `[a, b]` does not grow by itself);
            // the old storage stays reachable until the copy is done, in case `src` is it.
            let new = new_value_array(vm, src.len())?;
            for (dst, v) in new.get().slots().iter().zip(src) {
                dst.set(*v);
            }
            self.storage.set(new.as_value());
            self.len.set(src.len());
            return Ok(());
        }
        let items = self.storage().map(|a| a.get().slots()).unwrap_or(&[]);
        for (dst, v) in items.iter().zip(src) {
            dst.set(*v);
        }
        for c in items.iter().skip(src.len()) {
            c.set(Value::NULL);
        }
        self.len.set(src.len());
        Ok(())
    }
}

pub fn trace_list(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on a list.
    let l = unsafe { &*(obj as *const ListObj) };
    heap.mark_value(l.storage.get());
}

pub static LIST_TYPE: TypeObject = TypeObject::builtin(
    qstr::list,
    Layout::List,
    Some(&super::instance::OBJECT_TYPE),
    &crate::builtins::seq::LIST_SLOTS,
    crate::builtins::seq::LIST_MEMBERS,
    trace_list,
    type_flags::BASETYPE,
);

/// A new empty list with room for `cap` items.
pub fn new_list_with_capacity(vm: &mut Vm, cap: usize) -> PyResult<Obj<ListObj>> {
    let storage = if cap > 0 {
        new_value_array(vm, cap)?.as_value()
    } else {
        Value::NULL
    };
    vm.alloc(ListObj {
        header: ObjHeader::new(&LIST_TYPE),
        len: Cell::new(0),
        storage: Cell::new(storage),
        repr_busy: Cell::new(false),
    })
}

/// A new list holding copies of `items` (which must be GC-visible).
pub fn new_list(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    let l = new_list_with_capacity(vm, items.len())?;
    l.get().set_items(vm, items)?;
    Ok(l.as_value())
}
