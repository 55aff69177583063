//! Fuzz target: bytes → `.mpy` reader → write/read round trip and disassembly of what
//! it accepts → bytecode validator → what passes is loaded and run as `__main__` under
//! the harness's time budget. The validator is the only guard between a file and the
//! VM, so anything it lets through must run without a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vm::bytecode::{disasm, mpy, validate};
use vm::interp::{eval, load};

fuzz_target!(|data: &[u8]| {
    let Ok(module) = mpy::read_mpy(data) else {
        return;
    };
    if let Ok(bytes) = mpy::write_mpy(&module) {
        match mpy::read_mpy(&bytes) {
            Ok(back) => assert!(back == module, ".mpy changes in a write/read round trip"),
            Err(e) => panic!("a written .mpy does not read back: {e}"),
        }
    }
    let mut listing = String::new();
    let _ = disasm::disassemble(&module, &mut listing);
    if validate::validate_module(&module).is_err() {
        return;
    }
    vibepy_fuzz::with_vm(vibepy_fuzz::heap_bytes_for(data), |vm| {
        let globals = eval::main_globals(vm, "<fuzz.mpy>")?;
        let code = load::load_module(vm, &module)?;
        eval::run_code(vm, code, globals, globals)?;
        Ok(())
    });
});
