//! Link settings of `python.elf` (the `python` bin, built for aarch64-unknown-none only):
//! the repository's linker.ld and a static PIE whose only dynamic relocations are
//! R_AARCH64_RELATIVE (KAPI.md, "How the VibeOS shell starts a program").

fn main() {
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let script = format!("{dir}/../linker.ld");
    println!("cargo:rerun-if-changed={script}");
    if std::env::var("TARGET").as_deref() != Ok("aarch64-unknown-none") {
        return;
    }
    for arg in [
        format!("-T{script}"),
        "-pie".into(),
        "--no-dynamic-linker".into(),
        "-znopack-relative-relocs".into(),
        "-zmax-page-size=4096".into(),
        "--gc-sections".into(),
    ] {
        println!("cargo:rustc-link-arg-bin=python={arg}");
    }
}
