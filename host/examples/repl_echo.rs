//! The REPL engine over the host's kapi table and the port's HAL, with a stand-in executor
//! that echoes what it is given: exercises terminal raw mode, key decoding, line editing
//! and the raw REPL end to end (for example under `mpremote connect <pty>`) before the
//! real engine is wired in. Source containing `raise` ends as an exception; `exit()` as
//! SystemExit.

use port_vibeos::hal::{Hal, PlatformHooks};
use vm::repl::{InputKind, Outcome, Repl, ReplConsole, ReplExecutor, ReportStyle};

struct EchoExecutor;

impl ReplExecutor for EchoExecutor {
    fn is_complete_input(&mut self, source: &[u8]) -> bool {
        let opens_block = source
            .split(|&b| b == b'\n')
            .any(|line| line.trim_ascii_end().ends_with(b":"));
        !opens_block || source.ends_with(b"\n")
    }

    fn execute(
        &mut self,
        source: &[u8],
        kind: InputKind,
        console: &mut dyn ReplConsole,
    ) -> Outcome {
        if source.trim_ascii() == b"exit()" {
            return Outcome::Exit(0);
        }
        if source.windows(5).any(|w| w == b"raise") {
            return Outcome::Raised;
        }
        console.write(format!("{kind:?}: {:?}\n", String::from_utf8_lossy(source)).as_bytes());
        Outcome::Completed
    }

    fn print_exception(&mut self, console: &mut dyn ReplConsole, _style: ReportStyle) {
        console.write(b"Traceback (most recent call last):\nException: echo\n");
    }

    fn soft_reset(&mut self) {}
}

fn main() {
    let table = host::install(host::HostConfig::default());
    // SAFETY: the host's entries follow KAPI.md and its data lives for the whole program.
    let kapi = unsafe { kernel_api::Kapi::new(table) };
    let hooks = PlatformHooks {
        monotonic_us: Some(host::hooks::monotonic_us),
        take_interrupt: Some(host::hooks::take_interrupt),
        set_interrupt_char: Some(host::hooks::set_interrupt_char),
        set_raw_input: Some(host::hooks::set_raw_input),
        write_error: Some(host::hooks::write_error),
        input_eof: Some(host::hooks::input_eof),
    };
    let mut hal = Hal::new(kapi, hooks);
    let exit =
        Repl::new(b"VibePy REPL echo test\nType Ctrl-D to exit\n").run(&mut hal, &mut EchoExecutor);
    let status = match exit {
        vm::repl::ReplExit::SystemExit(status) => status,
        _ => 0,
    };
    host::exit(status);
}
