//! `python.elf`: the bare-metal VibeOS program. VibeOS loads it at a 64 KiB aligned address,
//! applies its R_AARCH64_RELATIVE relocations and calls `_start(api, argc, argv)` on a
//! 1 MiB stack with FP/SIMD enabled, MMU and caches off (KAPI.md).
//!
//! In: the kapi table and the shell's argv (not NULL-terminated, in the shell's buffers).
//! Out: the exit status of `port_vibeos::run`. This file owns what only a freestanding
//! program needs: the entry, the Rust allocator's arena (kapi `malloc`, freed at exit), the
//! platform hooks kapi v1 lacks (the generic timer as microsecond clock; Ctrl+C and errors
//! use the port's kapi fallbacks: keyboard polling and the console) and the panic handler.
#![no_std]
#![no_main]

extern crate alloc;

mod arena;

use aarch64_cpu::registers::{Readable, CNTFRQ_EL0, CNTPCT_EL0};
use alloc::string::String;
use alloc::vec::Vec;
use core::ffi::{c_char, c_int};
use core::fmt::Write;
use core::sync::atomic::{AtomicPtr, Ordering};
use kernel_api::{KApi, Kapi};
use port_vibeos::hal::PlatformHooks;

#[global_allocator]
static ARENA: arena::Arena = arena::Arena::new();

/// The table, for the panic handler.
static KAPI_TABLE: AtomicPtr<KApi> = AtomicPtr::new(core::ptr::null_mut());

/// Native stack Python code may use before RecursionError, measured from the port's
/// entry frame. The process stack is 1 MiB with no guard page. Measured on the real kernel
/// (stack painted at entry, lowest touched word found at exit): the deepest use seen was
/// 902 KiB (file I/O, float formatting and an import tried right at the recursion limit),
/// so about 120 KiB stay free for the kernel's entry wrapper and what runs between two
/// recursion checks. A Python call costs about 1.35 KiB of native stack: ~670 levels
/// (docs/DESIGN.md, "The VibeOS binary").
const STACK_LIMIT: usize = 896 * 1024;

/// vibesh passes at most 16 arguments; a longer argv (from `exec_args`) is cut.
const MAX_ARGS: usize = 16;
/// Longest argument read from the caller's buffers.
const MAX_ARG_LEN: usize = 4096;

/// The Rust arena beside a GC heap of `heap` bytes: the compiler's buffers, the qstr
/// table, caches and file contents being read live there.
fn arena_size(heap: usize) -> usize {
    (heap / 2).max(1024 * 1024)
}

/// Microseconds from the generic timer (CNTPCT_EL0 at CNTFRQ_EL0 Hz).
fn monotonic_us() -> u64 {
    let freq = u128::from(CNTFRQ_EL0.get()).max(1);
    let count = u128::from(CNTPCT_EL0.get());
    u64::try_from(count * 1_000_000 / freq).unwrap_or(u64::MAX)
}

/// The bytes of the C string at `p`, at most `MAX_ARG_LEN` of them.
///
/// # Safety
/// `p` must be NULL or point at a NUL-terminated string (or at least `MAX_ARG_LEN`
/// readable bytes) that stays valid while the slice is used.
unsafe fn c_arg<'a>(p: *const c_char) -> &'a [u8] {
    if p.is_null() {
        return &[];
    }
    let mut len = 0;
    // SAFETY: the caller guarantees the bytes up to the NUL (or the cap) are readable.
    while len < MAX_ARG_LEN && unsafe { *p.add(len) } != 0 {
        len += 1;
    }
    // SAFETY: the `len` bytes just read are readable and stay valid (caller's contract).
    unsafe { core::slice::from_raw_parts(p.cast::<u8>(), len) }
}

/// Program entry, called by VibeOS with x0 = api, x1 = argc, x2 = argv.
///
/// # Safety
/// `api` is the kernel's table (or NULL); `argv` holds `argc` pointers to C strings that
/// stay valid during start-up.
#[no_mangle]
#[link_section = ".text.start"]
pub unsafe extern "C" fn _start(
    api: *const KApi,
    argc: c_int,
    argv: *const *const c_char,
) -> c_int {
    // SAFETY: VibeOS passes its kapi table, valid for the whole program.
    let Some(kapi) = (unsafe { Kapi::from_ptr(api) }) else {
        return 70;
    };
    KAPI_TABLE.store(api.cast_mut(), Ordering::Relaxed);

    // Borrow the shell's strings until they are copied into the arena.
    let argc = usize::try_from(argc).unwrap_or(0).min(MAX_ARGS);
    let mut borrowed: [&str; MAX_ARGS] = [""; MAX_ARGS];
    for (i, slot) in borrowed.iter_mut().enumerate().take(argc) {
        if argv.is_null() {
            break;
        }
        // SAFETY: argv holds argc valid pointers to C strings (entry contract).
        let bytes = unsafe { c_arg(*argv.add(i)) };
        *slot = core::str::from_utf8(bytes).unwrap_or("");
    }
    let heap = port_vibeos::requested_heap(&borrowed[..argc]);

    let arena_len = arena_size(heap);
    let Ok(block) = kapi.malloc(arena_len) else {
        let _ = kapi.write(b"python: not enough memory to start\n");
        return 1;
    };
    // SAFETY: the block is ours alone until it is freed below, after the last allocation.
    unsafe { ARENA.init(block.as_ptr(), arena_len) };

    let status = run(kapi, argc, argv);

    ARENA.release();
    // SAFETY: the block came from this table's malloc and nothing points into it any more:
    // every Rust allocation made by `run` was dropped when it returned.
    let _ = unsafe { kapi.free(block) };
    status
}

/// Copy argv into the arena and run the port.
fn run(kapi: Kapi<'static>, argc: usize, argv: *const *const c_char) -> c_int {
    let mut owned: Vec<String> = Vec::new();
    if owned.try_reserve(argc).is_err() {
        return 1;
    }
    for i in 0..argc {
        if argv.is_null() {
            break;
        }
        // SAFETY: argv holds argc valid pointers to C strings (entry contract).
        let bytes = unsafe { c_arg(*argv.add(i)) };
        owned.push(String::from_utf8_lossy(bytes).into_owned());
    }
    let args: Vec<&str> = owned.iter().map(String::as_str).collect();
    let hooks = PlatformHooks {
        monotonic_us: Some(monotonic_us),
        ..PlatformHooks::default()
    };
    port_vibeos::run(kapi.table(), hooks, &args, STACK_LIMIT)
}

/// A fixed buffer for the panic message: formatting must not allocate there.
struct PanicText {
    buf: [u8; 256],
    len: usize,
}

impl Write for PanicText {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        for &b in s.as_bytes() {
            if self.len + 1 < self.buf.len() {
                self.buf[self.len] = b;
                self.len += 1;
            }
        }
        Ok(())
    }
}

/// A bug in VibePy (or an infallible allocation that found the arena full): say so on the
/// console and end the process; the kernel stays up.
#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    let table = KAPI_TABLE.load(Ordering::Relaxed);
    // SAFETY: the pointer is NULL or the kernel's table, stored by `_start`.
    let kapi = unsafe { Kapi::from_ptr(table) };
    if let Some(kapi) = kapi {
        let mut text = PanicText {
            buf: [0; 256],
            len: 0,
        };
        let _ = writeln!(text, "python: fatal error: {}", info.message());
        let _ = kapi.write(text.buf.get(..text.len).unwrap_or(b"python: fatal error\n"));
        let _ = kapi.exit(70);
    }
    loop {
        core::hint::spin_loop();
    }
}
