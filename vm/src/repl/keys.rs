//! Key codes the REPL reads: bytes as typed, and VibeOS's codes for keys without a byte
//! (KAPI.md "Console and keyboard"). The engine does not depend on kapi, so they are
//! restated here.

pub const CTRL_A: u32 = 1;
pub const CTRL_B: u32 = 2;
pub const CTRL_C: u32 = 3;
pub const CTRL_D: u32 = 4;
pub const CTRL_E: u32 = 5;
pub const CTRL_F: u32 = 6;
pub const BACKSPACE: u32 = 8;
pub const TAB: u32 = 9;
pub const ENTER: u32 = 10;
pub const CTRL_K: u32 = 11;
pub const CR: u32 = 13;
pub const CTRL_N: u32 = 14;
pub const CTRL_P: u32 = 16;
pub const CTRL_U: u32 = 21;
pub const DEL: u32 = 127;
pub const UP: u32 = 0x100;
pub const DOWN: u32 = 0x101;
pub const LEFT: u32 = 0x102;
pub const RIGHT: u32 = 0x103;
pub const HOME: u32 = 0x104;
pub const END: u32 = 0x105;
pub const DELETE: u32 = 0x106;
