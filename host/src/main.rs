//! `vibepy`: the Linux command. Fills a std-backed kapi table and runs the port, on a
//! thread with a large stack so that deep Python recursion ends in RecursionError (the
//! VM bounds its stack use) rather than a crash, in debug builds too. `--fb-png OUT` (before
//! the other arguments) saves the in-memory framebuffer as a PNG when the program ends.

use port_vibeos::hal::PlatformHooks;

/// Native stack of the interpreter thread.
const STACK_BYTES: usize = 256 * 1024 * 1024;
/// Stack Python code may use before RecursionError; the rest is headroom for the
/// deepest native call chain between two recursion checks.
const STACK_LIMIT: usize = 200 * 1024 * 1024;

fn main() {
    let mut args: Vec<String> = std::env::args().collect();
    // Host-only flags come first and are taken out before the port parses the rest.
    while args.get(1).map(String::as_str) == Some("--fb-png") {
        let Some(path) = args.get(2).cloned() else {
            eprintln!("vibepy: --fb-png needs a file name");
            std::process::exit(2);
        };
        host::save_png_at_exit(path.into());
        args.drain(1..3);
    }
    let api = host::install(host::HostConfig::default());
    let hooks = PlatformHooks {
        monotonic_us: Some(host::hooks::monotonic_us),
        take_interrupt: Some(host::hooks::take_interrupt),
        set_interrupt_char: Some(host::hooks::set_interrupt_char),
        set_raw_input: Some(host::hooks::set_raw_input),
        write_error: Some(host::hooks::write_error),
        input_eof: Some(host::hooks::input_eof),
    };
    let worker = std::thread::Builder::new()
        .stack_size(STACK_BYTES)
        .spawn(move || {
            let argv: Vec<&str> = args.iter().map(String::as_str).collect();
            port_vibeos::run(api, hooks, &argv, STACK_LIMIT)
        });
    let status = match worker.map(|w| w.join()) {
        Ok(Ok(status)) => status,
        _ => 70,
    };
    host::hooks::flush_output();
    host::exit(status);
}
