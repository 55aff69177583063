//! qemu-host's machine-independent parts, tested on Linux: the ustar archive QEMU hands
//! over as the initial file system (`archive`), the in-memory file system with VibeOS's
//! file semantics (`ramfs`) and the ELF loader with VibeOS's loader contract (`elf`).
//! The kernel around them (boot, UART, fw_cfg, ramfb, the kapi table) is the `qemu-host`
//! bin, built for aarch64-unknown-none only.
#![no_std]
#![deny(unsafe_op_in_unsafe_fn)]

extern crate alloc;
#[cfg(test)]
extern crate std;

pub mod archive;
pub mod elf;
pub mod ramfs;
