//! RAM layout and the kernel heap. QEMU `virt` RAM starts at 0x4000_0000; qemu-host needs
//! `-m 512M`. After the kernel image (linker.ld's `__kernel_end`) come the 64 MiB program
//! area (as VibeOS reserves above its heap) and then the kernel heap up to the end of RAM:
//! kapi `malloc`, the program's stack, the RAM file system and the framebuffer.

use core::alloc::{GlobalAlloc, Layout};
use core::ptr::{null_mut, NonNull};
use linked_list_allocator::Heap;
use spin::Mutex;

const RAM_END: usize = 0x4000_0000 + 512 * 1024 * 1024;
pub const PROGRAM_AREA: usize = 64 * 1024 * 1024;
/// VibeOS loads programs at a 64 KiB aligned address.
const PROGRAM_ALIGN: usize = 64 * 1024;
/// kapi `malloc` keeps each block's size in a header this long (which keeps the 16-byte
/// alignment of what it returns).
const HEADER: usize = 16;

extern "C" {
    static __kernel_end: u8;
}

pub struct KernelHeap {
    heap: Mutex<Heap>,
}

#[global_allocator]
static HEAP: KernelHeap = KernelHeap {
    heap: Mutex::new(Heap::empty()),
};

/// Start of the program area.
pub fn program_area() -> usize {
    // Only the symbol's address is taken; it is never read.
    let end = core::ptr::addr_of!(__kernel_end) as usize;
    end.next_multiple_of(PROGRAM_ALIGN)
}

pub fn init() {
    let start = program_area() + PROGRAM_AREA;
    // SAFETY: the RAM from the end of the program area to the end of RAM is used by
    // nothing else (linker.ld puts the kernel below it), and `init` runs once, first.
    unsafe { HEAP.heap.lock().init(start as *mut u8, RAM_END - start) };
}

// SAFETY: allocations come from the linked-list heap under its lock; each returned block
// fits `layout` and is handed out once until deallocated.
unsafe impl GlobalAlloc for KernelHeap {
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

/// kapi `malloc`: `size` bytes, 16-byte aligned; NULL for 0 bytes or no memory.
pub fn malloc(size: usize) -> *mut u8 {
    let Some(layout) = size
        .checked_add(HEADER)
        .filter(|_| size > 0)
        .and_then(|total| Layout::from_size_align(total, HEADER).ok())
    else {
        return null_mut();
    };
    // SAFETY: the layout has a non-zero size.
    let block = unsafe { HEAP.alloc(layout) };
    if block.is_null() {
        return block;
    }
    // SAFETY: the block is at least HEADER bytes and 16-byte aligned, so its first word
    // holds the size; the caller gets the bytes after the header.
    unsafe {
        block.cast::<usize>().write(layout.size());
        block.add(HEADER)
    }
}

/// kapi `free` of a block from `malloc` (NULL is ignored).
///
/// # Safety
/// `ptr` must be NULL or a live block from `malloc`.
pub unsafe fn free(ptr: *mut u8) {
    if ptr.is_null() {
        return;
    }
    // SAFETY: `malloc` put the block's total size HEADER bytes before `ptr`.
    unsafe {
        let block = ptr.sub(HEADER);
        let total = block.cast::<usize>().read();
        HEAP.dealloc(block, Layout::from_size_align_unchecked(total, HEADER));
    }
}

pub fn used() -> usize {
    HEAP.heap.lock().used()
}

pub fn free_bytes() -> usize {
    HEAP.heap.lock().free()
}

pub fn total() -> usize {
    RAM_END - 0x4000_0000
}

pub fn heap_bounds() -> (usize, usize) {
    let heap = HEAP.heap.lock();
    let bottom = heap.bottom() as usize;
    (bottom, bottom + heap.size())
}
