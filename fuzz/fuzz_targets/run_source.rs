//! Fuzz target: bytes → Python source (invalid UTF-8 replaced) → lexer, parser, compiler
//! → a module every compiled program must satisfy (passes the bytecode validator,
//! survives an `.mpy` write/read round trip, disassembles) → loaded and run as
//! `__main__` under the harness's time budget and a heap of 64 KiB to 1 MiB. The REPL
//! (`single`) and `eval` modes are compiled and checked too, not run.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vm::bytecode::module::MpyModule;
use vm::compiler::{compile, CompileMode, CompileOptions};
use vm::interp::{eval, load};

const FILENAME: &str = "<fuzz>";

/// What the compiler emits must be what the loader accepts from an `.mpy` file.
fn check_compiled(module: &MpyModule) {
    if let Err(e) = vm::bytecode::validate::validate_module(module) {
        panic!("compiler output fails validation: {e}");
    }
    let bytes = match vm::bytecode::mpy::write_mpy(module) {
        Ok(b) => b,
        Err(e) => panic!("compiler output cannot be written as .mpy: {e}"),
    };
    match vm::bytecode::mpy::read_mpy(&bytes) {
        Ok(back) => assert!(
            back == *module,
            "compiler output changes in an .mpy round trip"
        ),
        Err(e) => panic!("compiler output written as .mpy does not read back: {e}"),
    }
    let mut listing = String::new();
    if let Err(e) = vm::bytecode::disasm::disassemble(module, &mut listing) {
        panic!("compiler output does not disassemble: {e}");
    }
}

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    let opts = CompileOptions {
        budget_bytes: 2 * vibepy_fuzz::HEAP_BYTES,
        optimize: 0,
    };
    for mode in [CompileMode::Single, CompileMode::Eval] {
        if let Ok(module) = compile(&source, FILENAME, mode, &opts) {
            check_compiled(&module);
        }
    }
    vibepy_fuzz::with_vm(vibepy_fuzz::heap_bytes_for(data), |vm| {
        let opts = CompileOptions {
            budget_bytes: load::compile_budget(vm),
            optimize: 0,
        };
        let Ok(module) = compile(&source, FILENAME, CompileMode::Exec, &opts) else {
            // Compile again through the VM's front door: the SyntaxError it builds is
            // part of what is fuzzed.
            load::compile_source(vm, &source, FILENAME, CompileMode::Exec)?;
            panic!("compile failed once and succeeded the second time");
        };
        check_compiled(&module);
        let globals = eval::main_globals(vm, FILENAME)?;
        let code = load::load_module(vm, &module)?;
        eval::run_code(vm, code, globals, globals)?;
        Ok(())
    });
});
