//! Time: sleeping (interruptible by Ctrl+C), the kernel's 100 Hz uptime ticks, yielding,
//! and the RTC's wall clock (UTC, as VibeOS keeps no time zone).

use super::{arg, int, kapi, vibe_fn, OrRaise};
use vm::modules::ModuleMember;
use vm::qstr::{self, Qstr};
use vm::value::Value;

/// Milliseconds per kapi uptime tick (100 Hz).
const MS_PER_TICK: u64 = 10;

pub static MEMBERS: &[(Qstr, ModuleMember)] = &[
    (qstr::sleep_ms, ModuleMember::Function(&SLEEP_MS)),
    (qstr::uptime_ms, ModuleMember::Function(&UPTIME_MS)),
    (qstr::ticks, ModuleMember::Function(&TICKS)),
    (qstr::yield_, ModuleMember::Function(&YIELD)),
    (qstr::wfi, ModuleMember::Function(&WFI)),
    (qstr::timestamp, ModuleMember::Function(&TIMESTAMP)),
    (qstr::datetime, ModuleMember::Function(&DATETIME)),
];

/// Longest kapi sleep between two Ctrl+C checks.
const SLICE_MS: i64 = 50;

vibe_fn!(SLEEP_MS, sleep_ms, 1, 1, |vm, args| {
    let ms = int(vm, arg(args, 0))?;
    if ms < 0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    // Sleep through the HAL in slices, polling Ctrl+C between them as time.sleep_ms does.
    let mut left = ms;
    while left > 0 {
        let step = left.min(SLICE_MS);
        vm.hal.sleep_ms(step as u64);
        left -= step;
        vm.interrupt_countdown = 0;
        vm.poll_interrupt()?;
    }
    Ok(Value::NONE)
});

vibe_fn!(UPTIME_MS, uptime_ms, 0, 0, |vm, _args| {
    let ticks = kapi(vm)?.uptime_ticks().or_raise(vm)?;
    let ms = ticks.saturating_mul(MS_PER_TICK);
    super::int_value(vm, i64::try_from(ms).unwrap_or(i64::MAX))
});

vibe_fn!(TICKS, ticks, 0, 0, |vm, _args| {
    let ticks = kapi(vm)?.uptime_ticks().or_raise(vm)?;
    super::int_value(vm, i64::try_from(ticks).unwrap_or(i64::MAX))
});

vibe_fn!(YIELD, yield_, 0, 0, |vm, _args| {
    kapi(vm)?.yield_now().or_raise(vm)?;
    vm.poll_interrupt()?;
    Ok(Value::NONE)
});

vibe_fn!(WFI, wfi, 0, 0, |vm, _args| {
    kapi(vm)?.wfi().or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(TIMESTAMP, timestamp, 0, 0, |vm, _args| {
    let seconds = kapi(vm)?.timestamp().or_raise(vm)?;
    super::int_value(vm, i64::from(seconds))
});

vibe_fn!(DATETIME, datetime, 0, 0, |vm, _args| {
    let dt = kapi(vm)?.datetime().or_raise(vm)?;
    let fields = [
        dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.weekday,
    ];
    let mut values = [Value::NONE; 7];
    for (slot, field) in values.iter_mut().zip(fields) {
        *slot = super::int_value(vm, i64::from(field))?;
    }
    vm::objects::tuple::new_tuple(vm, &values)
});
