//! Named constants of the kapi contract (KAPI.md "Console and keyboard", "Graphics, mouse,
//! time", "Files", "Processes"): key codes, colours, mouse buttons, window events, directory
//! entry types and process states. Every magic number the port compares against lives here.

/// Key codes `getc` returns for keys without an ASCII byte.
pub mod key {
    pub const UP: i32 = 0x100;
    pub const DOWN: i32 = 0x101;
    pub const LEFT: i32 = 0x102;
    pub const RIGHT: i32 = 0x103;
    pub const HOME: i32 = 0x104;
    pub const END: i32 = 0x105;
    pub const DELETE: i32 = 0x106;
    pub const PGUP: i32 = 0x107;
    pub const PGDN: i32 = 0x108;
    /// Ctrl pressed alone: to be ignored.
    pub const CTRL: i32 = 0x109;
    /// Shift pressed alone: to be ignored.
    pub const SHIFT: i32 = 0x10A;
    /// Enter arrives as '\n'.
    pub const ENTER: i32 = 10;
    pub const BACKSPACE: i32 = 8;
    /// Backspace as some terminals send it.
    pub const DEL: i32 = 127;
    pub const TAB: i32 = 9;
    pub const ESC: i32 = 27;
    pub const CTRL_A: i32 = 1;
    pub const CTRL_B: i32 = 2;
    pub const CTRL_C: i32 = 3;
    pub const CTRL_D: i32 = 4;
    pub const CTRL_E: i32 = 5;
}

/// Colours, 0x00RRGGBB.
pub mod color {
    pub const BLACK: u32 = 0x000000;
    pub const WHITE: u32 = 0xFFFFFF;
    pub const RED: u32 = 0xFF0000;
    pub const GREEN: u32 = 0x00FF00;
    pub const BLUE: u32 = 0x0000FF;
    pub const CYAN: u32 = 0x00FFFF;
    pub const MAGENTA: u32 = 0xFF00FF;
    pub const YELLOW: u32 = 0xFFFF00;
    pub const AMBER: u32 = 0xFFBF00;
}

/// `mouse_get_buttons` bits (and `data3` of mouse window events).
pub mod button {
    pub const LEFT: u8 = 0x01;
    pub const RIGHT: u8 = 0x02;
    pub const MIDDLE: u8 = 0x04;
}

/// `window_poll_event` event types.
pub mod event {
    pub const NONE: i32 = 0;
    pub const MOUSE_DOWN: i32 = 1;
    pub const MOUSE_UP: i32 = 2;
    pub const MOUSE_MOVE: i32 = 3;
    pub const KEY: i32 = 4;
    pub const CLOSE: i32 = 5;
    pub const FOCUS: i32 = 6;
    pub const UNFOCUS: i32 = 7;
    pub const RESIZE: i32 = 8;
}

/// `readdir` entry types.
pub mod entry_type {
    pub const FILE: u8 = 1;
    pub const DIR: u8 = 2;
}

/// `get_process_info` states.
pub mod process_state {
    pub const FREE: i32 = 0;
    pub const READY: i32 = 1;
    pub const RUNNING: i32 = 2;
    pub const BLOCKED: i32 = 3;
    pub const ZOMBIE: i32 = 4;
}

/// Font geometry of `font_data`: 256 glyphs of 8x16 pixels, one byte per row, MSB leftmost.
pub mod font {
    pub const GLYPH_WIDTH: u32 = 8;
    pub const GLYPH_HEIGHT: u32 = 16;
    pub const GLYPH_COUNT: usize = 256;
    pub const BYTES: usize = GLYPH_COUNT * GLYPH_HEIGHT as usize;
}

/// Longest absolute path VibeOS keeps (it cuts longer ones silently; we refuse them).
pub const PATH_MAX: usize = 255;
/// Most `argv` entries a program receives or passes on.
pub const ARGV_MAX: usize = 16;
