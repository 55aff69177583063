//! `vibepy`: the Linux command. Fills a std-backed kapi table and runs the port.
fn main() {
    println!("vibepy: not yet");
}
