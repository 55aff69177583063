//! Compiler tests: the worked examples of MPY.md §8 byte for byte, instruction walks
//! over snippets covering every construct, and syntax errors with CPython's messages.

use super::*;
use alloc::string::String;
use alloc::vec::Vec;

fn opts() -> CompileOptions {
    CompileOptions {
        budget_bytes: 64 << 20,
        optimize: 0,
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| alloc::format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn compile_ok(src: &str, file: &str) -> MpyModule {
    match compile(src, file, CompileMode::Exec, &opts()) {
        Ok(m) => m,
        Err(e) => panic!("{src:?}: {e:?}"),
    }
}

#[test]
fn print_one_plus_two() {
    let m = compile_ok("print(1 + 2)\n", "a.py");
    assert_eq!(m.qstrs, ["a.py", "<module>", "print"]);
    assert!(m.consts.is_empty());
    assert_eq!(hex(&m.root.fun_data), "08 02 01 11 02 83 34 01 59 51 63");
    assert!(m.root.children.is_empty());
}
