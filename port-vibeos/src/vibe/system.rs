//! Mouse, memory, processes and system information: thin checked calls returning ints,
//! strs, tuples and lists. `exit` raises SystemExit, so the program ends through the port
//! (files written out, heap given back) rather than from inside kapi.

use super::{arg, int_in, int_value, kapi, pair, text_arg, vibe_fn, OrRaise};
use alloc::vec::Vec;
use kernel_api::{button, process_state};
use vm::interp::{PyResult, Vm};
use vm::modules::ModuleMember;
use vm::objects::exception;
use vm::objects::list::new_list_with_capacity;
use vm::objects::str::new_str;
use vm::objects::tuple::new_tuple;
use vm::qstr::{self, Qstr};
use vm::value::Value;

/// Most bytes `klog` returns by default, and at most.
const KLOG_DEFAULT: i64 = 64 * 1024;
const KLOG_MAX: i64 = 1024 * 1024;
/// Process slots VibeOS has.
const PROCESS_SLOTS: i32 = 16;
/// USB devices listed at most.
const USB_MAX: i32 = 32;

pub static MEMBERS: &[(Qstr, ModuleMember)] = &[
    (qstr::mouse_pos, ModuleMember::Function(&MOUSE_POS)),
    (qstr::mouse_buttons, ModuleMember::Function(&MOUSE_BUTTONS)),
    (qstr::mouse_delta, ModuleMember::Function(&MOUSE_DELTA)),
    (qstr::mouse_poll, ModuleMember::Function(&MOUSE_POLL)),
    (qstr::mouse_set_pos, ModuleMember::Function(&MOUSE_SET_POS)),
    (qstr::BTN_LEFT, ModuleMember::Int(button::LEFT as i64)),
    (qstr::BTN_RIGHT, ModuleMember::Int(button::RIGHT as i64)),
    (qstr::BTN_MIDDLE, ModuleMember::Int(button::MIDDLE as i64)),
    (qstr::mem_free, ModuleMember::Function(&MEM_FREE)),
    (qstr::mem_used, ModuleMember::Function(&MEM_USED)),
    (qstr::ram_total, ModuleMember::Function(&RAM_TOTAL)),
    (qstr::heap_range, ModuleMember::Function(&HEAP_RANGE)),
    (qstr::alloc_count, ModuleMember::Function(&ALLOC_COUNT)),
    (qstr::stack_ptr, ModuleMember::Function(&STACK_PTR)),
    (qstr::exit, ModuleMember::Function(&EXIT)),
    (qstr::exec, ModuleMember::Function(&EXEC)),
    (qstr::spawn, ModuleMember::Function(&SPAWN)),
    (qstr::kill, ModuleMember::Function(&KILL)),
    (qstr::ps, ModuleMember::Function(&PS)),
    (qstr::process_count, ModuleMember::Function(&PROCESS_COUNT)),
    (
        qstr::STATE_READY,
        ModuleMember::Int(process_state::READY as i64),
    ),
    (
        qstr::STATE_RUNNING,
        ModuleMember::Int(process_state::RUNNING as i64),
    ),
    (
        qstr::STATE_BLOCKED,
        ModuleMember::Int(process_state::BLOCKED as i64),
    ),
    (qstr::kapi_version, ModuleMember::Function(&KAPI_VERSION)),
    (qstr::cpu_name, ModuleMember::Function(&CPU_NAME)),
    (qstr::cpu_freq_mhz, ModuleMember::Function(&CPU_FREQ_MHZ)),
    (qstr::cpu_cores, ModuleMember::Function(&CPU_CORES)),
    (qstr::disk_total, ModuleMember::Function(&DISK_TOTAL)),
    (qstr::disk_free, ModuleMember::Function(&DISK_FREE)),
    (qstr::klog, ModuleMember::Function(&KLOG)),
    (qstr::usb_devices, ModuleMember::Function(&USB_DEVICES)),
    (qstr::led_on, ModuleMember::Function(&LED_ON)),
    (qstr::led_off, ModuleMember::Function(&LED_OFF)),
    (qstr::led_toggle, ModuleMember::Function(&LED_TOGGLE)),
    (qstr::led_status, ModuleMember::Function(&LED_STATUS)),
];

/// A Python int from any kapi integer.
fn int_of(vm: &mut Vm, n: impl TryInto<i64>) -> PyResult<Value> {
    int_value(vm, n.try_into().unwrap_or(i64::MAX))
}

/// Text from the kernel as a str (bytes that are not UTF-8 become U+FFFD).
fn kernel_str(vm: &mut Vm, bytes: &[u8]) -> PyResult<Value> {
    match core::str::from_utf8(bytes) {
        Ok(text) => new_str(vm, text),
        Err(_) => {
            let mut text = vm::objects::str::StrBuilder::new();
            for chunk in bytes.utf8_chunks() {
                text.push_str(vm, chunk.valid())?;
                if !chunk.invalid().is_empty() {
                    text.push_char(vm, '\u{FFFD}')?;
                }
            }
            text.finish(vm)
        }
    }
}

// ---- mouse -----------------------------------------------------------------------------

vibe_fn!(MOUSE_POS, mouse_pos, 0, 0, |vm, _args| {
    let (x, y) = kapi(vm)?.mouse_pos().or_raise(vm)?;
    pair(vm, x.into(), y.into())
});

vibe_fn!(MOUSE_BUTTONS, mouse_buttons, 0, 0, |vm, _args| {
    let buttons = kapi(vm)?.mouse_buttons().or_raise(vm)?;
    int_of(vm, buttons)
});

vibe_fn!(MOUSE_DELTA, mouse_delta, 0, 0, |vm, _args| {
    let (dx, dy) = kapi(vm)?.mouse_delta().or_raise(vm)?;
    pair(vm, dx.into(), dy.into())
});

vibe_fn!(MOUSE_POLL, mouse_poll, 0, 0, |vm, _args| {
    kapi(vm)?.mouse_poll().or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(MOUSE_SET_POS, mouse_set_pos, 2, 2, |vm, args| {
    let x = super::coord(vm, arg(args, 0))?;
    let y = super::coord(vm, arg(args, 1))?;
    kapi(vm)?.mouse_set_pos(x, y).or_raise(vm)?;
    Ok(Value::NONE)
});

// ---- memory ----------------------------------------------------------------------------

vibe_fn!(MEM_FREE, mem_free, 0, 0, |vm, _args| {
    let n = kapi(vm)?.mem_free().or_raise(vm)?;
    int_of(vm, n)
});

vibe_fn!(MEM_USED, mem_used, 0, 0, |vm, _args| {
    let n = kapi(vm)?.mem_used().or_raise(vm)?;
    int_of(vm, n)
});

vibe_fn!(RAM_TOTAL, ram_total, 0, 0, |vm, _args| {
    let n = kapi(vm)?.ram_total().or_raise(vm)?;
    int_of(vm, n)
});

vibe_fn!(HEAP_RANGE, heap_range, 0, 0, |vm, _args| {
    let kapi = kapi(vm)?;
    let start = kapi.heap_start().or_raise(vm)?;
    let end = kapi.heap_end().or_raise(vm)?;
    let (start, end) = (int_of(vm, start)?, int_of(vm, end)?);
    new_tuple(vm, &[start, end])
});

vibe_fn!(ALLOC_COUNT, alloc_count, 0, 0, |vm, _args| {
    let n = kapi(vm)?.alloc_count().or_raise(vm)?;
    int_of(vm, n)
});

vibe_fn!(STACK_PTR, stack_ptr, 0, 0, |vm, _args| {
    let n = kapi(vm)?.stack_ptr().or_raise(vm)?;
    int_of(vm, n)
});

// ---- processes -------------------------------------------------------------------------

vibe_fn!(EXIT, exit, 0, 1, |vm, args| {
    let status = match args.first() {
        Some(&v) => v,
        None => Value::small_int_unchecked(0),
    };
    let exit_args = new_tuple(vm, &[status])?;
    let e = exception::new_with_args(vm, &exception::SYSTEM_EXIT, exit_args)?;
    Err(vm::interp::PyErr(e))
});

vibe_fn!(EXEC, exec, 1, 16, |vm, args| {
    let path = text_arg(vm, arg(args, 0), "exec")?;
    let kapi = kapi(vm)?;
    let status = if args.len() == 1 {
        kapi.exec(path).or_raise(vm)?
    } else {
        let mut argv: Vec<&[u8]> = Vec::new();
        argv.try_reserve(args.len())
            .map_err(|_| vm.memory_error())?;
        for &a in args {
            argv.push(text_arg(vm, a, "exec")?);
        }
        kapi.exec_args(path, &argv).or_raise(vm)?
    };
    int_of(vm, status)
});

vibe_fn!(SPAWN, spawn, 1, 1, |vm, args| {
    let path = text_arg(vm, arg(args, 0), "spawn")?;
    let pid = kapi(vm)?.spawn(path).or_raise(vm)?;
    int_of(vm, pid)
});

vibe_fn!(KILL, kill, 1, 1, |vm, args| {
    let pid = int_in(vm, arg(args, 0), "pid", 1, i64::from(i32::MAX))? as i32;
    kapi(vm)?.kill_process(pid).or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(PS, ps, 0, 0, |vm, _args| {
    let kapi = kapi(vm)?;
    let list = new_list_with_capacity(vm, 0)?;
    for slot in 0..PROCESS_SLOTS {
        let Some(info) = kapi.process_info(slot).or_raise(vm)? else {
            continue;
        };
        let name = kernel_str(vm, info.name())?;
        let entry = new_tuple(
            vm,
            &[
                Value::small_int_unchecked(slot.into()),
                name,
                Value::small_int_unchecked(info.state.into()),
            ],
        )?;
        list.push(vm, entry)?;
    }
    Ok(list.as_value())
});

vibe_fn!(PROCESS_COUNT, process_count, 0, 0, |vm, _args| {
    let n = kapi(vm)?.process_count().or_raise(vm)?;
    int_of(vm, n)
});

// ---- system information ------------------------------------------------------------------

vibe_fn!(KAPI_VERSION, kapi_version, 0, 0, |vm, _args| {
    let version = kapi(vm)?.version();
    int_of(vm, version)
});

vibe_fn!(CPU_NAME, cpu_name, 0, 0, |vm, _args| {
    let name = kapi(vm)?.cpu_name().or_raise(vm)?;
    kernel_str(vm, name)
});

vibe_fn!(CPU_FREQ_MHZ, cpu_freq_mhz, 0, 0, |vm, _args| {
    let n = kapi(vm)?.cpu_freq_mhz().or_raise(vm)?;
    int_of(vm, n)
});

vibe_fn!(CPU_CORES, cpu_cores, 0, 0, |vm, _args| {
    let n = kapi(vm)?.cpu_cores().or_raise(vm)?;
    int_of(vm, n)
});

vibe_fn!(DISK_TOTAL, disk_total, 0, 0, |vm, _args| {
    let n = kapi(vm)?.disk_total().or_raise(vm)?;
    int_of(vm, n)
});

vibe_fn!(DISK_FREE, disk_free, 0, 0, |vm, _args| {
    let n = kapi(vm)?.disk_free().or_raise(vm)?;
    int_of(vm, n)
});

vibe_fn!(KLOG, klog, 0, 1, |vm, args| {
    let limit = match args.first() {
        Some(&v) => int_in(vm, v, "max_bytes", 0, KLOG_MAX)?,
        None => KLOG_DEFAULT,
    } as usize;
    let kapi = kapi(vm)?;
    let size = kapi.klog_size().or_raise(vm)?;
    let want = size.min(limit);
    let mut buf: Vec<u8> = Vec::new();
    buf.try_reserve(want).map_err(|_| vm.memory_error())?;
    buf.resize(want, 0);
    let got = kapi.klog_read(&mut buf, size - want).or_raise(vm)?;
    buf.truncate(got);
    kernel_str(vm, &buf)
});

vibe_fn!(USB_DEVICES, usb_devices, 0, 0, |vm, _args| {
    let kapi = kapi(vm)?;
    let count = kapi.usb_device_count().or_raise(vm)?.clamp(0, USB_MAX);
    let list = new_list_with_capacity(vm, 0)?;
    for index in 0..count {
        let Ok(device) = kapi.usb_device_info(index) else {
            continue;
        };
        let name = kernel_str(vm, device.name())?;
        let entry = new_tuple(
            vm,
            &[
                Value::small_int_unchecked(device.vendor_id.into()),
                Value::small_int_unchecked(device.product_id.into()),
                name,
            ],
        )?;
        list.push(vm, entry)?;
    }
    Ok(list.as_value())
});

vibe_fn!(LED_ON, led_on, 0, 0, |vm, _args| {
    kapi(vm)?.led_on().or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(LED_OFF, led_off, 0, 0, |vm, _args| {
    kapi(vm)?.led_off().or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(LED_TOGGLE, led_toggle, 0, 0, |vm, _args| {
    kapi(vm)?.led_toggle().or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(LED_STATUS, led_status, 0, 0, |vm, _args| {
    let on = kapi(vm)?.led_status().or_raise(vm)?;
    Ok(Value::from_bool(on))
});
