//! Time for the host: uptime ticks at 100 Hz and a microsecond clock from one `Instant`,
//! Unix time and a UTC calendar date from `SystemTime`.

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

static START: OnceLock<Instant> = OnceLock::new();

fn start() -> Instant {
    *START.get_or_init(Instant::now)
}

/// Microseconds since the host started.
pub fn monotonic_us() -> u64 {
    u64::try_from(start().elapsed().as_micros()).unwrap_or(u64::MAX)
}

/// 10 ms ticks since the host started.
pub fn uptime_ticks() -> u64 {
    monotonic_us() / 10_000
}

pub fn unix_seconds() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// (year, month 1-12, day 1-31, hour, minute, second, weekday 0-6 with Sunday 0), UTC.
pub fn civil(unix: u64) -> [i32; 7] {
    let days = (unix / 86_400) as i64;
    let secs = (unix % 86_400) as i32;
    // Days-to-civil conversion over 400-year eras (proleptic Gregorian calendar).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as i32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as i32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    // 1970-01-01 was a Thursday (4).
    let weekday = (days + 4).rem_euclid(7) as i32;
    [
        year,
        month,
        day,
        secs / 3600,
        secs / 60 % 60,
        secs % 60,
        weekday,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil(0), [1970, 1, 1, 0, 0, 0, 4]);
        // 2000-02-29 12:34:56 UTC, a Tuesday.
        assert_eq!(civil(951_827_696), [2000, 2, 29, 12, 34, 56, 2]);
        // 2024-12-31 23:59:59 UTC, a Tuesday.
        assert_eq!(civil(1_735_689_599), [2024, 12, 31, 23, 59, 59, 2]);
    }

    #[test]
    fn ticks_follow_microseconds() {
        let us = monotonic_us();
        let ticks = uptime_ticks();
        assert!(ticks >= us / 10_000);
    }
}
