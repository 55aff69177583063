//! The engine side of the port: the VM's `Hal` over the kapi HAL and file layer, and the
//! REPL's executor over the VM.

use crate::files::Files;
use crate::hal::Hal as KapiHal;
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::RefCell;
use vm::compiler::CompileMode;
use vm::interp::{Hal, PyErr, Vm};
use vm::repl::{InputKind, Outcome, ReplConsole, ReplExecutor};
use vm::value::Value;

/// The kapi HAL shared by the VM (output, time, Ctrl+C) and the REPL (keys).
pub type SharedHal = Rc<RefCell<KapiHal<'static>>>;

/// `vm::interp::Hal` over kapi.
pub struct VmHal {
    pub hal: SharedHal,
    pub files: Files<'static>,
}

impl Hal for VmHal {
    fn write_stdout(&mut self, bytes: &[u8]) {
        self.hal.borrow().write(bytes);
    }

    fn write_stderr(&mut self, bytes: &[u8]) {
        self.hal.borrow().write_error(bytes);
    }

    fn read_line(&mut self, prompt: &str) -> Option<Vec<u8>> {
        let mut hal = self.hal.borrow_mut();
        hal.write(prompt.as_bytes());
        let mut line = Vec::new();
        loop {
            let key = hal.read_key()?;
            match key {
                10 | 13 => {
                    hal.write(b"\n");
                    return Some(line);
                }
                8 | 127 => {
                    if line.pop().is_some() {
                        hal.write(b"\x08 \x08");
                    }
                }
                // Ctrl+D on an empty line ends input.
                4 if line.is_empty() => return None,
                k if (32..256).contains(&k) => {
                    if line.try_reserve(1).is_err() {
                        return Some(line);
                    }
                    line.push(k as u8);
                    hal.write(&[k as u8]);
                }
                _ => {}
            }
        }
    }

    fn ticks_us(&mut self) -> u64 {
        self.hal.borrow().ticks_us()
    }

    fn time_s(&mut self) -> f64 {
        self.hal.borrow().unix_time().map(f64::from).unwrap_or(0.0)
    }

    fn sleep_ms(&mut self, ms: u64) {
        // An interrupted sleep leaves the flag for the VM's next poll.
        let _ = self.hal.borrow_mut().sleep_ms(ms);
    }

    fn take_interrupt(&mut self) -> bool {
        self.hal.borrow_mut().poll_interrupt()
    }

    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        let st = self.files.stat(path.as_bytes()).ok()?;
        if st.is_dir {
            return None;
        }
        self.files.read_all(path.as_bytes()).ok()
    }

    fn is_dir(&mut self, path: &str) -> bool {
        self.files.stat(path.as_bytes()).map(|s| s.is_dir).unwrap_or(false)
    }
}

/// The REPL's console: the shared HAL.
pub struct Console(pub SharedHal);

impl ReplConsole for Console {
    fn write(&mut self, bytes: &[u8]) {
        self.0.borrow().write(bytes);
    }

    fn read_key(&mut self) -> Option<u32> {
        self.0.borrow_mut().read_key()
    }
}

/// How a program run ended, as an exit status: 0, 1 for an uncaught exception (after
/// printing its traceback), or SystemExit's code.
pub fn exit_status(vm: &mut Vm, result: Result<(), PyErr>) -> i32 {
    let Err(e) = result else { return 0 };
    if vm.exception_matches(e, &vm::objects::exception::SYSTEM_EXIT) {
        return system_exit_status(vm, e);
    }
    print_traceback(vm, e.0, true);
    1
}

/// The status of a SystemExit: its code if an int, 0 for None, else 1 after printing it.
pub fn system_exit_status(vm: &mut Vm, e: PyErr) -> i32 {
    let code = vm::interp::attr::lookup_attr(vm, e.0, vm::qstr::code).ok().flatten().unwrap_or(Value::NONE);
    if code.is_none() {
        return 0;
    }
    if let Some(i) = vm::objects::int::int_as_i128(code) {
        return i as i32;
    }
    let mut b = vm::objects::str::StrBuilder::new();
    if vm::interp::ops::str_into(vm, code, &mut b).is_ok() {
        let _ = b.push_str(vm, "\n");
        if let Some(s) = b.as_str() {
            vm.hal.write_stderr(s.as_bytes());
        }
    }
    1
}

/// Print a traceback to stderr (or stdout, for the REPL, like MicroPython).
pub fn print_traceback(vm: &mut Vm, exc: Value, to_stderr: bool) {
    let mut b = vm::objects::str::StrBuilder::new();
    if vm::modules::sys::write_traceback(vm, exc, &mut b).is_err() {
        b = vm::objects::str::StrBuilder::new();
        let _ = b.push_str(vm, "MemoryError\n");
    }
    let text = b.as_str().unwrap_or("MemoryError\n");
    if to_stderr {
        vm.hal.write_stderr(text.as_bytes());
    } else {
        vm.hal.write_stdout(text.as_bytes());
    }
}

/// The REPL's executor: compiles and runs input in `__main__`.
pub struct Executor<'v> {
    pub vm: &'v mut Box<Vm>,
    pub last_exception: Value,
    /// Rebuilds the VM for a soft reset.
    pub reset: &'v mut dyn FnMut(&mut Box<Vm>),
}

impl ReplExecutor for Executor<'_> {
    fn is_complete_input(&mut self, source: &[u8]) -> bool {
        match core::str::from_utf8(source) {
            Ok(s) => vm::compiler::is_complete_input(s),
            Err(_) => true,
        }
    }

    fn execute(&mut self, source: &[u8], kind: InputKind, _console: &mut dyn ReplConsole) -> Outcome {
        let vm: &mut Vm = self.vm;
        let text = match core::str::from_utf8(source) {
            Ok(t) => t,
            Err(_) => {
                let e = vm.new_exception(&vm::objects::exception::SYNTAX_ERROR, "invalid UTF-8 in source");
                self.last_exception = e.0;
                return Outcome::Raised;
            }
        };
        let mode = match kind {
            InputKind::Single => CompileMode::Single,
            InputKind::File => CompileMode::Exec,
        };
        let r = (|| {
            let g = vm::interp::eval::main_globals(vm, "<stdin>")?;
            let code = vm::interp::load::compile_source(vm, text, "<stdin>", mode)?;
            vm::interp::eval::run_code(vm, code, g, g).map(|_| ())
        })();
        match r {
            Ok(()) => Outcome::Completed,
            Err(e) if vm.exception_matches(e, &vm::objects::exception::SYSTEM_EXIT) => {
                Outcome::Exit(system_exit_status(vm, e))
            }
            Err(e) => {
                self.last_exception = e.0;
                vm.extra_roots.clear();
                if vm.extra_roots.try_reserve(1).is_ok() {
                    vm.extra_roots.push(e.0);
                }
                Outcome::Raised
            }
        }
    }

    fn print_exception(&mut self, _console: &mut dyn ReplConsole) {
        let e = self.last_exception;
        print_traceback(self.vm, e, false);
        self.vm.extra_roots.clear();
        self.last_exception = Value::NONE;
    }

    fn soft_reset(&mut self) {
        (self.reset)(self.vm);
    }
}
