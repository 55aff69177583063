//! qemu-host: a minimal AArch64 kernel for QEMU `virt` that offers kapi v1 with VibeOS's
//! loader contract, to test and demo python.elf without VibeOS (qemu-host/README.md).
//!
//! Boot (`_boot`, EL1, MMU and caches off as on VibeOS): park secondary cores, set the boot
//! stack, enable FP/SIMD, zero .bss, then `kmain`: hand the RAM above the program area to
//! the kernel heap, unpack the boot archive (fw_cfg `opt/vibepy/fs.tar`) into the RAM file
//! system, set up ramfb if QEMU has one, load `/bin/python` and call it with the argv of
//! fw_cfg `opt/vibepy/args`. Its exit status becomes QEMU's (semihosting).
#![no_std]
#![no_main]
#![deny(unsafe_op_in_unsafe_fn)]

extern crate alloc;

mod console;
mod display;
mod entries;
mod fwcfg;
mod memory;
mod program;
mod timer;

use alloc::string::String;
use alloc::vec::Vec;
use qemu_exit::QEMUExit;

core::arch::global_asm!(
    r#"
    .section .text.boot, "ax"
    .global _boot
_boot:
    mrs     x1, mpidr_el1
    and     x1, x1, #0xff
    cbz     x1, 2f
1:  wfe
    b       1b
2:  ldr     x1, =__boot_stack_top
    mov     sp, x1
    mov     x1, #(3 << 20)
    msr     cpacr_el1, x1
    isb
    ldr     x1, =__bss_start
    ldr     x2, =__bss_end
3:  cmp     x1, x2
    b.hs    4f
    str     xzr, [x1], #8
    b       3b
4:  bl      kmain
5:  wfe
    b       5b
"#
);

/// Where the boot archive and the argument line come from (fw_cfg file names).
const FS_ARCHIVE: &str = "opt/vibepy/fs.tar";
const ARGS: &str = "opt/vibepy/args";
/// The program run when no argument line is given.
const DEFAULT_ARGS: &str = "python";
/// vibesh passes at most 16 arguments.
const MAX_ARGS: usize = 16;

/// End QEMU with `status` as its exit code.
pub fn power_off(status: i32) -> ! {
    // Only the low 8 bits reach the host's process status, as for a Unix process.
    qemu_exit::AArch64::new().exit(u32::from(status as u8))
}

/// Say `message` on the UART and stop with status 70 (EX_SOFTWARE).
fn fail(message: &str) -> ! {
    console::write_raw(b"qemu-host: ");
    console::write_raw(message.as_bytes());
    console::write_raw(b"\r\n");
    power_off(70)
}

#[no_mangle]
extern "C" fn kmain() -> ! {
    memory::init();
    timer::init_wakeups();
    if let Some(archive) = fwcfg::read_file(FS_ARCHIVE) {
        if !entries::unpack(&archive) {
            fail("the boot archive does not fit in memory");
        }
    }
    let line = fwcfg::read_file(ARGS)
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_else(|| DEFAULT_ARGS.into());
    // Split on spaces like vibesh; a bare word runs as /bin/WORD.
    let words: Vec<&str> = line.split_whitespace().take(MAX_ARGS).collect();
    let Some(first) = words.first() else {
        fail("empty argument line");
    };
    let path = if first.contains('/') {
        String::from(*first)
    } else {
        alloc::format!("/bin/{first}")
    };
    display::init();
    let table = entries::table();
    match program::run(&table, &path, &words) {
        Ok(status) => power_off(status),
        Err(why) => fail(why),
    }
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    console::write_raw(b"qemu-host: panic");
    if let Some(location) = info.location() {
        console::write_raw(b" at ");
        console::write_raw(location.file().as_bytes());
    }
    console::write_raw(b"\r\n");
    power_off(70)
}
