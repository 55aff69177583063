//! Time from the generic timer (CNTPCT_EL0 counting at CNTFRQ_EL0 Hz): kapi's 100 Hz
//! uptime ticks and `sleep_ms`, which, like VibeOS's, waits `ceil(ms / 10)` tick
//! boundaries (up to 10 ms early, at least one tick).

use aarch64_cpu::registers::{Readable, CNTFRQ_EL0, CNTPCT_EL0};

const TICKS_PER_SECOND: u64 = 100;

/// Counter value and frequency.
fn counter() -> (u128, u128) {
    (
        u128::from(CNTPCT_EL0.get()),
        u128::from(CNTFRQ_EL0.get()).max(1),
    )
}

pub fn uptime_ticks() -> u64 {
    let (count, freq) = counter();
    u64::try_from(count * u128::from(TICKS_PER_SECOND) / freq).unwrap_or(u64::MAX)
}

pub fn uptime_ms() -> u64 {
    let (count, freq) = counter();
    u64::try_from(count * 1000 / freq).unwrap_or(u64::MAX)
}

pub fn sleep_ms(ms: u32) {
    let ticks = u64::from(ms).div_ceil(1000 / TICKS_PER_SECOND).max(1);
    let until = uptime_ticks() + ticks;
    while uptime_ticks() < until {
        crate::console::idle();
    }
}
