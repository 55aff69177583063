//! Every code object our compiler emits for the tests/py corpus is valid under MPY.md's
//! rules: each instruction decodes, each jump lands on an instruction inside the code, the
//! stack never exceeds n_state and handler nesting fits n_exc_stack (the validator's
//! flow analysis), and the module round-trips through the .mpy writer and reader.

#![allow(clippy::unwrap_used, clippy::panic)]

use std::path::{Path, PathBuf};
use vm::bytecode::mpy::{read_mpy, write_mpy};
use vm::bytecode::validate::validate_module;
use vm::compiler::{compile, CompileMode, CompileOptions};

fn corpus_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            corpus_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

#[test]
fn every_corpus_file_compiles_to_valid_bytecode() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/py");
    let mut files = Vec::new();
    corpus_files(&root, &mut files);
    files.sort();
    assert!(files.len() > 300, "corpus not found at {}", root.display());
    let opts = CompileOptions {
        budget_bytes: 64 << 20,
        optimize: 0,
    };
    let mut checked = 0;
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        let module = match compile(&src, &name, CompileMode::Exec, &opts) {
            Ok(m) => m,
            Err(e) => panic!("{}: does not compile: {:?}", f.display(), e),
        };
        if let Err(e) = validate_module(&module) {
            panic!("{}: invalid bytecode: {:?}", f.display(), e);
        }
        let bytes = write_mpy(&module).unwrap();
        let back = read_mpy(&bytes).unwrap();
        assert_eq!(
            back.root,
            module.root.as_stored(),
            "{}: .mpy round trip changed the code",
            f.display()
        );
        checked += 1;
    }
    println!("validated {checked} corpus files");
}
