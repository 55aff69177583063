//! `set`/`frozenset` storage: `SetObj` and `SetTable`, an open-addressing hash table laid
//! out so that iteration order matches CPython for the same insertions.
//!
//! In: keys with their full 64-bit hashes (the caller hashes). Out: membership, insertion
//! and removal results, slot-order iteration, and the bulk operations (`merge`,
//! `take_from`) the set algebra is built on.
//!
//! Table behaviour reproduced from CPython's observable ordering: the table size is a
//! power of two (at least 8); a key starts at `hash & mask` and probes the next 9 slots
//! when they do not wrap, then jumps to `(i * 5 + 1 + perturb) & mask` with `perturb`
//! (initially the hash) shifted right by 5 bits per jump. Removal leaves a dummy; an
//! insertion that reaches a free slot takes the last dummy it passed instead, if any.
//! When active + dummy slots reach 60% of the table, the table is rebuilt with room for
//! four times the active keys (twice above 50000), reinserting in slot order. Keys live in a `ValueArray` (NULL = free slot); hashes in a parallel
//! `RawBytes` buffer, where a NULL key with the all-ones hash marks a dummy.

use super::bytes::{new_raw_bytes_zeroed, RawBytes};
use super::tuple::{new_value_array, ValueArray};
use super::{HeapObject, Layout, Obj, ObjHeader};
use crate::gc::heap::Heap;
use crate::interp::{ops, PyResult, Vm};
use crate::value::Value;
use core::cell::Cell;

/// Smallest table size.
pub const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// Hash stored with a NULL key in a slot whose key was removed.
const DUMMY_HASH: u64 = u64::MAX;
/// Cached frozenset hash meaning "not computed yet".
const NO_HASH: i64 = -1;

/// The slot sequence a hash visits in a table of `mask + 1` slots.
struct Probe {
    start: usize,
    offset: usize,
    run: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    fn new(hash: u64, mask: usize) -> Probe {
        let start = (hash as usize) & mask;
        Probe {
            start,
            offset: 0,
            run: Self::run_length(start, mask),
            perturb: hash,
            mask,
        }
    }

    fn run_length(start: usize, mask: usize) -> usize {
        if start + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        }
    }

    #[inline]
    fn slot(&self) -> usize {
        self.start + self.offset
    }

    #[inline]
    fn advance(&mut self) {
        if self.offset < self.run {
            self.offset += 1;
            return;
        }
        self.perturb >>= PERTURB_SHIFT;
        let next = (self.start as u64)
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb);
        self.start = (next as usize) & self.mask;
        self.offset = 0;
        self.run = Self::run_length(self.start, self.mask);
    }
}

/// Handles to a table's two buffers (re-read after anything that may run Python code).
#[derive(Clone, Copy)]
struct Storage {
    keys: Obj<ValueArray>,
    hashes: Obj<RawBytes>,
}

impl Storage {
    fn new(vm: &mut Vm, size: usize) -> PyResult<Storage> {
        let keys = new_value_array(vm, size)?;
        let bytes = size.checked_mul(8).ok_or_else(|| vm.memory_error())?;
        let hashes = new_raw_bytes_zeroed(vm, bytes)?;
        Ok(Storage { keys, hashes })
    }

    #[inline]
    fn size(self) -> usize {
        self.keys.capacity()
    }

    #[inline]
    fn key(self, i: usize) -> Value {
        self.keys
            .get()
            .slots()
            .get(i)
            .map(Cell::get)
            .unwrap_or(Value::NULL)
    }

    #[inline]
    fn hash(self, i: usize) -> u64 {
        let data = self.hashes.get().data();
        data.get(i * 8..i * 8 + 8)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
            .map(u64::from_ne_bytes)
            .unwrap_or(0)
    }

    fn set(self, i: usize, key: Value, hash: u64) {
        if let Some(c) = self.keys.get().slots().get(i) {
            c.set(key);
        }
        if let Some(b) = self.hashes.get().data_mut().get_mut(i * 8..i * 8 + 8) {
            b.copy_from_slice(&hash.to_ne_bytes());
        }
    }

    /// Put a key known to be absent into a table without dummies.
    fn insert_clean(self, key: Value, hash: u64) {
        let mut p = Probe::new(hash, self.size() - 1);
        while !self.key(p.slot()).is_null() {
            p.advance();
        }
        self.set(p.slot(), key, hash);
    }
}

/// The hash table behind a set.
#[repr(C)]
pub struct SetTable {
    /// Active keys.
    used: Cell<usize>,
    /// Active keys plus dummies.
    fill: Cell<usize>,
    /// Where `pop` starts looking.
    finger: Cell<usize>,
    /// Cached frozenset hash (`NO_HASH` when not computed).
    hash: Cell<i64>,
    keys: Cell<Value>,
    hashes: Cell<Value>,
}

impl SetTable {
    pub const fn empty() -> SetTable {
        SetTable {
            used: Cell::new(0),
            fill: Cell::new(0),
            finger: Cell::new(0),
            hash: Cell::new(NO_HASH),
            keys: Cell::new(Value::NULL),
            hashes: Cell::new(Value::NULL),
        }
    }

    pub fn len(&self) -> usize {
        self.used.get()
    }

    pub fn is_empty(&self) -> bool {
        self.used.get() == 0
    }

    pub fn trace(&self, heap: &mut Heap) {
        heap.mark_value(self.keys.get());
        heap.mark_value(self.hashes.get());
    }

    fn storage(&self) -> Option<Storage> {
        Some(Storage {
            keys: Obj::from_value(self.keys.get())?,
            hashes: Obj::from_value(self.hashes.get())?,
        })
    }

    fn install(&self, st: Storage) {
        self.keys.set(st.keys.as_value());
        self.hashes.set(st.hashes.as_value());
    }

    fn is_current(&self, st: Storage) -> bool {
        self.keys.get() == st.keys.as_value()
    }

    /// Number of slots (0 before the first insertion); iterate with `entry_at`.
    pub fn slots(&self) -> usize {
        self.storage().map(|s| s.size()).unwrap_or(0)
    }

    /// The mask CPython's load checks use: an unallocated table counts as the minimum size.
    fn load_mask(&self) -> usize {
        self.slots().max(MIN_SIZE) - 1
    }

    /// The key and hash in slot `i` if it is active.
    #[inline]
    pub fn entry_at(&self, i: usize) -> Option<(Value, u64)> {
        let st = self.storage()?;
        let k = st.key(i);
        if k.is_null() {
            None
        } else {
            Some((k, st.hash(i)))
        }
    }

    /// The active keys in slot order (a snapshot of positions: re-checked at each step).
    pub fn keys(&self) -> impl Iterator<Item = Value> + '_ {
        (0..self.slots()).filter_map(move |i| self.entry_at(i).map(|(k, _)| k))
    }

    /// The slot holding `key`, if present.
    pub fn find(&self, vm: &mut Vm, key: Value, hash: u64) -> PyResult<Option<usize>> {
        'restart: loop {
            let Some(st) = self.storage() else {
                return Ok(None);
            };
            let mut p = Probe::new(hash, st.size() - 1);
            loop {
                let i = p.slot();
                let k = st.key(i);
                if k.is_null() {
                    if st.hash(i) != DUMMY_HASH {
                        return Ok(None);
                    }
                } else if st.hash(i) == hash {
                    if k == key {
                        return Ok(Some(i));
                    }
                    let eq = ops::keys_equal(vm, k, key)?;
                    if !self.is_current(st) || st.key(i) != k {
                        continue 'restart;
                    }
                    if eq {
                        return Ok(Some(i));
                    }
                }
                p.advance();
            }
        }
    }

    pub fn contains(&self, vm: &mut Vm, key: Value, hash: u64) -> PyResult<bool> {
        Ok(self.find(vm, key, hash)?.is_some())
    }

    /// Add `key`; returns false if an equal key was already present.
    pub fn add(&self, vm: &mut Vm, key: Value, hash: u64) -> PyResult<bool> {
        'restart: loop {
            let st = match self.storage() {
                Some(st) => st,
                None => {
                    let st = Storage::new(vm, MIN_SIZE)?;
                    if self.storage().is_none() {
                        self.install(st);
                    }
                    continue 'restart;
                }
            };
            let mask = st.size() - 1;
            let mut p = Probe::new(hash, mask);
            let mut free_dummy = None;
            loop {
                let i = p.slot();
                let k = st.key(i);
                if k.is_null() {
                    if st.hash(i) == DUMMY_HASH {
                        free_dummy = Some(i);
                    } else if let Some(d) = free_dummy {
                        st.set(d, key, hash);
                        self.used.set(self.used.get() + 1);
                        self.hash.set(NO_HASH);
                        return Ok(true);
                    } else {
                        st.set(i, key, hash);
                        self.fill.set(self.fill.get() + 1);
                        self.used.set(self.used.get() + 1);
                        self.hash.set(NO_HASH);
                        if self.fill.get() * 5 >= mask * 3 {
                            let used = self.used.get();
                            let want = if used > 50_000 { used * 2 } else { used * 4 };
                            if let Err(e) = self.resize(vm, want) {
                                // Keep the table below its load limit.
                                st.set(i, Value::NULL, 0);
                                self.fill.set(self.fill.get() - 1);
                                self.used.set(self.used.get() - 1);
                                return Err(e);
                            }
                        }
                        return Ok(true);
                    }
                } else if st.hash(i) == hash {
                    if k == key {
                        return Ok(false);
                    }
                    let eq = ops::keys_equal(vm, k, key)?;
                    if !self.is_current(st) || st.key(i) != k {
                        continue 'restart;
                    }
                    if eq {
                        return Ok(false);
                    }
                }
                p.advance();
            }
        }
    }

    /// Remove `key`; returns whether it was present.
    pub fn discard(&self, vm: &mut Vm, key: Value, hash: u64) -> PyResult<bool> {
        match self.find(vm, key, hash)? {
            Some(i) => {
                self.remove_slot(i);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    fn remove_slot(&self, i: usize) {
        if let Some(st) = self.storage() {
            st.set(i, Value::NULL, DUMMY_HASH);
            self.used.set(self.used.get() - 1);
            self.hash.set(NO_HASH);
        }
    }

    /// Rebuild the table with the smallest size above `min_used`, dropping dummies.
    pub fn resize(&self, vm: &mut Vm, min_used: usize) -> PyResult<()> {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size = size.checked_mul(2).ok_or_else(|| vm.memory_error())?;
        }
        let new = Storage::new(vm, size)?;
        if let Some(old) = self.storage() {
            for i in 0..old.size() {
                let k = old.key(i);
                if !k.is_null() {
                    new.insert_clean(k, old.hash(i));
                }
            }
        }
        self.install(new);
        self.fill.set(self.used.get());
        Ok(())
    }

    /// Resize away dummies when they take more than a quarter of the table (after bulk
    /// removals).
    pub fn compact_if_sparse(&self, vm: &mut Vm) -> PyResult<()> {
        let dummies = self.fill.get() - self.used.get();
        if dummies <= self.load_mask() / 4 {
            return Ok(());
        }
        let used = self.used.get();
        self.resize(vm, if used > 50_000 { used * 2 } else { used * 4 })
    }

    pub fn clear(&self) {
        self.keys.set(Value::NULL);
        self.hashes.set(Value::NULL);
        self.used.set(0);
        self.fill.set(0);
        self.hash.set(NO_HASH);
    }

    /// Remove and return an arbitrary key: the first active slot from the finger on.
    pub fn pop(&self) -> Option<Value> {
        let st = self.storage()?;
        if self.used.get() == 0 {
            return None;
        }
        let size = st.size();
        let mut i = self.finger.get() & (size - 1);
        while st.key(i).is_null() {
            i = (i + 1) & (size - 1);
        }
        let k = st.key(i);
        self.remove_slot(i);
        self.finger.set(i + 1);
        Some(k)
    }

    /// Add every key of `other` (set union in place).
    pub fn merge(&self, vm: &mut Vm, other: &SetTable) -> PyResult<()> {
        if core::ptr::eq(self, other) || other.is_empty() {
            return Ok(());
        }
        let Some(src) = other.storage() else {
            return Ok(());
        };
        if (self.fill.get() + other.used.get()) * 5 >= self.load_mask() * 3 {
            self.resize(vm, (self.used.get() + other.used.get()) * 2)?;
        }
        if self.fill.get() == 0 {
            let dst = match self.storage() {
                Some(st) => st,
                None => {
                    let st = Storage::new(vm, MIN_SIZE)?;
                    self.install(st);
                    st
                }
            };
            let same_shape = dst.size() == src.size() && other.fill.get() == other.used.get();
            for i in 0..src.size() {
                let k = src.key(i);
                if k.is_null() {
                    continue;
                }
                if same_shape {
                    dst.set(i, k, src.hash(i));
                } else {
                    dst.insert_clean(k, src.hash(i));
                }
            }
            self.fill.set(other.used.get());
            self.used.set(other.used.get());
            self.hash.set(NO_HASH);
            return Ok(());
        }
        for i in 0..other.slots() {
            if let Some((k, h)) = other.entry_at(i) {
                self.add(vm, k, h)?;
            }
        }
        Ok(())
    }

    /// Make room for `extra` more keys in one step (before a bulk insertion).
    pub fn presize(&self, vm: &mut Vm, extra: usize) -> PyResult<()> {
        if (self.fill.get() + extra) * 5 >= self.load_mask() * 3 {
            self.resize(vm, (self.used.get() + extra) * 2)?;
        }
        Ok(())
    }

    /// Replace this table's contents with `other`'s (which is left empty).
    pub fn take_from(&self, other: &SetTable) {
        self.keys.set(other.keys.get());
        self.hashes.set(other.hashes.get());
        self.used.set(other.used.get());
        self.fill.set(other.fill.get());
        self.hash.set(NO_HASH);
        other.clear();
    }

    pub fn cached_hash(&self) -> Option<i64> {
        let h = self.hash.get();
        (h != NO_HASH).then_some(h)
    }

    pub fn set_cached_hash(&self, h: i64) {
        self.hash.set(h);
    }
}

#[repr(C)]
pub struct SetObj {
    pub header: ObjHeader,
    pub table: SetTable,
    /// Set while the set's repr is being written (self-reference prints `...`).
    pub repr_busy: Cell<bool>,
}

// SAFETY: repr(C), starts with ObjHeader; set-layout objects are made only here.
unsafe impl HeapObject for SetObj {
    const LAYOUT: Layout = Layout::Set;
}

pub fn trace_set(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on a set.
    let s = unsafe { &*(obj as *const SetObj) };
    s.table.trace(heap);
}

/// A new empty set of type `ty` (`set` or `frozenset`).
pub fn new_set_obj(
    vm: &mut Vm,
    ty: &'static super::type_object::TypeObject,
) -> PyResult<Obj<SetObj>> {
    vm.alloc(SetObj {
        header: ObjHeader::new(ty),
        table: SetTable::empty(),
        repr_busy: Cell::new(false),
    })
}

/// The full hash of a set key (CPython's `hash()` value as an unsigned word).
#[inline]
pub fn key_hash(vm: &mut Vm, key: Value) -> PyResult<u64> {
    if let Some(i) = key.as_small_int() {
        return Ok(crate::builtins::int_methods::hash_small_int(i) as u64);
    }
    Ok(ops::hash(vm, key)? as u64)
}

#[cfg(test)]
mod tests {
    use super::Probe;
    use crate::interp::tests::run_source;

    #[test]
    fn iteration_order_matches_cpython() {
        let src = "print({3, 1, 2}, set([10, 5, 33]), {17, 1, 9, 25, 33, 41})\ns = {1, 2, 3, 20, 21}\ns.discard(1); s.discard(3); s.add(33); s.add(4)\nprint(s, s.pop(), s)\nprint({1, 2, 3} ^ {3, 4, 12}, frozenset({8, 16, 0}) | {24})\ntry:\n    {[1]}\nexcept TypeError as e:\n    print(e)\nt = {1, 2}\nit = iter(t)\nt.add(3)\ntry:\n    next(it)\nexcept RuntimeError as e:\n    print(e)\n";
        let want = "{1, 2, 3} {33, 10, 5} {33, 1, 17, 25, 41, 9}\n{33, 20, 21, 4} 2 {33, 20, 21, 4}\n{1, 2, 4, 12} frozenset({8, 16, 0, 24})\nunhashable type: 'list'\nSet changed size during iteration\n";
        assert_eq!(run_source(src, 1 << 20, false), want);
        assert_eq!(run_source(src, 1 << 20, true), want);
    }

    #[test]
    fn probe_runs_linearly_then_jumps() {
        let mut p = Probe::new(3, 31);
        let mut seen = std::vec::Vec::new();
        for _ in 0..11 {
            seen.push(p.slot());
            p.advance();
        }
        // 3..=12 linearly, then (3 * 5 + 1 + (3 >> 5)) & 31 = 16.
        assert_eq!(seen, [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 16]);
    }

    #[test]
    fn probe_near_the_end_does_not_run() {
        let mut p = Probe::new(6, 7);
        assert_eq!(p.slot(), 6);
        p.advance();
        assert_eq!(p.slot(), 7); // (6 * 5 + 1) & 7
    }
}
