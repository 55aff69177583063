//! The harness shared by the VibePy fuzz targets: a fresh VM per case over one heap
//! region allocated once per process, a HAL that turns a per-case time budget into
//! KeyboardInterrupt, and the checks every run makes. A target hands in a closure that
//! drives the VM; whatever Python exception comes out is formatted as a traceback (so
//! that path is fuzzed too) and dropped. Anything else — a panic, an abort, a native
//! stack overflow, a hang in native code that never polls for interrupts — is a bug the
//! fuzzer reports.

use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::sync::OnceLock;
use std::time::{Duration, Instant};
use vm::interp::{Hal, PyResult, Vm, VmConfig};

/// The largest GC heap a case gets (the size of the region).
pub const HEAP_BYTES: usize = 1 << 20;

/// The heap of the case `data`: mostly 1 MiB, but small heaps for a quarter of the
/// inputs each, so that MemoryError strikes at many more places and the collector runs
/// every few kilobytes (a cheap kind of GC stress). Chosen by a hash of the input, so a
/// case always reproduces with the same heap.
/// `VIBEPY_FUZZ_HEAP_KB=<n>` fixes the heap instead (for triage).
pub fn heap_bytes_for(data: &[u8]) -> usize {
    static FIXED: OnceLock<Option<usize>> = OnceLock::new();
    let fixed = FIXED.get_or_init(|| {
        let kb: usize = std::env::var("VIBEPY_FUZZ_HEAP_KB").ok()?.parse().ok()?;
        Some((kb << 10).min(HEAP_BYTES))
    });
    if let Some(bytes) = *fixed {
        return bytes;
    }
    let h = data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    match h % 4 {
        0 => 64 << 10,
        1 => 256 << 10,
        _ => HEAP_BYTES,
    }
}

/// After this the HAL reports an interrupt at every poll, so loops end in
/// KeyboardInterrupt.
const SOFT_BUDGET: Duration = Duration::from_millis(50);

/// Interrupt polls (one per ~1000 backward jumps or calls) before the soft budget is
/// deemed spent even if the clock says otherwise, so that most cases end at the same
/// point whatever the machine load and reproduce exactly.
const POLL_BUDGET: u64 = 200;

/// A program that keeps catching KeyboardInterrupt (`except:` in a loop, `finally:
/// continue`) never ends, in CPython too. Past this the case is abandoned by unwinding
/// out of the VM: that is a property of the program, not an engine bug.
const HARD_BUDGET: Duration = Duration::from_millis(500);

/// The panic payload that abandons a case which swallows interrupts.
struct ProgramIgnoresInterrupts;

struct FuzzHal {
    started: Instant,
    /// Time `sleep` pretended to wait, so the clock still moves without waiting.
    slept: Duration,
    polls: u64,
}

impl FuzzHal {
    fn new() -> FuzzHal {
        FuzzHal {
            started: Instant::now(),
            slept: Duration::ZERO,
            polls: 0,
        }
    }

    fn elapsed(&self) -> Duration {
        self.started.elapsed() + self.slept
    }
}

/// `VIBEPY_FUZZ_GC_STRESS=1` collects before every allocation, so a value the collector
/// cannot see is freed at once and its reuse shows up as a crash (slow: use for separate
/// runs).
fn gc_stress() -> bool {
    static STRESS: OnceLock<bool> = OnceLock::new();
    *STRESS.get_or_init(|| std::env::var_os("VIBEPY_FUZZ_GC_STRESS").is_some())
}

/// How many times the default time budgets a case gets: `VIBEPY_FUZZ_BUDGET_SCALE=<n>`
/// (for triage), else 20 under GC stress (everything runs many times slower), else 1.
fn budget_scale() -> u32 {
    static SCALE: OnceLock<u32> = OnceLock::new();
    *SCALE.get_or_init(|| {
        let asked = std::env::var("VIBEPY_FUZZ_BUDGET_SCALE").ok();
        match asked.and_then(|s| s.parse().ok()) {
            Some(n) => n,
            None if gc_stress() => 20,
            None => 1,
        }
    })
}

/// `VIBEPY_FUZZ_ECHO=1` shows what the program prints (for triaging one input).
fn echo() -> bool {
    static ECHO: OnceLock<bool> = OnceLock::new();
    *ECHO.get_or_init(|| std::env::var_os("VIBEPY_FUZZ_ECHO").is_some())
}

fn show(bytes: &[u8]) {
    if echo() {
        use std::io::Write;
        let _ = std::io::stderr().write_all(bytes);
    } else {
        std::hint::black_box(bytes);
    }
}

impl Hal for FuzzHal {
    fn write_stdout(&mut self, bytes: &[u8]) {
        show(bytes);
    }
    fn write_stderr(&mut self, bytes: &[u8]) {
        show(bytes);
    }
    fn read_line(&mut self, _prompt: &str) -> Option<Vec<u8>> {
        None
    }
    fn ticks_us(&mut self) -> u64 {
        u64::try_from(self.elapsed().as_micros()).unwrap_or(u64::MAX)
    }
    fn time_s(&mut self) -> f64 {
        1.7e9 + self.elapsed().as_secs_f64()
    }
    fn sleep_ms(&mut self, ms: u64) {
        self.slept = self.slept.saturating_add(Duration::from_millis(ms));
    }
    fn take_interrupt(&mut self) -> bool {
        self.polls += 1;
        let scale = budget_scale();
        let elapsed = self.started.elapsed();
        if elapsed > HARD_BUDGET * scale {
            resume_unwind(Box::new(ProgramIgnoresInterrupts));
        }
        self.polls > POLL_BUDGET * u64::from(scale) || elapsed + self.slept > SOFT_BUDGET * scale
    }
    fn read_file(&mut self, _path: &str) -> Option<Vec<u8>> {
        None
    }
    fn is_dir(&mut self, _path: &str) -> bool {
        false
    }
}

/// The heap region, allocated on first use and reused by every case (one VM at a time).
fn heap_region() -> *mut u8 {
    static REGION: OnceLock<usize> = OnceLock::new();
    let addr = *REGION.get_or_init(|| {
        let region: &'static mut [u128] = Vec::leak(vec![0u128; HEAP_BYTES / 16]);
        region.as_mut_ptr() as usize
    });
    addr as *mut u8
}

/// Build a VM with a heap of `heap_bytes` (at most `HEAP_BYTES`), let `drive` run code on
/// it, and print any exception it ends with.
pub fn with_vm(heap_bytes: usize, drive: impl FnOnce(&mut Vm) -> PyResult<()>) {
    let base = vm::gc::approximate_stack_pointer();
    // SAFETY: the region is leaked (lives for the process), 16-byte aligned, and only
    // this VM uses it: cases run one after another on this thread and each VM is dropped
    // before the next is built.
    let made = unsafe {
        Vm::new(
            heap_region(),
            heap_bytes.min(HEAP_BYTES),
            Box::new(FuzzHal::new()),
            VmConfig {
                gc_stress: gc_stress(),
                ..VmConfig::default()
            },
        )
    };
    let mut vm = match made {
        Ok(vm) => vm,
        Err(e) => panic!("the VM does not start: {e}"),
    };
    vm.set_stack_base(base + 4096);
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        if let Err(e) = drive(&mut vm) {
            let mut out = vm::objects::str::StrBuilder::new();
            let _ = vm::modules::sys::write_traceback(&mut vm, e.0, &mut out);
            show(out.as_str().unwrap_or("(traceback too big)").as_bytes());
        }
    }));
    if let Err(payload) = outcome {
        if !payload.is::<ProgramIgnoresInterrupts>() {
            resume_unwind(payload);
        }
    }
}
