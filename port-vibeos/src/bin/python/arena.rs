//! The Rust global allocator of `python.elf`: a `linked_list_allocator` heap behind a
//! `spin` mutex, over one block reserved with kapi `malloc` at start-up and handed back at
//! exit.
//!
//! In: the block (`Arena::init`). Out: every `Box`/`Vec`/`String` of the engine and port
//! (the GC heap is a separate kapi block that the port reserves itself). Nothing allocates
//! from the kernel behind this block's back; a failed `try_reserve` is a MemoryError, and an
//! infallible allocation that fails reaches the panic handler (a fatal error, exit 70).

use core::alloc::{GlobalAlloc, Layout};
use core::ptr::{null_mut, NonNull};
use linked_list_allocator::Heap;
use spin::Mutex;

pub struct Arena {
    heap: Mutex<Heap>,
}

impl Arena {
    pub const fn new() -> Self {
        Arena {
            heap: Mutex::new(Heap::empty()),
        }
    }

    /// Hand the allocator its block.
    ///
    /// # Safety
    /// `start..start + len` must be writable memory used by nothing else until `release`,
    /// and `init` must be called once, before any allocation.
    pub unsafe fn init(&self, start: *mut u8, len: usize) {
        // SAFETY: forwarded from this function's contract.
        unsafe { self.heap.lock().init(start, len) };
    }

    /// Forget the block, so that nothing allocates from it once it is given back.
    pub fn release(&self) {
        *self.heap.lock() = Heap::empty();
    }
}

// SAFETY: allocations come from the linked-list heap under its lock; each returned block
// fits `layout` (size and alignment) and is handed out once until deallocated.
unsafe impl GlobalAlloc for Arena {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.heap
            .lock()
            .allocate_first_fit(layout)
            .map_or(null_mut(), NonNull::as_ptr)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Some(ptr) = NonNull::new(ptr) {
            // SAFETY: the caller passes a block this allocator returned for `layout`.
            unsafe { self.heap.lock().deallocate(ptr, layout) };
        }
    }
}
