//! The GC heap: one region handed over at start-up, cut into 16-byte blocks, with one
//! metadata byte per block (free / head / tail, plus the mark bit).
//!
//! Allocation pops exact-size free lists for small objects (1..=8 blocks) and takes
//! first-fit from a list of larger free runs otherwise. Collection is non-moving
//! mark-sweep: the owner (the VM) marks its precise roots and the conservative ones
//! (native stack and registers) through `mark_value`/`mark_word`, then calls `sweep`,
//! which rebuilds the free lists from runs of unmarked blocks.
//!
//! Every heap object starts with a header word pointing at its `TypeObject`; tracing an
//! object asks that type for the object's children.

use crate::objects::type_object::TypeObject;
use crate::value::Value;

pub const BLOCK_BYTES: usize = 16;
const SMALL_CLASSES: usize = 8;

const KIND_MASK: u8 = 0b11;
const KIND_FREE: u8 = 0;
const KIND_HEAD: u8 = 1;
const KIND_TAIL: u8 = 2;
const MARK: u8 = 0b100;

const NO_CHUNK: usize = usize::MAX;
const MARK_STACK_LEN: usize = 512;

/// Counters reported by `gc.mem_alloc()`/`mem_free()` and `micropython.mem_info()`.
#[derive(Clone, Copy, Debug, Default)]
pub struct HeapStats {
    pub total_bytes: usize,
    pub used_bytes: usize,
    pub free_bytes: usize,
    pub max_free_run_bytes: usize,
    pub collections: usize,
}

pub struct Heap {
    meta: *mut u8,
    blocks: *mut u8,
    n_blocks: usize,
    /// Heads (block indices) of free chunks of exactly 1..=8 blocks; index 0 unused.
    small_free: [usize; SMALL_CLASSES + 1],
    /// Head of the list of free chunks of more than `SMALL_CLASSES` blocks.
    large_free: usize,
    /// Blocks at and above this index have never been allocated since the last sweep:
    /// they are free, so a sweep stops here (cheap collections when the heap is mostly
    /// empty, as under `-X gcstress`).
    high_water: usize,
    /// Last chunk of the large list while a sweep appends to it in address order.
    large_tail: usize,
    used_blocks: usize,
    mark_stack: [usize; MARK_STACK_LEN],
    mark_len: usize,
    mark_overflowed: bool,
    collections: usize,
}

impl Heap {
    /// Take over `len` bytes at `region` as the heap.
    ///
    /// # Safety
    /// `region` must be valid for reads and writes of `len` bytes for the lifetime of the
    /// heap, aligned to 16 bytes, and used by nothing else.
    pub unsafe fn new(region: *mut u8, len: usize) -> Heap {
        // Each block costs BLOCK_BYTES of payload plus one metadata byte; the payload
        // area starts at the first 16-byte boundary after the metadata.
        let n_blocks = len.saturating_sub(BLOCK_BYTES) / (BLOCK_BYTES + 1);
        let meta_len = n_blocks.div_ceil(BLOCK_BYTES) * BLOCK_BYTES;
        let mut heap = Heap {
            meta: region,
            // SAFETY: meta_len + n_blocks * BLOCK_BYTES <= len by the computation above.
            blocks: unsafe { region.add(meta_len) },
            n_blocks,
            small_free: [NO_CHUNK; SMALL_CLASSES + 1],
            large_free: NO_CHUNK,
            high_water: 0,
            large_tail: NO_CHUNK,
            used_blocks: 0,
            mark_stack: [0; MARK_STACK_LEN],
            mark_len: 0,
            mark_overflowed: false,
            collections: 0,
        };
        // SAFETY: the metadata occupies the first n_blocks bytes of the region.
        unsafe { core::ptr::write_bytes(heap.meta, KIND_FREE, n_blocks) };
        heap.add_free_run(0, n_blocks);
        heap
    }

    #[inline(always)]
    fn meta_get(&self, block: usize) -> u8 {
        debug_assert!(block < self.n_blocks);
        // SAFETY: callers pass block < n_blocks; the metadata has n_blocks bytes.
        unsafe { *self.meta.add(block) }
    }

    #[inline(always)]
    fn meta_set(&mut self, block: usize, v: u8) {
        debug_assert!(block < self.n_blocks);
        // SAFETY: as in meta_get.
        unsafe { *self.meta.add(block) = v }
    }

    #[inline(always)]
    fn block_ptr(&self, block: usize) -> *mut u8 {
        // SAFETY: block <= n_blocks keeps the pointer inside (or one past) the block area.
        unsafe { self.blocks.add(block * BLOCK_BYTES) }
    }

    /// The link words stored inside a free chunk: next chunk and chunk length.
    fn chunk_read(&self, block: usize) -> (usize, usize) {
        let p = self.block_ptr(block) as *const usize;
        // SAFETY: a free chunk is at least one 16-byte block, room for two words.
        unsafe { (p.read(), p.add(1).read()) }
    }

    fn chunk_write(&mut self, block: usize, next: usize, len: usize) {
        let p = self.block_ptr(block) as *mut usize;
        // SAFETY: as in chunk_read; free memory belongs to the heap alone.
        unsafe {
            p.write(next);
            p.add(1).write(len);
        }
    }

    fn add_free_run(&mut self, start: usize, len: usize) {
        if len == 0 {
            return;
        }
        if len <= SMALL_CLASSES {
            let next = self.small_free[len];
            self.chunk_write(start, next, len);
            self.small_free[len] = start;
        } else {
            let next = self.large_free;
            self.chunk_write(start, next, len);
            self.large_free = start;
        }
    }

    /// Allocate `bytes` (zeroed, 16-byte aligned), or `None` when no free run fits.
    pub fn alloc(&mut self, bytes: usize) -> Option<*mut u8> {
        let n = bytes.max(1).checked_add(BLOCK_BYTES - 1)? / BLOCK_BYTES;
        let start = self.take_blocks(n)?;
        self.high_water = self.high_water.max(start + n);
        self.meta_set(start, KIND_HEAD);
        for b in start + 1..start + n {
            self.meta_set(b, KIND_TAIL);
        }
        self.used_blocks += n;
        let p = self.block_ptr(start);
        // SAFETY: blocks start..start+n are inside the block area and now owned by the caller.
        unsafe { core::ptr::write_bytes(p, 0, n * BLOCK_BYTES) };
        Some(p)
    }

    fn take_blocks(&mut self, n: usize) -> Option<usize> {
        if n <= SMALL_CLASSES {
            let head = self.small_free[n];
            if head != NO_CHUNK {
                self.small_free[n] = self.chunk_read(head).0;
                return Some(head);
            }
        }
        // First fit among the large runs, splitting off the tail.
        let mut prev = NO_CHUNK;
        let mut cur = self.large_free;
        while cur != NO_CHUNK {
            let (next, len) = self.chunk_read(cur);
            if len >= n {
                if prev == NO_CHUNK {
                    self.large_free = next;
                } else {
                    let prev_len = self.chunk_read(prev).1;
                    self.chunk_write(prev, next, prev_len);
                }
                self.add_free_run(cur + n, len - n);
                return Some(cur);
            }
            prev = cur;
            cur = next;
        }
        // Split a bigger small chunk as a last resort.
        for size in n + 1..=SMALL_CLASSES {
            let head = self.small_free[size];
            if head != NO_CHUNK {
                self.small_free[size] = self.chunk_read(head).0;
                self.add_free_run(head + n, size - n);
                return Some(head);
            }
        }
        None
    }

    /// Block index of the object containing `addr`, if `addr` points into a live object.
    fn object_block(&self, addr: usize) -> Option<usize> {
        let base = self.blocks as usize;
        if addr < base {
            return None;
        }
        let mut block = (addr - base) / BLOCK_BYTES;
        if block >= self.n_blocks {
            return None;
        }
        loop {
            match self.meta_get(block) & KIND_MASK {
                KIND_HEAD => return Some(block),
                KIND_TAIL if block > 0 => block -= 1,
                _ => return None,
            }
        }
    }

    /// True if `addr` is the start of a live heap object.
    pub fn is_object_start(&self, addr: usize) -> bool {
        self.object_block(addr)
            .is_some_and(|b| self.block_ptr(b) as usize == addr)
    }

    /// Size in bytes of the allocation holding the object at `addr` (0 if none).
    pub fn allocation_bytes(&self, addr: usize) -> usize {
        match self.object_block(addr) {
            Some(start) => {
                let mut end = start + 1;
                while end < self.n_blocks && self.meta_get(end) & KIND_MASK == KIND_TAIL {
                    end += 1;
                }
                (end - start) * BLOCK_BYTES
            }
            None => 0,
        }
    }

    /// Mark the object a value refers to (no-op for immediates and static objects).
    #[inline]
    pub fn mark_value(&mut self, v: Value) {
        if v.is_obj() {
            self.mark_exact(v.obj_addr());
        }
    }

    /// Mark the object starting exactly at `addr`, if it is a heap object.
    #[inline]
    pub fn mark_exact(&mut self, addr: usize) {
        let base = self.blocks as usize;
        if addr < base || !addr.is_multiple_of(BLOCK_BYTES) {
            return;
        }
        let block = (addr - base) / BLOCK_BYTES;
        if block < self.n_blocks && self.meta_get(block) & KIND_MASK == KIND_HEAD {
            self.mark_block(block);
        }
    }

    /// Mark whatever a conservatively scanned word may refer to: a boxed value or a raw
    /// (possibly interior) pointer.
    pub fn mark_word(&mut self, word: u64) {
        let v = Value::from_bits(word);
        let addr = if v.is_obj() {
            v.obj_addr()
        } else {
            word as usize
        };
        if let Some(block) = self.object_block(addr) {
            self.mark_block(block);
        }
    }

    fn mark_block(&mut self, block: usize) {
        let m = self.meta_get(block);
        if m & MARK != 0 {
            return;
        }
        self.meta_set(block, m | MARK);
        if self.mark_len < MARK_STACK_LEN {
            self.mark_stack[self.mark_len] = block;
            self.mark_len += 1;
        } else {
            self.mark_overflowed = true;
        }
    }

    /// Trace everything reachable from the marked objects.
    pub fn drain_marks(&mut self) {
        loop {
            while self.mark_len > 0 {
                self.mark_len -= 1;
                let block = self.mark_stack[self.mark_len];
                self.trace_block(block);
            }
            if !self.mark_overflowed {
                return;
            }
            // The mark stack overflowed: some marked objects were never traced. Retrace
            // every marked object; marking is idempotent, so this converges.
            self.mark_overflowed = false;
            for block in 0..self.n_blocks {
                if self.meta_get(block) == KIND_HEAD | MARK {
                    self.trace_block(block);
                    while self.mark_len > 0 {
                        self.mark_len -= 1;
                        let b = self.mark_stack[self.mark_len];
                        self.trace_block(b);
                    }
                }
            }
        }
    }

    fn trace_block(&mut self, block: usize) {
        let obj = self.block_ptr(block);
        // SAFETY: every head block starts with the object header word, the address of the
        // object's TypeObject (written by the allocator's caller before any collection).
        let ty = unsafe { *(obj as *const *const TypeObject) };
        if ty.is_null() {
            return;
        }
        self.mark_exact(ty as usize);
        // SAFETY: type objects outlive their instances: static ones forever, heap ones are
        // marked just above, so the pointer is valid during this collection.
        let trace = unsafe { (*ty).trace };
        trace(obj, self);
    }

    /// Free every unmarked object, clear the marks and rebuild the free lists.
    pub fn sweep(&mut self) {
        self.small_free = [NO_CHUNK; SMALL_CLASSES + 1];
        self.large_free = NO_CHUNK;
        self.large_tail = NO_CHUNK;
        self.used_blocks = 0;
        let end = self
            .high_water
            .div_ceil(8)
            .saturating_mul(8)
            .min(self.n_blocks);
        let mut run_start = 0;
        let mut run_len = 0;
        let mut block = 0;
        let mut live = false;
        let mut live_end = 0;
        while block < end {
            // Fast path: eight blocks with no marked head, entered outside a live object,
            // are all garbage or free (one word of metadata at a time).
            if !live && block % 8 == 0 && block + 8 <= end {
                let p = self.meta.wrapping_add(block) as *mut u64;
                // SAFETY: the metadata region is 16-byte aligned and block is a multiple
                // of 8 with block + 8 <= n_blocks, so the word is aligned and in bounds.
                let word = unsafe { p.read() };
                if word & 0x0404_0404_0404_0404 == 0 {
                    if word != 0 {
                        // SAFETY: as above.
                        unsafe { p.write(0) };
                    }
                    if run_len == 0 {
                        run_start = block;
                    }
                    run_len += 8;
                    block += 8;
                    continue;
                }
            }
            let m = self.meta_get(block);
            match m & KIND_MASK {
                KIND_HEAD => live = m & MARK != 0,
                KIND_TAIL => {}
                _ => live = false,
            }
            if live {
                self.meta_set(block, m & !MARK);
                self.used_blocks += 1;
                live_end = block + 1;
                if run_len > 0 {
                    self.add_swept_run(run_start, run_len);
                    run_len = 0;
                }
            } else {
                self.meta_set(block, KIND_FREE);
                if run_len == 0 {
                    run_start = block;
                }
                run_len += 1;
            }
            block += 1;
        }
        // Everything from `end` up is free already: extend the last run to the top.
        if run_len == 0 {
            run_start = end;
        }
        self.add_swept_run(run_start, self.n_blocks - run_start);
        self.high_water = live_end;
        self.collections += 1;
    }

    /// Add a run found by the sweep, keeping the large list in address order so that
    /// allocation fills the heap from the bottom.
    fn add_swept_run(&mut self, start: usize, len: usize) {
        if len == 0 {
            return;
        }
        if len <= SMALL_CLASSES {
            self.add_free_run(start, len);
            return;
        }
        self.chunk_write(start, NO_CHUNK, len);
        if self.large_tail == NO_CHUNK {
            self.large_free = start;
        } else {
            let tail_len = self.chunk_read(self.large_tail).1;
            self.chunk_write(self.large_tail, start, tail_len);
        }
        self.large_tail = start;
    }

    pub fn stats(&self) -> HeapStats {
        let mut max_run = 0;
        let mut run = 0;
        for b in 0..self.n_blocks {
            if self.meta_get(b) & KIND_MASK == KIND_FREE {
                run += 1;
                max_run = max_run.max(run);
            } else {
                run = 0;
            }
        }
        HeapStats {
            total_bytes: self.n_blocks * BLOCK_BYTES,
            used_bytes: self.used_blocks * BLOCK_BYTES,
            free_bytes: (self.n_blocks - self.used_blocks) * BLOCK_BYTES,
            max_free_run_bytes: max_run * BLOCK_BYTES,
            collections: self.collections,
        }
    }

    pub fn total_bytes(&self) -> usize {
        self.n_blocks * BLOCK_BYTES
    }

    pub fn used_bytes(&self) -> usize {
        self.used_blocks * BLOCK_BYTES
    }
}
