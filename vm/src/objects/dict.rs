//! `dict` (insertion ordered) and the hash table shared with `set`/`frozenset`.
//!
//! Entries live in a `ValueArray` as (hash, key, value) triples in insertion order; a
//! second `ValueArray` is an open-addressing index of entry numbers (NULL = empty slot).
//! Deleting leaves a hole (key NULL) that the next resize compacts away. Hashes are
//! cached in the entries, so lookups compare hashes before calling `__eq__`.

use super::tuple::{new_value_array, ValueArray};
use super::type_object::{type_flags, TypeObject};
use super::{HeapObject, Layout, Obj, ObjHeader};
use crate::gc::heap::Heap;
use crate::interp::{ops, PyResult, Vm};
use crate::qstr;
use crate::value::Value;
use core::cell::Cell;

const ENTRY_WIDTH: usize = 3;

/// The hash table behind dicts and sets.
#[repr(C)]
pub struct HashTable {
    len: Cell<usize>,
    /// Entries used, holes included.
    used: Cell<usize>,
    entries: Cell<Value>,
    index: Cell<Value>,
}

pub enum Lookup {
    Found(usize),
    /// Not found; the index slot where a new entry would go.
    Vacant(usize),
}

impl HashTable {
    pub const fn empty() -> HashTable {
        HashTable {
            len: Cell::new(0),
            used: Cell::new(0),
            entries: Cell::new(Value::NULL),
            index: Cell::new(Value::NULL),
        }
    }

    pub fn len(&self) -> usize {
        self.len.get()
    }

    pub fn is_empty(&self) -> bool {
        self.len.get() == 0
    }

    fn entries<'a>(&self) -> &'a [Cell<Value>] {
        match Obj::<ValueArray>::from_value(self.entries.get()) {
            Some(a) => a.get().slots(),
            None => &[],
        }
    }

    fn index<'a>(&self) -> &'a [Cell<Value>] {
        match Obj::<ValueArray>::from_value(self.index.get()) {
            Some(a) => a.get().slots(),
            None => &[],
        }
    }

    fn capacity(&self) -> usize {
        self.entries().len() / ENTRY_WIDTH
    }

    /// Number of entry positions (holes included) for iteration by position.
    pub fn positions(&self) -> usize {
        self.used.get()
    }

    /// The key and value at entry position `i`, or `None` for a hole / out of range.
    pub fn entry_at(&self, i: usize) -> Option<(Value, Value)> {
        let e = self.entries();
        let key = e.get(i * ENTRY_WIDTH + 1)?.get();
        if key.is_null() {
            return None;
        }
        Some((key, e.get(i * ENTRY_WIDTH + 2)?.get()))
    }

    pub fn set_value_at(&self, i: usize, v: Value) {
        if let Some(c) = self.entries().get(i * ENTRY_WIDTH + 2) {
            c.set(v);
        }
    }

    fn hash_at(&self, i: usize) -> u64 {
        self.entries()
            .get(i * ENTRY_WIDTH)
            .map(|c| c.get().small_int_value() as u64)
            .unwrap_or(0)
    }

    pub fn trace(&self, heap: &mut Heap) {
        heap.mark_value(self.entries.get());
        heap.mark_value(self.index.get());
    }

    /// Find `key` (with hash `h`).
    pub fn lookup(&self, vm: &mut Vm, key: Value, h: u64) -> PyResult<Lookup> {
        let index = self.index();
        if index.is_empty() {
            return Ok(Lookup::Vacant(0));
        }
        let mask = index.len() - 1;
        let mut slot = (h as usize) & mask;
        loop {
            let Some(cell) = index.get(slot) else {
                return Ok(Lookup::Vacant(slot));
            };
            let e = cell.get();
            if e.is_null() {
                return Ok(Lookup::Vacant(slot));
            }
            let i = e.small_int_value() as usize;
            if let Some((k, _)) = self.entry_at(i) {
                if k == key {
                    return Ok(Lookup::Found(i));
                }
                if self.hash_at(i) == h && ops::keys_equal(vm, k, key)? {
                    return Ok(Lookup::Found(i));
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    pub fn get(&self, vm: &mut Vm, key: Value) -> PyResult<Option<Value>> {
        let h = ops::hash_for_table(vm, key)?;
        Ok(match self.lookup(vm, key, h)? {
            Lookup::Found(i) => self.entry_at(i).map(|(_, v)| v),
            Lookup::Vacant(_) => None,
        })
    }

    /// Insert or replace; returns true if the key was new.
    pub fn insert(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<bool> {
        let h = ops::hash_for_table(vm, key)?;
        self.insert_hashed(vm, key, h, value)
    }

    pub fn insert_hashed(&self, vm: &mut Vm, key: Value, h: u64, value: Value) -> PyResult<bool> {
        if let Lookup::Found(i) = self.lookup(vm, key, h)? {
            self.set_value_at(i, value);
            return Ok(false);
        }
        if self.used.get() >= self.capacity() {
            self.resize(vm, (self.len.get() + 1) * 2)?;
        }
        let i = self.used.get();
        let e = self.entries();
        let (Some(hc), Some(kc), Some(vc)) = (
            e.get(i * ENTRY_WIDTH),
            e.get(i * ENTRY_WIDTH + 1),
            e.get(i * ENTRY_WIDTH + 2),
        ) else {
            return Err(vm.memory_error());
        };
        hc.set(Value::small_int_unchecked((h & ((1 << 47) - 1)) as i64));
        kc.set(key);
        vc.set(value);
        self.used.set(i + 1);
        self.len.set(self.len.get() + 1);
        self.index_insert(h, i);
        Ok(true)
    }

    fn index_insert(&self, h: u64, entry: usize) {
        let index = self.index();
        if index.is_empty() {
            return;
        }
        let mask = index.len() - 1;
        let mut slot = (h as usize) & mask;
        while let Some(c) = index.get(slot) {
            if c.get().is_null() {
                c.set(Value::small_int_unchecked(entry as i64));
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Rebuild with room for `min_cap` entries, dropping holes.
    fn resize(&self, vm: &mut Vm, min_cap: usize) -> PyResult<()> {
        let cap = min_cap.max(4);
        let new_entries =
            new_value_array(vm, cap.checked_mul(ENTRY_WIDTH).ok_or(vm.memory_error())?)?;
        let index_len = (cap * 2).next_power_of_two();
        let new_index = new_value_array(vm, index_len)?;
        let old_used = self.used.get();
        let dst = new_entries.get().slots();
        let mut n = 0;
        for i in 0..old_used {
            if let Some((k, v)) = self.entry_at(i) {
                let h = self.hash_at(i);
                if let (Some(hc), Some(kc), Some(vc)) =
                    (dst.get(n * 3), dst.get(n * 3 + 1), dst.get(n * 3 + 2))
                {
                    hc.set(Value::small_int_unchecked(h as i64));
                    kc.set(k);
                    vc.set(v);
                }
                n += 1;
            }
        }
        self.entries.set(new_entries.as_value());
        self.index.set(new_index.as_value());
        self.used.set(n);
        self.len.set(n);
        for i in 0..n {
            let h = self.hash_at(i);
            self.index_insert(h, i);
        }
        Ok(())
    }

    /// Remove `key`; returns its value if it was present.
    pub fn remove(&self, vm: &mut Vm, key: Value) -> PyResult<Option<Value>> {
        let h = ops::hash_for_table(vm, key)?;
        match self.lookup(vm, key, h)? {
            Lookup::Found(i) => Ok(self.remove_at(i)),
            Lookup::Vacant(_) => Ok(None),
        }
    }

    /// Turn entry `i` into a hole; returns its value.
    pub fn remove_at(&self, i: usize) -> Option<Value> {
        let (_, v) = self.entry_at(i)?;
        let e = self.entries();
        if let (Some(kc), Some(vc)) = (e.get(i * 3 + 1), e.get(i * 3 + 2)) {
            kc.set(Value::NULL);
            vc.set(Value::NULL);
        }
        self.len.set(self.len.get() - 1);
        Some(v)
    }

    pub fn clear(&self) {
        self.entries.set(Value::NULL);
        self.index.set(Value::NULL);
        self.len.set(0);
        self.used.set(0);
    }

    /// Reserve room for `n` entries in total.
    pub fn reserve(&self, vm: &mut Vm, n: usize) -> PyResult<()> {
        if n > self.capacity() {
            self.resize(vm, n)?;
        }
        Ok(())
    }

    /// The last live entry position (for popitem).
    pub fn last_position(&self) -> Option<usize> {
        (0..self.used.get())
            .rev()
            .find(|i| self.entry_at(*i).is_some())
    }
}

#[repr(C)]
pub struct DictObj {
    pub header: ObjHeader,
    pub table: HashTable,
    /// Set while the dict's repr is being written (self-reference prints `{...}`).
    pub repr_busy: Cell<bool>,
}

// SAFETY: repr(C), starts with ObjHeader; dict-layout objects are made only here.
unsafe impl HeapObject for DictObj {
    const LAYOUT: Layout = Layout::Dict;
}

pub fn trace_dict(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on a dict.
    let d = unsafe { &*(obj as *const DictObj) };
    d.table.trace(heap);
}

pub static DICT_TYPE: TypeObject = TypeObject::builtin(
    qstr::dict,
    Layout::Dict,
    Some(&super::instance::OBJECT_TYPE),
    &crate::builtins::dict_methods::DICT_SLOTS,
    crate::builtins::dict_methods::DICT_MEMBERS,
    trace_dict,
    type_flags::BASETYPE,
);

/// A new empty dict with room for `cap` entries.
pub fn new_dict_obj(vm: &mut Vm, cap: usize) -> PyResult<Obj<DictObj>> {
    let d = vm.alloc(DictObj {
        header: ObjHeader::new(&DICT_TYPE),
        table: HashTable::empty(),
        repr_busy: Cell::new(false),
    })?;
    if cap > 0 {
        d.get().table.reserve(vm, cap)?;
    }
    Ok(d)
}

pub fn new_dict(vm: &mut Vm, cap: usize) -> PyResult<Value> {
    Ok(new_dict_obj(vm, cap)?.as_value())
}

/// The dict behind `v` (a dict or dict subclass instance).
pub fn as_dict(v: Value) -> Option<Obj<DictObj>> {
    Obj::from_value(v)
        .or_else(|| crate::interp::typeobj::native_base_of(v).and_then(Obj::from_value))
}

/// `d[key]` for a known dict; `None` when absent.
pub fn dict_get(vm: &mut Vm, d: Value, key: Value) -> PyResult<Option<Value>> {
    match as_dict(d) {
        Some(d) => d.get().table.get(vm, key),
        None => Ok(None),
    }
}

/// `d[key] = value` for a known dict.
pub fn dict_set(vm: &mut Vm, d: Value, key: Value, value: Value) -> PyResult<()> {
    match as_dict(d) {
        Some(d) => d.get().table.insert(vm, key, value).map(|_| ()),
        None => Err(vm.type_error("expected a dict")),
    }
}

/// Look up a qstr key quickly (module globals, class dicts, instance dicts).
pub fn dict_get_qstr(vm: &mut Vm, d: Value, name: qstr::Qstr) -> PyResult<Option<Value>> {
    dict_get(vm, d, Value::from_qstr(name))
}
