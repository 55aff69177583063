//! Optional comparison against the official `mpy-cross` (ignored by default; run with
//! `cargo test -p vm mpy_cross -- --ignored --nocapture`). Every `.py` file under
//! `MPY_CROSS_DIR` (default: `tests/py` of the workspace) is compiled by both compilers and
//! the qstr table, constant table and raw-code tree are compared byte for byte.

use super::testutil::{listing, read_mpy, static_qstrs};
use super::*;
use crate::bytecode::module::RawCode;
use std::path::{Path, PathBuf};
use std::string::{String, ToString};
use std::vec::Vec;
use std::{env, format, fs, println};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

/// First differing raw code, as a description.
fn diff_tree(
    ours: &RawCode,
    theirs: &RawCode,
    oq: &[String],
    tq: &[String],
    path: &str,
) -> Option<String> {
    if ours.fun_data != theirs.fun_data {
        let at = ours
            .fun_data
            .iter()
            .zip(&theirs.fun_data)
            .position(|(a, b)| a != b);
        return Some(format!(
            "raw code {path} (first differing byte {at:?} of {}/{}: {:02x?} vs {:02x?}):\n ours:\n{}\n mpy-cross:\n{}",
            ours.fun_data.len(),
            theirs.fun_data.len(),
            at.map(|i| &ours.fun_data[i.saturating_sub(4)..(i + 4).min(ours.fun_data.len())]),
            at.map(|i| &theirs.fun_data[i.saturating_sub(4)..(i + 4).min(theirs.fun_data.len())]),
            listing(&ours.fun_data, oq),
            listing(&theirs.fun_data, tq)
        ));
    }
    if ours.children.len() != theirs.children.len() {
        return Some(format!(
            "raw code {path}: {} vs {} children",
            ours.children.len(),
            theirs.children.len()
        ));
    }
    for (i, (a, b)) in ours.children.iter().zip(&theirs.children).enumerate() {
        if let Some(d) = diff_tree(a, b, oq, tq, &format!("{path}.{i}")) {
            return Some(d);
        }
    }
    None
}

#[test]
#[ignore]
fn mpy_cross_byte_comparison() {
    let md_path = env::var("MPY_MD").unwrap_or_else(|_| "/work/shared/docs/MPY.md".into());
    let statics = static_qstrs(&fs::read_to_string(md_path).expect("MPY.md"));
    assert_eq!(statics.len(), 165);
    let root = env::var("MPY_CROSS_DIR")
        .unwrap_or_else(|_| format!("{}/../tests/py", env!("CARGO_MANIFEST_DIR")));
    let show: usize = env::var("MPY_CROSS_SHOW")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let mut files = Vec::new();
    collect(Path::new(&root), &mut files);
    let tmp = env::temp_dir().join(format!("vibepy-mpy-cross-{}", std::process::id()));
    fs::create_dir_all(&tmp).unwrap();
    let (mut same, mut differ, mut skipped, mut ours_failed) = (0, 0, 0, 0);
    let mut reasons: std::collections::BTreeMap<String, usize> = Default::default();
    for file in &files {
        let Ok(src) = fs::read_to_string(file) else {
            continue;
        };
        let out = tmp.join("t.mpy");
        let _ = fs::remove_file(&out);
        let status = std::process::Command::new("mpy-cross")
            .arg("-s")
            .arg("t.py")
            .arg("-o")
            .arg(&out)
            .arg(file)
            .output();
        let Ok(data) = fs::read(&out) else {
            skipped += 1;
            let _ = status;
            continue;
        };
        let Ok(theirs) = read_mpy(&data, &statics) else {
            skipped += 1;
            continue;
        };
        let opts = CompileOptions {
            budget_bytes: 256 << 20,
            optimize: 0,
        };
        let ours = match compile(&src, "t.py", CompileMode::Exec, &opts) {
            Ok(m) => m,
            Err(e) => {
                ours_failed += 1;
                println!("OURS FAILED {}: {e:?}", file.display());
                continue;
            }
        };
        let mut why = None;
        if ours.qstrs != theirs.qstrs {
            let at = ours
                .qstrs
                .iter()
                .zip(&theirs.qstrs)
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            let lo = at.saturating_sub(3);
            let near = |q: &[String]| q[lo.min(q.len())..(at + 4).min(q.len())].to_vec();
            why = Some((
                "qstrs",
                format!(
                    "qstr {at}: ours {:?}\n theirs {:?}",
                    near(&ours.qstrs),
                    near(&theirs.qstrs)
                ),
            ));
        } else if ours.consts != theirs.consts {
            why = Some((
                "consts",
                format!("ours {:?}\n theirs {:?}", ours.consts, theirs.consts),
            ));
        } else if let Some(d) = diff_tree(&ours.root, &theirs.root, &ours.qstrs, &theirs.qstrs, "0")
        {
            why = Some(("code", d));
        }
        match why {
            None => same += 1,
            Some((kind, detail)) => {
                differ += 1;
                *reasons.entry(kind.to_string()).or_default() += 1;
                if differ <= show {
                    println!("=== {} differs ({kind})\n{detail}", file.display());
                }
            }
        }
    }
    let _ = fs::remove_dir_all(&tmp);
    println!("mpy-cross comparison: {same} identical, {differ} differ {reasons:?}, {ours_failed} we rejected, {skipped} skipped (mpy-cross rejected), of {} files", files.len());
}
