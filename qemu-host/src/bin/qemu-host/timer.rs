//! Time from the generic timer (CNTPCT_EL0 counting at CNTFRQ_EL0 Hz): kapi's 100 Hz
//! uptime ticks and `sleep_ms`, which, like VibeOS's, waits `ceil(ms / 10)` tick
//! boundaries (up to 10 ms early, at least one tick).
//!
//! Waiting does not spin: `wait` arms the EL1 physical timer and sleeps in WFI until it
//! fires or the UART receives a byte. Both interrupts are routed through the GICv2 to the
//! CPU but stay masked in PSTATE (no handler, nothing is acknowledged): WFI wakes on a
//! pending interrupt even when masked, and disarming the timer or reading the UART lowers
//! the level again.

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

const GICD: usize = 0x0800_0000;
const GICC: usize = 0x0801_0000;
/// The non-secure EL1 physical timer's PPI and the PL011's SPI, as GIC interrupt IDs.
const TIMER_IRQ: usize = 30;
const UART_IRQ: usize = 33;

fn gic_write(address: usize, value: u32) {
    // SAFETY: an aligned 32-bit register of the GICv2 that QEMU virt maps at GICD/GICC;
    // the writes below only enable and route two interrupts that stay masked in PSTATE.
    unsafe { core::ptr::write_volatile(address as *mut u32, value) }
}

/// Route the timer and UART interrupts to this CPU, so that they can end a WFI.
pub fn init_wakeups() {
    gic_write(GICD, 1);
    gic_write(GICD + 0x100, 1 << TIMER_IRQ);
    gic_write(GICD + 0x100 + 4 * (UART_IRQ / 32), 1 << (UART_IRQ % 32));
    // ITARGETSR for IDs 32..35: CPU 0.
    gic_write(GICD + 0x800 + (UART_IRQ & !3), 0x0101_0101);
    gic_write(GICC + 0x4, 0xff);
    gic_write(GICC, 1);
    crate::console::enable_rx_interrupt();
}

/// Sleep until `ms` milliseconds pass or input arrives (or another interrupt is pending).
pub fn wait(ms: u64) {
    let (_, freq) = counter();
    let ticks = u64::try_from(freq * u128::from(ms) / 1000)
        .unwrap_or(u64::MAX)
        .clamp(1, u64::from(u32::MAX >> 1));
    // SAFETY: arming the EL1 physical timer (its interrupt is masked in PSTATE), waiting
    // for an interrupt, then disarming it; no memory is touched.
    unsafe {
        core::arch::asm!(
            "msr cntp_tval_el0, {ticks}",
            "msr cntp_ctl_el0, {on}",
            "isb",
            "wfi",
            "msr cntp_ctl_el0, xzr",
            "isb",
            ticks = in(reg) ticks,
            on = in(reg) 1u64,
            options(nomem, nostack),
        );
    }
}

pub fn sleep_ms(ms: u32) {
    let ticks = u64::from(ms).div_ceil(1000 / TICKS_PER_SECOND).max(1);
    let until = uptime_ticks() + ticks;
    loop {
        let now = uptime_ticks();
        if now >= until {
            return;
        }
        wait((until - now) * (1000 / TICKS_PER_SECOND));
    }
}
