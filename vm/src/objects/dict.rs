//! `dict` (insertion ordered) and its hash table.
//!
//! In: keys (hashed here), values. Out: lookups, insertion-ordered entry positions for
//! iteration, and removal that keeps the order.
//!
//! Entries live in a `ValueArray` as (hash, key, value) triples in insertion order. The
//! index is a `RawBytes` buffer of entry numbers, 1, 2 or 4 bytes wide depending on its
//! size (all-ones = empty slot), probed with CPython's dict recurrence and kept at most
//! two-thirds full. Deleting leaves a hole (key NULL) that the next resize compacts away.
//! Hashes are cached in the entries, so lookups compare hashes before calling `__eq__`
//! and resizing never calls `__hash__` again. The entry array grows by half again, which
//! keeps the peak during a resize within small heaps.

use super::bytes::{new_raw_bytes_zeroed, RawBytes};
use super::tuple::{new_value_array, ValueArray};
use super::type_object::{type_flags, TypeObject};
use super::{HeapObject, Layout, Obj, ObjHeader};
use crate::gc::heap::Heap;
use crate::interp::{ops, PyResult, Vm};
use crate::qstr;
use crate::value::Value;
use core::cell::Cell;

const ENTRY_WIDTH: usize = 3;

/// The index slots a hash visits: CPython's dict recurrence, `i = 5i + 1 + perturb` with
/// the hash's higher bits shifted into `perturb`, so keys that agree in their low bits
/// (multiples of a power of two) still spread out.
struct IndexProbe {
    slot: usize,
    perturb: u64,
    mask: usize,
}

impl IndexProbe {
    #[inline]
    fn new(h: u64, mask: usize) -> IndexProbe {
        IndexProbe {
            slot: (h as usize) & mask,
            perturb: h,
            mask,
        }
    }

    #[inline]
    fn slot(&self) -> usize {
        self.slot
    }

    #[inline]
    fn advance(&mut self) {
        self.perturb >>= 5;
        let next = (self.slot as u64)
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb);
        self.slot = (next as usize) & self.mask;
    }
}

/// The index: `slots` entry numbers of `width` bytes each.
#[derive(Clone, Copy)]
struct Index {
    raw: Obj<RawBytes>,
    width: usize,
    slots: usize,
}

impl Index {
    /// Width of the entry numbers of an index with `slots` slots (entry numbers stay
    /// below two-thirds of that, so the all-ones value is never a real entry).
    fn width_for(slots: usize) -> usize {
        if slots <= 1 << 8 {
            1
        } else if slots <= 1 << 16 {
            2
        } else {
            4
        }
    }

    /// The width `width_for` picked, from the index's byte length: the byte lengths of
    /// the three widths do not overlap (at most 256, 512..=131072, at least 262144).
    fn width_of_len(len: usize) -> usize {
        if len <= 1 << 8 {
            1
        } else if len <= 2 << 16 {
            2
        } else {
            4
        }
    }

    fn new(vm: &mut Vm, slots: usize) -> PyResult<Index> {
        let width = Index::width_for(slots);
        let bytes = slots.checked_mul(width).ok_or_else(|| vm.memory_error())?;
        let raw = new_raw_bytes_zeroed(vm, bytes)?;
        raw.get().data_mut().fill(0xFF);
        Ok(Index { raw, width, slots })
    }

    fn of(v: Value) -> Option<Index> {
        let raw = Obj::<RawBytes>::from_value(v)?;
        let len = raw.len();
        let width = Index::width_of_len(len);
        Some(Index {
            raw,
            width,
            slots: len / width,
        })
    }

    /// The entry number in `slot`, or `None` for an empty slot.
    #[inline]
    fn get(self, slot: usize) -> Option<usize> {
        let data = self.raw.get().data();
        let at = slot * self.width;
        let n = match self.width {
            1 => usize::from(*data.get(at)?),
            2 => usize::from(u16::from_le_bytes([*data.get(at)?, *data.get(at + 1)?])),
            _ => {
                let b = data.get(at..at + 4)?;
                u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize
            }
        };
        let empty = (1usize << (8 * self.width)) - 1;
        (n != empty).then_some(n)
    }

    #[inline]
    fn set(self, slot: usize, entry: usize) {
        let data = self.raw.get().data_mut();
        let at = slot * self.width;
        if let Some(dst) = data.get_mut(at..at + self.width) {
            let bytes = (entry as u32).to_le_bytes();
            dst.copy_from_slice(bytes.get(..self.width).unwrap_or(&[]));
        }
    }

    /// Record entry `entry` (hash `h`) in the first empty slot of its probe sequence.
    fn insert(self, h: u64, entry: usize) {
        let mut probe = IndexProbe::new(h, self.slots - 1);
        for _ in 0..self.slots {
            if self.get(probe.slot()).is_none() {
                self.set(probe.slot(), entry);
                return;
            }
            probe.advance();
        }
    }
}

/// The hash table behind dicts (and the other tables of the engine: globals, class and
/// instance dicts).
#[repr(C)]
pub struct HashTable {
    len: Cell<usize>,
    /// Entries used, holes included.
    used: Cell<usize>,
    entries: Cell<Value>,
    index: Cell<Value>,
    /// Changes, to a value never used before by any table, whenever the set of keys or
    /// their positions change (insert of a new key, removal, clear, resize); replacing a
    /// value keeps it. Lookup caches use it to know a key is still absent.
    layout_version: Cell<u64>,
    /// True while every key ever inserted was a qstr: then a qstr key can be found by
    /// identity alone (attribute dicts, module globals).
    all_qstr_keys: Cell<bool>,
}

/// Source of layout versions, unique across all tables of the process.
static NEXT_LAYOUT_VERSION: core::sync::atomic::AtomicU64 = core::sync::atomic::AtomicU64::new(1);

fn new_layout_version() -> u64 {
    NEXT_LAYOUT_VERSION.fetch_add(1, core::sync::atomic::Ordering::Relaxed)
}

pub enum Lookup {
    Found(usize),
    /// Not found.
    Vacant,
}

impl HashTable {
    pub const fn empty() -> HashTable {
        HashTable {
            len: Cell::new(0),
            used: Cell::new(0),
            entries: Cell::new(Value::NULL),
            index: Cell::new(Value::NULL),
            layout_version: Cell::new(0),
            all_qstr_keys: Cell::new(true),
        }
    }

    /// Look up a qstr key without hashing when the table is small and all its keys are
    /// qstrs; `None` when the fast path does not apply.
    #[inline]
    pub fn get_qstr_fast(&self, key: Value) -> Option<Option<Value>> {
        const LINEAR_MAX: usize = 12;
        let used = self.used.get();
        if !self.all_qstr_keys.get() || used > LINEAR_MAX {
            return None;
        }
        let e = self.entries();
        for i in 0..used {
            if e.get(i * ENTRY_WIDTH + 1).map(|c| c.get()) == Some(key) {
                return Some(e.get(i * ENTRY_WIDTH + 2).map(|c| c.get()));
            }
        }
        Some(None)
    }

    /// See `layout_version`; 0 for a table never changed.
    pub fn layout_version(&self) -> u64 {
        self.layout_version.get()
    }

    fn layout_changed(&self) {
        self.layout_version.set(new_layout_version());
    }

    /// The value at entry `i` if that entry's key is exactly `key` (identity): the fast
    /// check behind lookup caches that remember where a name was found.
    #[inline]
    pub fn value_if_key_at(&self, i: usize, key: Value) -> Option<Value> {
        let e = self.entries();
        if e.get(i * ENTRY_WIDTH + 1)?.get() == key {
            let v = e.get(i * ENTRY_WIDTH + 2)?.get();
            if !v.is_null() {
                return Some(v);
            }
        }
        None
    }

    pub fn len(&self) -> usize {
        self.len.get()
    }

    pub fn is_empty(&self) -> bool {
        self.len.get() == 0
    }

    #[inline]
    fn entries<'a>(&self) -> &'a [Cell<Value>] {
        match Obj::<ValueArray>::from_value(self.entries.get()) {
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
    #[inline]
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

    /// Find `key` (with hash `h`). If comparing keys runs code that changes the table,
    /// the search starts again.
    pub fn lookup(&self, vm: &mut Vm, key: Value, h: u64) -> PyResult<Lookup> {
        'restart: loop {
            let Some(index) = Index::of(self.index.get()) else {
                return Ok(Lookup::Vacant);
            };
            let entries_value = self.entries.get();
            let entries = self.entries();
            let mut probe = IndexProbe::new(h, index.slots - 1);
            for _ in 0..index.slots {
                let Some(i) = index.get(probe.slot()) else {
                    return Ok(Lookup::Vacant);
                };
                let base = i * ENTRY_WIDTH;
                if let (Some(hc), Some(kc)) = (entries.get(base), entries.get(base + 1)) {
                    let k = kc.get();
                    if k == key {
                        return Ok(Lookup::Found(i));
                    }
                    // Holes never match; distinct qstrs are distinct strings.
                    let skip = k.is_null() || (k.is_qstr() && key.is_qstr());
                    if !skip && hc.get().small_int_value() as u64 == h {
                        let eq = ops::keys_equal(vm, k, key)?;
                        if self.entries.get() != entries_value || kc.get() != k {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(Lookup::Found(i));
                        }
                    }
                }
                probe.advance();
            }
            return Ok(Lookup::Vacant);
        }
    }

    pub fn get(&self, vm: &mut Vm, key: Value) -> PyResult<Option<Value>> {
        if self.len.get() == 0 {
            // Still hash: an unhashable key is an error even in an empty dict.
            ops::hash_for_table(vm, key)?;
            return Ok(None);
        }
        let h = ops::hash_for_table(vm, key)?;
        Ok(match self.lookup(vm, key, h)? {
            Lookup::Found(i) => self.entry_at(i).map(|(_, v)| v),
            Lookup::Vacant => None,
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
            let live = self.len.get();
            let want = live.saturating_add(live / 2).max(live + 1);
            self.resize(vm, want)?;
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
        if !key.is_qstr() {
            self.all_qstr_keys.set(false);
        }
        vc.set(value);
        self.used.set(i + 1);
        self.layout_changed();
        self.len.set(self.len.get() + 1);
        if let Some(index) = Index::of(self.index.get()) {
            index.insert(h, i);
        }
        Ok(true)
    }

    /// Rebuild with room for `min_cap` entries, dropping holes.
    fn resize(&self, vm: &mut Vm, min_cap: usize) -> PyResult<()> {
        self.layout_changed();
        let cap = min_cap.max(5);
        // A power of two above 3/2 of the capacity: the index stays under 2/3 full.
        let slots = cap
            .checked_add(cap / 2 + 1)
            .and_then(usize::checked_next_power_of_two)
            .ok_or_else(|| vm.memory_error())?
            .max(8);
        let new_entries =
            new_value_array(vm, cap.checked_mul(ENTRY_WIDTH).ok_or(vm.memory_error())?)?;
        let index = Index::new(vm, slots)?;
        let old_used = self.used.get();
        let dst = new_entries.get().slots();
        let mut n = 0;
        for i in 0..old_used {
            if let Some((k, v)) = self.entry_at(i) {
                let h = self.hash_at(i);
                if let (Some(hc), Some(kc), Some(vc)) = (
                    dst.get(n * ENTRY_WIDTH),
                    dst.get(n * ENTRY_WIDTH + 1),
                    dst.get(n * ENTRY_WIDTH + 2),
                ) {
                    hc.set(Value::small_int_unchecked(h as i64));
                    kc.set(k);
                    vc.set(v);
                }
                index.insert(h, n);
                n += 1;
            }
        }
        self.entries.set(new_entries.as_value());
        self.index.set(index.raw.as_value());
        self.used.set(n);
        self.len.set(n);
        Ok(())
    }

    /// Remove `key`; returns its value if it was present.
    pub fn remove(&self, vm: &mut Vm, key: Value) -> PyResult<Option<Value>> {
        let h = ops::hash_for_table(vm, key)?;
        match self.lookup(vm, key, h)? {
            Lookup::Found(i) => Ok(self.remove_at(i)),
            Lookup::Vacant => Ok(None),
        }
    }

    /// Turn entry `i` into a hole; returns its value.
    pub fn remove_at(&self, i: usize) -> Option<Value> {
        self.layout_changed();
        let (_, v) = self.entry_at(i)?;
        let e = self.entries();
        if let (Some(kc), Some(vc)) = (e.get(i * ENTRY_WIDTH + 1), e.get(i * ENTRY_WIDTH + 2)) {
            kc.set(Value::NULL);
            vc.set(Value::NULL);
        }
        self.len.set(self.len.get() - 1);
        Some(v)
    }

    pub fn clear(&self) {
        self.layout_changed();
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
#[inline]
pub fn dict_get_qstr(vm: &mut Vm, d: Value, name: qstr::Qstr) -> PyResult<Option<Value>> {
    let key = Value::from_qstr(name);
    if let Some(dd) = as_dict(d) {
        if let Some(r) = dd.get().table.get_qstr_fast(key) {
            return Ok(r);
        }
    }
    dict_get(vm, d, key)
}

#[cfg(test)]
mod tests {
    use super::Index;
    use crate::interp::tests::run_source;

    #[test]
    fn views_updates_and_errors_match_cpython() {
        let src = "d = {\"a\": 1, \"b\": 2}\nd |= [(\"c\", 3)]\nprint(d.popitem(), d | {\"z\": 0}, list(reversed(d)), d.keys() & {\"a\", \"q\"}, d.items() - {(\"a\", 1)})\ntry:\n    for k in d:\n        d[k + \"x\"] = 0\nexcept RuntimeError as e:\n    print(e)\ntry:\n    d.update([(1, 2, 3)])\nexcept ValueError as e:\n    print(e)\ntry:\n    {}[\"missing\"]\nexcept KeyError as e:\n    print(repr(e))\nprint(dict.fromkeys(\"ab\", 0), d.setdefault(\"n\", []), d)\n";
        let want = "('c', 3) {'a': 1, 'b': 2, 'z': 0} ['b', 'a'] {'a'} {('b', 2)}\ndictionary changed size during iteration\ndictionary update sequence element #0 has length 3; 2 is required\nKeyError('missing')\n{'a': 0, 'b': 0} [] {'a': 1, 'b': 2, 'ax': 0, 'n': []}\n";
        assert_eq!(run_source(src, 1 << 20, false), want);
        assert_eq!(run_source(src, 1 << 20, true), want);
    }

    #[test]
    fn index_width_is_recoverable_from_byte_length() {
        let mut slots = 8;
        while slots <= 1 << 24 {
            let w = Index::width_for(slots);
            assert_eq!(w, Index::width_of_len(slots * w), "slots {}", slots);
            // Entry numbers (below two-thirds of the slots) never reach the empty marker.
            assert!(slots * 2 / 3 < (1usize << (8 * w)) - 1);
            slots *= 2;
        }
    }
}
