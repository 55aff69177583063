//! Running the program: load `/bin/python` from the RAM file system into the program area
//! (64 KiB aligned, R_AARCH64_RELATIVE relocations applied), give it a 1 MiB stack from
//! the kernel heap (16-byte aligned, no guard page: as VibeOS) and call
//! `entry(api, argc, argv)` on it. argv is not NULL-terminated and points at kernel
//! copies of the words.

use crate::{entries, memory};
use alloc::ffi::CString;
use alloc::vec::Vec;
use core::ffi::{c_char, c_int};
use kernel_api::KApi;

const STACK_SIZE: usize = 0x10_0000;

core::arch::global_asm!(
    r#"
    .text
    .global call_on_stack
// call_on_stack(api, argc, argv, entry, stack_top) -> int
call_on_stack:
    stp     x29, x30, [sp, #-16]!
    mov     x29, sp
    mov     x9, sp
    mov     sp, x4
    sub     sp, sp, #16
    str     x9, [sp]
    blr     x3
    ldr     x9, [sp]
    mov     sp, x9
    ldp     x29, x30, [sp], #16
    ret
"#
);

extern "C" {
    fn call_on_stack(
        api: *const KApi,
        argc: c_int,
        argv: *const *const c_char,
        entry: usize,
        stack_top: usize,
    ) -> c_int;
}

/// Run the program at `path` with `args`; its exit status.
pub fn run(table: &KApi, path: &str, args: &[&str]) -> Result<i32, &'static str> {
    let image = entries::read_whole(path).ok_or("no program at the given path")?;
    let area = memory::program_area();
    let span = qemu_host::elf::span(&image).map_err(|_| "not an AArch64 ELF program")?;
    if span > memory::PROGRAM_AREA {
        return Err("the program does not fit in the program area");
    }
    // SAFETY: the program area is reserved for the program (memory.rs) and nothing else
    // points into it.
    let mem = unsafe { core::slice::from_raw_parts_mut(area as *mut u8, span) };
    let entry = qemu_host::elf::load(&image, mem, area as u64)
        .map_err(|_| "the program could not be loaded")?;
    drop(image);

    let words: Vec<CString> = args
        .iter()
        .map(|a| CString::new(*a).unwrap_or_default())
        .collect();
    let argv: Vec<*const c_char> = words.iter().map(|w| w.as_ptr()).collect();
    let stack = memory::malloc(STACK_SIZE);
    if stack.is_null() {
        return Err("no memory for the program's stack");
    }
    let stack_top = (stack as usize + STACK_SIZE) & !15;
    let argc = c_int::try_from(argv.len()).unwrap_or(0);
    // SAFETY: `entry` is the loaded program's relocated entry point, following the kapi
    // calling convention; the stack is fresh 1 MiB; `table`, `words` and `argv` outlive the
    // call. The program may also end the machine through kapi `exit`.
    let status = unsafe { call_on_stack(table, argc, argv.as_ptr(), area + entry, stack_top) };
    Ok(status)
}
