//! Link settings of the `qemu-host` kernel (aarch64-unknown-none only): its own linker
//! script, a static image at a fixed address (QEMU's `-kernel` loads the ELF where it is
//! linked and enters at `e_entry` at EL1).

fn main() {
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let script = format!("{dir}/linker.ld");
    println!("cargo:rerun-if-changed={script}");
    if std::env::var("TARGET").as_deref() != Ok("aarch64-unknown-none") {
        return;
    }
    for arg in [
        format!("-T{script}"),
        "-no-pie".into(),
        "--gc-sections".into(),
    ] {
        println!("cargo:rustc-link-arg-bin=qemu-host={arg}");
    }
}
