//! The `time` module: wall clock, monotonic clocks, sleeping, MicroPython's `ticks_*`
//! (wrapping at 2**30, like MicroPython's small-int ticks), and UTC date conversion.

use super::{make_module, ModuleMember};
use crate::builtin_fn;
use crate::builtins::args::check_count;
use crate::interp::{ops, PyResult, Vm};
use crate::qstr;
use crate::value::Value;

/// ticks_* values wrap modulo this period.
const TICKS_PERIOD: i64 = 1 << 30;
const TICKS_MAX: i64 = TICKS_PERIOD - 1;

fn time(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::from_f64(vm.hal.time_s()))
}
builtin_fn!(T_TIME, qstr::time, time);

fn time_ns(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let ns = (vm.hal.time_s() * 1e9) as i128;
    crate::objects::int::int_from_i128(vm, ns)
}
builtin_fn!(T_TIME_NS, qstr::time_ns, time_ns);

fn monotonic(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::from_f64(vm.hal.ticks_us() as f64 / 1e6))
}
builtin_fn!(T_MONOTONIC, qstr::monotonic, monotonic);
builtin_fn!(T_PERF_COUNTER, qstr::perf_counter, monotonic);

/// Sleep in slices so Ctrl+C stays responsive.
fn sleep_for_ms(vm: &mut Vm, ms: u64) -> PyResult<()> {
    let mut left = ms;
    while left > 0 {
        let step = left.min(50);
        vm.hal.sleep_ms(step);
        left -= step;
        vm.interrupt_countdown = 0;
        vm.poll_interrupt()?;
    }
    Ok(())
}

fn sleep(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "sleep", args, 1, 1)?;
    let s = crate::objects::float::to_f64(vm, args.first().copied().unwrap_or(Value::NONE))?
        .ok_or_else(|| vm.type_error("an integer or float is required"))?;
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    sleep_for_ms(vm, (s * 1000.0) as u64)?;
    Ok(Value::NONE)
}
builtin_fn!(T_SLEEP, qstr::sleep, sleep);

fn sleep_ms(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "sleep_ms", args, 1, 1)?;
    let ms = ops::index_value(vm, args.first().copied().unwrap_or(Value::NONE))?;
    sleep_for_ms(vm, ms.max(0) as u64)?;
    Ok(Value::NONE)
}
builtin_fn!(T_SLEEP_MS, qstr::sleep_ms, sleep_ms);

fn sleep_us(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "sleep_us", args, 1, 1)?;
    let us = ops::index_value(vm, args.first().copied().unwrap_or(Value::NONE))?.max(0) as u64;
    let start = vm.hal.ticks_us();
    if us >= 1000 {
        sleep_for_ms(vm, us / 1000)?;
    }
    while vm.hal.ticks_us().saturating_sub(start) < us {}
    Ok(Value::NONE)
}
builtin_fn!(T_SLEEP_US, qstr::sleep_us, sleep_us);

fn ticks_ms(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::small_int_unchecked(
        (vm.hal.ticks_us() / 1000) as i64 & TICKS_MAX,
    ))
}
builtin_fn!(T_TICKS_MS, qstr::ticks_ms, ticks_ms);

fn ticks_us(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::small_int_unchecked(
        vm.hal.ticks_us() as i64 & TICKS_MAX,
    ))
}
builtin_fn!(T_TICKS_US, qstr::ticks_us, ticks_us);
builtin_fn!(T_TICKS_CPU, qstr::ticks_cpu, ticks_us);

fn ticks_diff(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "ticks_diff", args, 2, 2)?;
    let a = ops::index_value(vm, args.first().copied().unwrap_or(Value::NONE))?;
    let b = ops::index_value(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    let d = ((a - b + TICKS_PERIOD / 2) & TICKS_MAX) - TICKS_PERIOD / 2;
    Ok(Value::small_int_unchecked(d))
}
builtin_fn!(T_TICKS_DIFF, qstr::ticks_diff, ticks_diff);

fn ticks_add(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "ticks_add", args, 2, 2)?;
    let a = ops::index_value(vm, args.first().copied().unwrap_or(Value::NONE))?;
    let b = ops::index_value(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    Ok(Value::small_int_unchecked((a + b) & TICKS_MAX))
}
builtin_fn!(T_TICKS_ADD, qstr::ticks_add, ticks_add);

/// Civil date from days since 1970-01-01 (proleptic Gregorian).
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn gmtime(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "gmtime", args, 0, 1)?;
    let secs = match args.first().filter(|v| !v.is_none()) {
        Some(v) => crate::objects::float::to_f64(vm, *v)?
            .ok_or_else(|| vm.type_error("an integer is required"))? as i64,
        None => vm.hal.time_s() as i64,
    };
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let weekday = (days + 3).rem_euclid(7);
    let jan1 = days_from_civil(y, 1, 1);
    let yday = days - jan1 + 1;
    let items = [
        y,
        m,
        d,
        rem / 3600,
        (rem / 60) % 60,
        rem % 60,
        weekday,
        yday,
    ];
    let mut vals = [Value::NONE; 8];
    for (dst, src) in vals.iter_mut().zip(items) {
        *dst = Value::small_int_unchecked(src);
    }
    crate::objects::tuple::new_tuple(vm, &vals)
}
builtin_fn!(T_GMTIME, qstr::gmtime, gmtime);
builtin_fn!(T_LOCALTIME, qstr::localtime, gmtime);

/// Days since 1970-01-01 of a civil date.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn mktime(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "mktime", args, 1, 1)?;
    let l = crate::objects::list::new_list_with_capacity(vm, 8)?;
    ops::extend_list_from_iterable(vm, l, args.first().copied().unwrap_or(Value::NONE))?;
    let mut f = [0i64; 6];
    for (i, slot) in f.iter_mut().enumerate() {
        *slot = ops::index_value(vm, l.get().get(i).unwrap_or(Value::small_int_unchecked(0)))?;
    }
    let days = days_from_civil(f[0], f[1], f[2]);
    crate::objects::int::int_from_i64(vm, days * 86_400 + f[3] * 3600 + f[4] * 60 + f[5])
}
builtin_fn!(T_MKTIME, qstr::mktime, mktime);

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    use ModuleMember::Function;
    make_module(
        vm,
        qstr::time,
        &[
            (qstr::time, Function(&T_TIME)),
            (qstr::time_ns, Function(&T_TIME_NS)),
            (qstr::monotonic, Function(&T_MONOTONIC)),
            (qstr::perf_counter, Function(&T_PERF_COUNTER)),
            (qstr::sleep, Function(&T_SLEEP)),
            (qstr::sleep_ms, Function(&T_SLEEP_MS)),
            (qstr::sleep_us, Function(&T_SLEEP_US)),
            (qstr::ticks_ms, Function(&T_TICKS_MS)),
            (qstr::ticks_us, Function(&T_TICKS_US)),
            (qstr::ticks_cpu, Function(&T_TICKS_CPU)),
            (qstr::ticks_diff, Function(&T_TICKS_DIFF)),
            (qstr::ticks_add, Function(&T_TICKS_ADD)),
            (qstr::gmtime, Function(&T_GMTIME)),
            (qstr::localtime, Function(&T_LOCALTIME)),
            (qstr::mktime, Function(&T_MKTIME)),
        ],
    )
}
