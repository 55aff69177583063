//! QEMU's fw_cfg device (MMIO at 0x0902_0000 on `virt`), through its DMA interface: find a
//! file by name, read it whole (the boot archive, the argument line) or write it (ramfb's
//! configuration). Everything on the wire is big-endian.

use alloc::vec::Vec;
use core::sync::atomic::{fence, Ordering};

const FW_CFG_BASE: usize = 0x0902_0000;
const DMA_REGISTER: usize = FW_CFG_BASE + 16;
/// The selector of the file directory.
const FILE_DIR: u16 = 0x19;
const DIR_ENTRY: usize = 64;
const NAME_LEN: usize = 56;

const DMA_ERROR: u32 = 0x01;
const DMA_READ: u32 = 0x02;
const DMA_SELECT: u32 = 0x08;
const DMA_WRITE: u32 = 0x10;

/// FWCfgDmaAccess, as the device reads it from guest memory.
#[repr(C, align(16))]
struct DmaAccess {
    control: u32,
    length: u32,
    address: u64,
}

/// One DMA transfer of `len` bytes at `buf` to or from item `selector`; false on error.
fn transfer(selector: u16, op: u32, buf: *mut u8, len: usize) -> bool {
    let Ok(length) = u32::try_from(len) else {
        return false;
    };
    let mut access = DmaAccess {
        control: ((u32::from(selector) << 16) | DMA_SELECT | op).to_be(),
        length: length.to_be(),
        address: (buf as u64).to_be(),
    };
    let access_ptr = core::ptr::addr_of_mut!(access);
    let address = (access_ptr as u64).to_be();
    // SAFETY: the DMA register is fw_cfg's, 8 bytes wide and aligned; writing the
    // descriptor's address starts the transfer, which only touches `buf[..len]` (valid for
    // the caller) and the descriptor, and is over when the device clears `control`.
    unsafe {
        // The device reads and writes memory the compiler cannot see it touch: keep every
        // access to the buffer on its side of the transfer.
        fence(Ordering::SeqCst);
        core::ptr::write_volatile(DMA_REGISTER as *mut u64, address);
        loop {
            let control = u32::from_be(core::ptr::read_volatile(core::ptr::addr_of!(
                (*access_ptr).control
            )));
            if control & DMA_ERROR != 0 || control == 0 {
                fence(Ordering::SeqCst);
                return control == 0;
            }
        }
    }
}

/// Selector and size of the file `name`.
pub fn find(name: &str) -> Option<(u16, usize)> {
    let mut count = [0u8; 4];
    if !transfer(FILE_DIR, DMA_READ, count.as_mut_ptr(), 4) {
        return None;
    }
    let count = usize::try_from(u32::from_be_bytes(count)).ok()?;
    // The directory is re-read from its start with the entries after the count.
    let mut dir = Vec::new();
    dir.try_reserve_exact(4 + count * DIR_ENTRY).ok()?;
    dir.resize(4 + count * DIR_ENTRY, 0);
    if !transfer(FILE_DIR, DMA_READ, dir.as_mut_ptr(), dir.len()) {
        return None;
    }
    dir.get(4..)?.chunks_exact(DIR_ENTRY).find_map(|entry| {
        let stored = entry.get(8..8 + NAME_LEN)?;
        let end = stored.iter().position(|&b| b == 0).unwrap_or(NAME_LEN);
        if stored.get(..end)? != name.as_bytes() {
            return None;
        }
        let size = u32::from_be_bytes([entry[0], entry[1], entry[2], entry[3]]);
        let selector = u16::from_be_bytes([entry[4], entry[5]]);
        Some((selector, usize::try_from(size).ok()?))
    })
}

/// The whole content of file `name`, if QEMU has it and it fits in memory.
pub fn read_file(name: &str) -> Option<Vec<u8>> {
    let (selector, size) = find(name)?;
    let mut data = Vec::new();
    data.try_reserve_exact(size).ok()?;
    data.resize(size, 0);
    transfer(selector, DMA_READ, data.as_mut_ptr(), size).then_some(data)
}

/// Write `bytes` to item `selector` (from its start).
pub fn write(selector: u16, bytes: &[u8]) -> bool {
    transfer(selector, DMA_WRITE, bytes.as_ptr().cast_mut(), bytes.len())
}
