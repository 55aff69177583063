//! Time, memory, processes and system information entries.

use crate::consts::ARGV_MAX;
use crate::cstr::{until_nul, CPath};
use crate::{c_int_len, status, Kapi, KapiError};
use core::ffi::c_char;
use core::ptr::{null_mut, NonNull};

/// `get_datetime` result: UTC, full year, month 1-12, weekday 0-6 with Sunday 0.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DateTime {
    pub year: i32,
    pub month: i32,
    pub day: i32,
    pub hour: i32,
    pub minute: i32,
    pub second: i32,
    pub weekday: i32,
}

/// One used process slot from `get_process_info`.
#[derive(Clone, Copy, Debug)]
pub struct ProcessInfo {
    name: [u8; 32],
    /// One of `process_state::*`.
    pub state: i32,
}

impl ProcessInfo {
    /// The path the process was started from (at most 31 bytes).
    pub fn name(&self) -> &[u8] {
        until_nul(&self.name)
    }
}

/// One USB device from `usb_device_info`.
#[derive(Clone, Copy, Debug)]
pub struct UsbDevice {
    pub vendor_id: u16,
    pub product_id: u16,
    name: [u8; 64],
}

impl UsbDevice {
    pub fn name(&self) -> &[u8] {
        until_nul(&self.name)
    }
}

/// Longest `get_cpu_name` string read; the kernel's is a short literal.
const CPU_NAME_MAX: usize = 128;

impl<'a> Kapi<'a> {
    /// Ticks since boot at 100 Hz.
    pub fn uptime_ticks(&self) -> Result<u64, KapiError> {
        let get_uptime_ticks = entry!(self, get_uptime_ticks)?;
        // SAFETY: no arguments.
        Ok(unsafe { get_uptime_ticks() })
    }

    /// Unix seconds (UTC).
    pub fn timestamp(&self) -> Result<u32, KapiError> {
        let get_timestamp = entry!(self, get_timestamp)?;
        // SAFETY: no arguments.
        Ok(unsafe { get_timestamp() })
    }

    pub fn datetime(&self) -> Result<DateTime, KapiError> {
        let get_datetime = entry!(self, get_datetime)?;
        let mut dt = DateTime::default();
        // SAFETY: seven valid, distinct `int` locations that outlive the call.
        unsafe {
            get_datetime(
                &mut dt.year,
                &mut dt.month,
                &mut dt.day,
                &mut dt.hour,
                &mut dt.minute,
                &mut dt.second,
                &mut dt.weekday,
            )
        };
        Ok(dt)
    }

    /// Sleep in 10 ms ticks (may return up to one tick early).
    pub fn sleep_ms(&self, ms: u32) -> Result<(), KapiError> {
        let sleep_ms = entry!(self, sleep_ms)?;
        // SAFETY: plain integer argument.
        unsafe { sleep_ms(ms) };
        Ok(())
    }

    /// Let other processes run.
    pub fn yield_now(&self) -> Result<(), KapiError> {
        let yield_now = self.table.r#yield.ok_or(KapiError::Missing("yield"))?;
        // SAFETY: no arguments.
        unsafe { yield_now() };
        Ok(())
    }

    /// Wait for the next interrupt.
    pub fn wfi(&self) -> Result<(), KapiError> {
        let wfi = entry!(self, wfi)?;
        // SAFETY: no arguments.
        unsafe { wfi() };
        Ok(())
    }

    /// Allocate `size` bytes from the kernel heap (8-byte aligned only; `malloc(0)` is NULL).
    pub fn malloc(&self, size: usize) -> Result<NonNull<u8>, KapiError> {
        let malloc = entry!(self, malloc)?;
        // SAFETY: plain integer argument; the result is checked for NULL.
        NonNull::new(unsafe { malloc(size) }.cast()).ok_or(KapiError::OutOfMemory)
    }

    /// # Safety
    /// `ptr` must come from `malloc` of this table and not have been freed.
    pub unsafe fn free(&self, ptr: NonNull<u8>) -> Result<(), KapiError> {
        let free = entry!(self, free)?;
        // SAFETY: the caller guarantees `ptr` is a live kernel allocation.
        unsafe { free(ptr.as_ptr().cast()) };
        Ok(())
    }

    pub fn mem_used(&self) -> Result<usize, KapiError> {
        let get_mem_used = entry!(self, get_mem_used)?;
        // SAFETY: no arguments.
        Ok(unsafe { get_mem_used() })
    }

    pub fn mem_free(&self) -> Result<usize, KapiError> {
        let get_mem_free = entry!(self, get_mem_free)?;
        // SAFETY: no arguments.
        Ok(unsafe { get_mem_free() })
    }

    pub fn ram_total(&self) -> Result<usize, KapiError> {
        let get_ram_total = entry!(self, get_ram_total)?;
        // SAFETY: no arguments.
        Ok(unsafe { get_ram_total() })
    }

    pub fn heap_start(&self) -> Result<u64, KapiError> {
        let get_heap_start = entry!(self, get_heap_start)?;
        // SAFETY: no arguments.
        Ok(unsafe { get_heap_start() })
    }

    pub fn heap_end(&self) -> Result<u64, KapiError> {
        let get_heap_end = entry!(self, get_heap_end)?;
        // SAFETY: no arguments.
        Ok(unsafe { get_heap_end() })
    }

    pub fn stack_ptr(&self) -> Result<u64, KapiError> {
        let get_stack_ptr = entry!(self, get_stack_ptr)?;
        // SAFETY: no arguments.
        Ok(unsafe { get_stack_ptr() })
    }

    pub fn alloc_count(&self) -> Result<i32, KapiError> {
        let get_alloc_count = entry!(self, get_alloc_count)?;
        // SAFETY: no arguments.
        Ok(unsafe { get_alloc_count() })
    }

    /// End the process. Returns only if the entry is missing or the kernel came back.
    pub fn exit(&self, status: i32) -> KapiError {
        match entry!(self, exit) {
            Ok(exit) => {
                // SAFETY: plain integer argument.
                unsafe { exit(status) };
                KapiError::Failed
            }
            Err(missing) => missing,
        }
    }

    /// Run a program and wait: its exit status (-1 also when it cannot start).
    pub fn exec(&self, path: &[u8]) -> Result<i32, KapiError> {
        let exec = entry!(self, exec)?;
        let path = CPath::new(path)?;
        // SAFETY: `path` is NUL-terminated and outlives the call.
        Ok(unsafe { exec(path.as_ptr()) })
    }

    /// Run a program with arguments (`args[0]` is conventionally the path) and wait.
    pub fn exec_args(&self, path: &[u8], args: &[&[u8]]) -> Result<i32, KapiError> {
        let exec_args = entry!(self, exec_args)?;
        if args.len() > ARGV_MAX {
            return Err(KapiError::InvalidArgument);
        }
        let path = CPath::new(path)?;
        let mut copies: [Option<CPath>; ARGV_MAX] = Default::default();
        for (slot, arg) in copies.iter_mut().zip(args) {
            *slot = Some(CPath::new(arg)?);
        }
        let mut argv: [*mut c_char; ARGV_MAX] = [null_mut(); ARGV_MAX];
        for (ptr, copy) in argv.iter_mut().zip(copies.iter().flatten()) {
            *ptr = copy.as_ptr().cast_mut();
        }
        let argc = c_int_len(args.len())?;
        // SAFETY: `argv` holds `argc` NUL-terminated strings; all live until the child has
        // ended, because `exec_args` waits for it.
        Ok(unsafe { exec_args(path.as_ptr(), argc, argv.as_mut_ptr()) })
    }

    /// Start a program without waiting: its pid.
    pub fn spawn(&self, path: &[u8]) -> Result<i32, KapiError> {
        let spawn = entry!(self, spawn)?;
        let path = CPath::new(path)?;
        // SAFETY: `path` is NUL-terminated and outlives the call.
        let pid = unsafe { spawn(path.as_ptr()) };
        if pid > 0 {
            Ok(pid)
        } else {
            Err(KapiError::Failed)
        }
    }

    /// Running + ready processes.
    pub fn process_count(&self) -> Result<i32, KapiError> {
        let get_process_count = entry!(self, get_process_count)?;
        // SAFETY: no arguments.
        Ok(unsafe { get_process_count() })
    }

    /// Process slot `index` (0-15), or `None` if the slot is free.
    pub fn process_info(&self, index: i32) -> Result<Option<ProcessInfo>, KapiError> {
        let get_process_info = entry!(self, get_process_info)?;
        let mut info = ProcessInfo {
            name: [0; 32],
            state: 0,
        };
        let name_size = c_int_len(info.name.len())?;
        // SAFETY: `name` has `name_size` writable bytes and `state` is a valid int.
        let used = unsafe {
            get_process_info(
                index,
                info.name.as_mut_ptr().cast(),
                name_size,
                &mut info.state,
            )
        };
        if let Some(last) = info.name.last_mut() {
            *last = 0;
        }
        Ok((used == 1).then_some(info))
    }

    pub fn kill_process(&self, pid: i32) -> Result<(), KapiError> {
        let kill_process = entry!(self, kill_process)?;
        // SAFETY: plain integer argument.
        status(unsafe { kill_process(pid) })
    }

    /// The CPU name (NUL-terminated static string in the kernel).
    pub fn cpu_name(&self) -> Result<&'a [u8], KapiError> {
        let get_cpu_name = entry!(self, get_cpu_name)?;
        // SAFETY: no arguments.
        let name = unsafe { get_cpu_name() };
        if name.is_null() {
            return Err(KapiError::Failed);
        }
        let mut len = 0;
        // SAFETY: the kernel returns a NUL-terminated static string; reading stops at its NUL
        // or after CPU_NAME_MAX bytes, whichever comes first.
        while len < CPU_NAME_MAX && unsafe { *name.add(len) } != 0 {
            len += 1;
        }
        // SAFETY: the `len` bytes just read are part of that static string.
        Ok(unsafe { core::slice::from_raw_parts(name.cast::<u8>(), len) })
    }

    pub fn cpu_freq_mhz(&self) -> Result<u32, KapiError> {
        let get_cpu_freq_mhz = entry!(self, get_cpu_freq_mhz)?;
        // SAFETY: no arguments.
        Ok(unsafe { get_cpu_freq_mhz() })
    }

    pub fn cpu_cores(&self) -> Result<i32, KapiError> {
        let get_cpu_cores = entry!(self, get_cpu_cores)?;
        // SAFETY: no arguments.
        Ok(unsafe { get_cpu_cores() })
    }

    pub fn disk_total(&self) -> Result<i32, KapiError> {
        let get_disk_total = entry!(self, get_disk_total)?;
        // SAFETY: no arguments.
        Ok(unsafe { get_disk_total() })
    }

    pub fn disk_free(&self) -> Result<i32, KapiError> {
        let get_disk_free = entry!(self, get_disk_free)?;
        // SAFETY: no arguments.
        Ok(unsafe { get_disk_free() })
    }

    pub fn klog_size(&self) -> Result<usize, KapiError> {
        let klog_size = entry!(self, klog_size)?;
        // SAFETY: no arguments.
        Ok(unsafe { klog_size() })
    }

    /// Copy kernel log bytes from `offset` into `buf`: the count copied.
    pub fn klog_read(&self, buf: &mut [u8], offset: usize) -> Result<usize, KapiError> {
        let klog_read = entry!(self, klog_read)?;
        // SAFETY: `buf` has `buf.len()` writable bytes.
        let copied = unsafe { klog_read(buf.as_mut_ptr().cast(), offset, buf.len()) };
        Ok(copied.min(buf.len()))
    }

    pub fn usb_device_count(&self) -> Result<i32, KapiError> {
        let usb_device_count = entry!(self, usb_device_count)?;
        // SAFETY: no arguments.
        Ok(unsafe { usb_device_count() })
    }

    pub fn usb_device_info(&self, index: i32) -> Result<UsbDevice, KapiError> {
        let usb_device_info = entry!(self, usb_device_info)?;
        let mut device = UsbDevice {
            vendor_id: 0,
            product_id: 0,
            name: [0; 64],
        };
        let name_len = c_int_len(device.name.len())?;
        // SAFETY: `vid`/`pid` are valid u16 locations and `name` has `name_len` bytes.
        let ret = unsafe {
            usb_device_info(
                index,
                &mut device.vendor_id,
                &mut device.product_id,
                device.name.as_mut_ptr().cast(),
                name_len,
            )
        };
        if let Some(last) = device.name.last_mut() {
            *last = 0;
        }
        if ret < 0 {
            Err(KapiError::Failed)
        } else {
            Ok(device)
        }
    }

    pub fn led_on(&self) -> Result<(), KapiError> {
        let led_on = entry!(self, led_on)?;
        // SAFETY: no arguments.
        unsafe { led_on() };
        Ok(())
    }

    pub fn led_off(&self) -> Result<(), KapiError> {
        let led_off = entry!(self, led_off)?;
        // SAFETY: no arguments.
        unsafe { led_off() };
        Ok(())
    }

    pub fn led_toggle(&self) -> Result<(), KapiError> {
        let led_toggle = entry!(self, led_toggle)?;
        // SAFETY: no arguments.
        unsafe { led_toggle() };
        Ok(())
    }

    pub fn led_status(&self) -> Result<bool, KapiError> {
        let led_status = entry!(self, led_status)?;
        // SAFETY: no arguments.
        Ok(unsafe { led_status() } != 0)
    }
}
