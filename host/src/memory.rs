//! kapi `malloc`/`free` over the std allocator. Each block carries a 16-byte header holding
//! its size, so `free` can rebuild the layout; counters feed `get_mem_used` and
//! `get_alloc_count`.

use std::alloc::{alloc, dealloc, Layout};
use std::sync::atomic::{AtomicUsize, Ordering};

const HEADER: usize = 16;

static USED: AtomicUsize = AtomicUsize::new(0);
static COUNT: AtomicUsize = AtomicUsize::new(0);

fn layout(size: usize) -> Option<Layout> {
    Layout::from_size_align(size.checked_add(HEADER)?, HEADER).ok()
}

/// A 16-byte aligned block of `size` bytes, or NULL (also for `size` 0, as on VibeOS).
pub fn malloc(size: usize) -> *mut u8 {
    let Some(layout) = layout(size).filter(|_| size > 0) else {
        return std::ptr::null_mut();
    };
    // SAFETY: the layout has a non-zero size.
    let block = unsafe { alloc(layout) };
    if block.is_null() {
        return block;
    }
    // SAFETY: the block starts with HEADER bytes for the size, aligned for usize.
    unsafe { block.cast::<usize>().write(size) };
    USED.fetch_add(size, Ordering::Relaxed);
    COUNT.fetch_add(1, Ordering::Relaxed);
    // SAFETY: the block is HEADER + size bytes long.
    unsafe { block.add(HEADER) }
}

/// # Safety
/// `ptr` must be NULL or come from `malloc` and not have been freed.
pub unsafe fn free(ptr: *mut u8) {
    if ptr.is_null() {
        return;
    }
    // SAFETY: `malloc` returned HEADER bytes past the block start.
    let block = unsafe { ptr.sub(HEADER) };
    // SAFETY: the header holds the size `malloc` stored.
    let size = unsafe { block.cast::<usize>().read() };
    if let Some(layout) = layout(size) {
        USED.fetch_sub(size, Ordering::Relaxed);
        COUNT.fetch_sub(1, Ordering::Relaxed);
        // SAFETY: `block` was allocated with exactly this layout.
        unsafe { dealloc(block, layout) };
    }
}

pub fn used() -> usize {
    USED.load(Ordering::Relaxed)
}

pub fn count() -> usize {
    COUNT.load(Ordering::Relaxed)
}

/// Physical memory of the machine, and how much of it is available.
pub fn ram() -> (usize, usize) {
    // SAFETY: sysconf only reads system parameters.
    let (pages, free, page) = unsafe {
        (
            libc::sysconf(libc::_SC_PHYS_PAGES),
            libc::sysconf(libc::_SC_AVPHYS_PAGES),
            libc::sysconf(libc::_SC_PAGESIZE),
        )
    };
    let bytes = |n: libc::c_long| {
        usize::try_from(n)
            .unwrap_or(0)
            .saturating_mul(usize::try_from(page).unwrap_or(0))
    };
    (bytes(pages), bytes(free))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_usable_counted_and_freed() {
        assert!(malloc(0).is_null());
        let p = malloc(100);
        assert!(!p.is_null());
        assert_eq!(p as usize % 16, 0);
        // SAFETY: p has 100 writable bytes.
        unsafe { p.write_bytes(0xab, 100) };
        assert!(used() >= 100 && count() >= 1);
        // SAFETY: p came from malloc.
        unsafe { free(p) };
    }
}
