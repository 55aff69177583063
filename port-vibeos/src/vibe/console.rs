//! Console output (`putc`, `puts`, cursor, colours, clearing) and keyboard input
//! (`has_key`, `getc`, `wait_key`), with the `KEY_*` codes. Keys come through the port's
//! HAL, so keys it read ahead while watching for Ctrl+C are not lost; output goes through
//! the `stdio_*` hooks inside the desktop terminal, as everything the port prints does.

use super::{arg, int_in, kapi, text_arg, vibe_fn, OrRaise};
use crate::pyfs::port_data;
use kernel_api::key;
use vm::interp::Vm;
use vm::modules::ModuleMember;
use vm::objects::exception;
use vm::objects::str::str_of;
use vm::qstr::{self, Qstr};
use vm::value::Value;

pub static MEMBERS: &[(Qstr, ModuleMember)] = &[
    (qstr::putc, ModuleMember::Function(&PUTC)),
    (qstr::puts, ModuleMember::Function(&PUTS)),
    (qstr::uart_puts, ModuleMember::Function(&UART_PUTS)),
    (qstr::print_int, ModuleMember::Function(&PRINT_INT)),
    (qstr::print_hex, ModuleMember::Function(&PRINT_HEX)),
    (qstr::clear, ModuleMember::Function(&CLEAR)),
    (qstr::set_color, ModuleMember::Function(&SET_COLOR)),
    (qstr::set_cursor, ModuleMember::Function(&SET_CURSOR)),
    (
        qstr::set_cursor_enabled,
        ModuleMember::Function(&SET_CURSOR_ENABLED),
    ),
    (qstr::console_size, ModuleMember::Function(&CONSOLE_SIZE)),
    (qstr::clear_to_eol, ModuleMember::Function(&CLEAR_TO_EOL)),
    (qstr::clear_region, ModuleMember::Function(&CLEAR_REGION)),
    (qstr::has_key, ModuleMember::Function(&HAS_KEY)),
    (qstr::getc, ModuleMember::Function(&GETC)),
    (qstr::wait_key, ModuleMember::Function(&WAIT_KEY)),
    (qstr::KEY_UP, ModuleMember::Int(key::UP as i64)),
    (qstr::KEY_DOWN, ModuleMember::Int(key::DOWN as i64)),
    (qstr::KEY_LEFT, ModuleMember::Int(key::LEFT as i64)),
    (qstr::KEY_RIGHT, ModuleMember::Int(key::RIGHT as i64)),
    (qstr::KEY_HOME, ModuleMember::Int(key::HOME as i64)),
    (qstr::KEY_END, ModuleMember::Int(key::END as i64)),
    (qstr::KEY_DELETE, ModuleMember::Int(key::DELETE as i64)),
    (qstr::KEY_PGUP, ModuleMember::Int(key::PGUP as i64)),
    (qstr::KEY_PGDN, ModuleMember::Int(key::PGDN as i64)),
    (qstr::KEY_ENTER, ModuleMember::Int(key::ENTER as i64)),
    (
        qstr::KEY_BACKSPACE,
        ModuleMember::Int(key::BACKSPACE as i64),
    ),
    (qstr::KEY_TAB, ModuleMember::Int(key::TAB as i64)),
    (qstr::KEY_ESC, ModuleMember::Int(key::ESC as i64)),
    (qstr::KEY_CTRL_C, ModuleMember::Int(key::CTRL_C as i64)),
    (qstr::KEY_CTRL_D, ModuleMember::Int(key::CTRL_D as i64)),
];

/// One character: an int 0-255, a bytes of one byte, or a str of one character (a
/// non-ASCII character is written as its UTF-8 bytes).
fn putc(vm: &mut Vm, v: Value) -> vm::interp::PyResult<()> {
    let kapi = kapi(vm)?;
    if let Some(text) = str_of(vm, v) {
        if text.chars().count() != 1 {
            return Err(vm.type_error("putc() expected a character"));
        }
        return kapi.write(text.as_bytes()).or_raise(vm);
    }
    let byte = match vm::builtins::bytes_methods::bytes_data(v) {
        Some(&[b]) => b,
        Some(_) => return Err(vm.type_error("putc() expected a character")),
        None => int_in(vm, v, "putc() argument", 0, 255)? as u8,
    };
    kapi.putc(byte).or_raise(vm)
}

vibe_fn!(PUTC, putc, 1, 1, |vm, args| {
    putc(vm, arg(args, 0))?;
    Ok(Value::NONE)
});

vibe_fn!(PUTS, puts, 1, 1, |vm, args| {
    let text = text_arg(vm, arg(args, 0), "puts")?;
    kapi(vm)?.write(text).or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(UART_PUTS, uart_puts, 1, 1, |vm, args| {
    let text = text_arg(vm, arg(args, 0), "uart_puts")?;
    kapi(vm)?.uart_write(text).or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(PRINT_INT, print_int, 1, 1, |vm, args| {
    let n = int_in(
        vm,
        arg(args, 0),
        "n",
        i64::from(i32::MIN),
        i64::from(i32::MAX),
    )?;
    kapi(vm)?.print_int(n as i32).or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(PRINT_HEX, print_hex, 1, 1, |vm, args| {
    let n = int_in(vm, arg(args, 0), "n", 0, i64::from(u32::MAX))?;
    kapi(vm)?.print_hex(n as u32).or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(CLEAR, clear, 0, 0, |vm, _args| {
    kapi(vm)?.clear().or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(SET_COLOR, set_color, 2, 2, |vm, args| {
    let fg = super::color(vm, arg(args, 0))?;
    let bg = super::color(vm, arg(args, 1))?;
    kapi(vm)?.set_color(fg, bg).or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(SET_CURSOR, set_cursor, 2, 2, |vm, args| {
    let row = super::coord(vm, arg(args, 0))?;
    let col = super::coord(vm, arg(args, 1))?;
    kapi(vm)?.set_cursor(row, col).or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(SET_CURSOR_ENABLED, set_cursor_enabled, 1, 1, |vm, args| {
    let on = vm::interp::ops::truthy(vm, arg(args, 0))?;
    kapi(vm)?.set_cursor_enabled(on).or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(CONSOLE_SIZE, console_size, 0, 0, |vm, _args| {
    let kapi = kapi(vm)?;
    let rows = kapi.console_rows().or_raise(vm)?;
    let cols = kapi.console_cols().or_raise(vm)?;
    super::pair(vm, rows.into(), cols.into())
});

vibe_fn!(CLEAR_TO_EOL, clear_to_eol, 0, 0, |vm, _args| {
    kapi(vm)?.clear_to_eol().or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(CLEAR_REGION, clear_region, 4, 4, |vm, args| {
    let mut v = [0i32; 4];
    for (i, slot) in v.iter_mut().enumerate() {
        *slot = super::coord(vm, arg(args, i))?;
    }
    kapi(vm)?
        .clear_region(v[0], v[1], v[2], v[3])
        .or_raise(vm)?;
    Ok(Value::NONE)
});

/// The port's HAL (shared with the REPL), or OSError.
fn hal(vm: &mut Vm) -> vm::interp::PyResult<crate::engine::SharedHal> {
    match port_data(vm) {
        Some(data) => Ok(data.hal.clone()),
        None => Err(vm.new_exception(&exception::OS_ERROR, "vibe: no console")),
    }
}

vibe_fn!(HAS_KEY, has_key, 0, 0, |vm, _args| {
    let waiting = hal(vm)?.borrow().has_key();
    Ok(Value::from_bool(waiting))
});

vibe_fn!(GETC, getc, 0, 0, |vm, _args| {
    match hal(vm)?.borrow_mut().poll_key() {
        Some(code) => super::int_value(vm, i64::from(code)),
        None => Ok(Value::NONE),
    }
});

vibe_fn!(WAIT_KEY, wait_key, 0, 0, |vm, _args| {
    let code = hal(vm)?.borrow_mut().read_key();
    match code {
        Some(code) if code == key::CTRL_C as u32 => {
            Err(vm.new_exception(&exception::KEYBOARD_INTERRUPT, ""))
        }
        Some(code) => super::int_value(vm, i64::from(code)),
        None => Err(vm.new_exception(&exception::EOF_ERROR, "no more input")),
    }
});
