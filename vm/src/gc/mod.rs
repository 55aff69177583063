//! Garbage collection: the heap (heap.rs) and the collection driver that finds roots.
//!
//! Roots are (1) the VM's own precise roots (module registry, builtins, interned
//! constants, the running frames' states, registered root slots) and (2) everything on the
//! native stack between the current stack pointer and the stack base recorded when the VM
//! was entered, plus the callee-saved registers: Rust code holding a `Value` or an
//! `Obj<T>` in a local keeps the object alive without ceremony. Interior pointers count,
//! so a `&str` into a string object keeps that string alive.

pub mod heap;

/// Scan the native stack from the current stack pointer up to `stack_base` (exclusive),
/// calling `mark` for every aligned word, after spilling the callee-saved registers onto
/// the stack so that values living only in registers are seen too.
#[inline(never)]
pub fn scan_native_stack(stack_base: usize, mark: &mut dyn FnMut(u64)) {
    let regs = spill_callee_saved_registers();
    for r in regs {
        mark(r as u64);
    }
    let here = &regs as *const _ as usize;
    if stack_base <= here {
        return;
    }
    let mut addr = here & !(core::mem::size_of::<usize>() - 1);
    while addr < stack_base {
        // SAFETY: [here, stack_base) is the live part of this thread's stack (stack_base was
        // taken from a local of an outer frame of this thread), so it is mapped and
        // readable; a volatile read of possibly-uninitialised padding yields some bits,
        // which conservative marking tolerates.
        let word = unsafe { core::ptr::read_volatile(addr as *const usize) };
        mark(word as u64);
        addr += core::mem::size_of::<usize>();
    }
    core::hint::black_box(&regs);
}

/// The callee-saved registers at this point. Caller-saved ones are already spilled to the
/// stack by the callers across the call into the collector.
#[inline(never)]
fn spill_callee_saved_registers() -> [usize; 12] {
    let mut regs = [0usize; 12];
    #[cfg(target_arch = "x86_64")]
    // SAFETY: only copies registers into a local array; touches no other memory.
    unsafe {
        core::arch::asm!(
            "mov [{0}], rbx",
            "mov [{0} + 8], rbp",
            "mov [{0} + 16], r12",
            "mov [{0} + 24], r13",
            "mov [{0} + 32], r14",
            "mov [{0} + 40], r15",
            in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags)
        );
    }
    #[cfg(target_arch = "aarch64")]
    // SAFETY: only copies registers into a local array; touches no other memory.
    unsafe {
        core::arch::asm!(
            "stp x19, x20, [{0}]",
            "stp x21, x22, [{0}, #16]",
            "stp x23, x24, [{0}, #32]",
            "stp x25, x26, [{0}, #48]",
            "stp x27, x28, [{0}, #64]",
            "stp x29, x30, [{0}, #80]",
            in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags)
        );
    }
    core::hint::black_box(regs)
}

/// An address near the top of the current stack frame, for recording a stack base.
#[inline(always)]
pub fn approximate_stack_pointer() -> usize {
    let marker = 0u8;
    core::hint::black_box(&marker) as *const u8 as usize
}
