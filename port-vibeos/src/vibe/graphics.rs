//! Drawing on the screen and on `FrameBuffer`s, with the colour constants.
//!
//! The screen is kapi's framebuffer (`fb_base`, written directly and volatile, as
//! VibeOS's own programs do); without one every drawing call raises OSError(ENODEV).
//! A `FrameBuffer(width, height)` is an off-screen surface for double-buffered drawing:
//! its pixels live in a bytearray (`fb.buffer`, little-endian 0x00RRGGBB words), it has
//! the same drawing methods as the module, and `fb.show(x, y)` copies it to the screen in
//! one pass. Its `width`, `height` and `buffer` are plain attributes, re-checked on every
//! call, so reassigning them can never make a method write outside the bytearray.

use super::canvas::{self, BytePixels, Surface};
use super::{arg, coord, kapi, opt_color, vibe_fn, OrRaise};
use alloc::vec::Vec;
use kernel_api::color;
use vm::builtins::bytes_methods::{bytearray_of, bytes_data, BYTEARRAY_TYPE};
use vm::gc::heap::Heap;
use vm::interp::{attr, PyResult, Vm};
use vm::modules::ModuleMember;
use vm::objects::dict::dict_get_qstr;
use vm::objects::instance::{new_instance, trace_instance, OBJECT_TYPE};
use vm::objects::str::str_of;
use vm::objects::type_object::{type_flags, Member, TypeObject, TypeSlots};
use vm::objects::Layout;
use vm::qstr::{self, Qstr};
use vm::value::Value;

/// Largest `FrameBuffer` side: 4096 x 4096 pixels are 64 MiB, more than any heap here.
const MAX_SIDE: i64 = 4096;

pub static MEMBERS: &[(Qstr, ModuleMember)] = &[
    (qstr::screen_size, ModuleMember::Function(&SCREEN_SIZE)),
    (qstr::has_display, ModuleMember::Function(&HAS_DISPLAY)),
    (qstr::rgb, ModuleMember::Function(&RGB)),
    (qstr::fill, ModuleMember::Function(&FILL)),
    (qstr::put_pixel, ModuleMember::Function(&PUT_PIXEL)),
    (qstr::get_pixel, ModuleMember::Function(&GET_PIXEL)),
    (qstr::fill_rect, ModuleMember::Function(&FILL_RECT)),
    (qstr::rect, ModuleMember::Function(&RECT)),
    (qstr::line, ModuleMember::Function(&LINE)),
    (qstr::circle, ModuleMember::Function(&CIRCLE)),
    (qstr::fill_circle, ModuleMember::Function(&FILL_CIRCLE)),
    (qstr::draw_char, ModuleMember::Function(&DRAW_CHAR)),
    (qstr::draw_string, ModuleMember::Function(&DRAW_STRING)),
    (qstr::blit, ModuleMember::Function(&BLIT)),
    (
        qstr::hw_double_buffer,
        ModuleMember::Function(&HW_DOUBLE_BUFFER),
    ),
    (qstr::flip, ModuleMember::Function(&FLIP)),
    (qstr::BLACK, ModuleMember::Int(color::BLACK as i64)),
    (qstr::WHITE, ModuleMember::Int(color::WHITE as i64)),
    (qstr::RED, ModuleMember::Int(color::RED as i64)),
    (qstr::GREEN, ModuleMember::Int(color::GREEN as i64)),
    (qstr::BLUE, ModuleMember::Int(color::BLUE as i64)),
    (qstr::CYAN, ModuleMember::Int(color::CYAN as i64)),
    (qstr::MAGENTA, ModuleMember::Int(color::MAGENTA as i64)),
    (qstr::YELLOW, ModuleMember::Int(color::YELLOW as i64)),
    (qstr::AMBER, ModuleMember::Int(color::AMBER as i64)),
    (qstr::GRAY, ModuleMember::Int(0x80_8080)),
];

// ---- targets -------------------------------------------------------------------------

/// A FrameBuffer's checked parts: width, height and its pixel bytes.
struct FbParts {
    width: u32,
    height: u32,
    bytes: &'static mut [u8],
}

/// An attribute of a FrameBuffer instance from its dict.
fn fb_attr(vm: &mut Vm, fb: Value, name: Qstr) -> PyResult<Value> {
    let dict = attr::instance_dict(vm, fb, false)?;
    let found = match dict {
        Some(d) => dict_get_qstr(vm, d, name)?,
        None => None,
    };
    found.ok_or_else(|| vm.value_error("FrameBuffer is not initialised"))
}

/// `fb` as a drawing surface, after checking it is a FrameBuffer whose bytearray holds
/// `width * height` pixels.
fn fb_parts(vm: &mut Vm, fb: Value) -> PyResult<FbParts> {
    if !core::ptr::eq(vm.type_of(fb), &FRAMEBUFFER_TYPE) {
        let type_name = vm.type_name(fb);
        return Err(vm.new_exception_fmt(
            &vm::objects::exception::TYPE_ERROR,
            format_args!("expected a FrameBuffer, not {}", type_name),
        ));
    }
    let width = fb_attr(vm, fb, qstr::width)?;
    let width = super::int_in(vm, width, "FrameBuffer width", 1, MAX_SIDE)? as u32;
    let height = fb_attr(vm, fb, qstr::height)?;
    let height = super::int_in(vm, height, "FrameBuffer height", 1, MAX_SIDE)? as u32;
    let buffer = fb_attr(vm, fb, qstr::buffer)?;
    let bytes = bytearray_of(buffer)
        .map(|b| b.get().data())
        .ok_or_else(|| vm.type_error("FrameBuffer buffer must be a bytearray"))?;
    let needed = width as usize * height as usize * 4;
    let bytes = bytes
        .get_mut(..needed)
        .ok_or_else(|| vm.value_error("FrameBuffer buffer is smaller than width * height * 4"))?;
    Ok(FbParts {
        width,
        height,
        bytes,
    })
}

/// Run `draw` on the screen (`this` None) or on the FrameBuffer `this`.
fn with_surface<R>(
    vm: &mut Vm,
    this: Option<Value>,
    draw: impl FnOnce(&mut dyn Surface) -> R,
) -> PyResult<R> {
    match this {
        None => {
            let mut screen = kapi(vm)?.framebuffer().or_raise(vm)?;
            Ok(draw(&mut screen))
        }
        Some(fb) => {
            let parts = fb_parts(vm, fb)?;
            let mut surface = BytePixels {
                bytes: parts.bytes,
                width: parts.width,
                height: parts.height,
            };
            Ok(draw(&mut surface))
        }
    }
}

/// `n` coordinates from `args`.
fn coords<const N: usize>(vm: &mut Vm, args: &[Value]) -> PyResult<[i32; N]> {
    let mut out = [0i32; N];
    for (i, slot) in out.iter_mut().enumerate() {
        *slot = coord(vm, arg(args, i))?;
    }
    Ok(out)
}

// ---- drawing operations, shared by the module and FrameBuffer ---------------------------

type Op = fn(&mut Vm, Option<Value>, &[Value]) -> PyResult<Value>;

fn op_fill(vm: &mut Vm, this: Option<Value>, a: &[Value]) -> PyResult<Value> {
    let c = super::color(vm, arg(a, 0))?;
    with_surface(vm, this, |s| {
        canvas::fill_rect(s, 0, 0, i32::MAX, i32::MAX, c)
    })?;
    Ok(Value::NONE)
}

fn op_put_pixel(vm: &mut Vm, this: Option<Value>, a: &[Value]) -> PyResult<Value> {
    let [x, y] = coords(vm, a)?;
    let c = super::color(vm, arg(a, 2))?;
    with_surface(vm, this, |s| canvas::put_pixel(s, x, y, c))?;
    Ok(Value::NONE)
}

fn op_get_pixel(vm: &mut Vm, this: Option<Value>, a: &[Value]) -> PyResult<Value> {
    let [x, y] = coords(vm, a)?;
    match with_surface(vm, this, |s| canvas::get_pixel(s, x, y))? {
        Some(c) => super::int_value(vm, i64::from(c)),
        None => Ok(Value::NONE),
    }
}

fn op_fill_rect(vm: &mut Vm, this: Option<Value>, a: &[Value]) -> PyResult<Value> {
    let [x, y, w, h] = coords(vm, a)?;
    let c = super::color(vm, arg(a, 4))?;
    with_surface(vm, this, |s| canvas::fill_rect(s, x, y, w, h, c))?;
    Ok(Value::NONE)
}

fn op_rect(vm: &mut Vm, this: Option<Value>, a: &[Value]) -> PyResult<Value> {
    let [x, y, w, h] = coords(vm, a)?;
    let c = super::color(vm, arg(a, 4))?;
    with_surface(vm, this, |s| canvas::rect(s, x, y, w, h, c))?;
    Ok(Value::NONE)
}

fn op_line(vm: &mut Vm, this: Option<Value>, a: &[Value]) -> PyResult<Value> {
    let [x0, y0, x1, y1] = coords(vm, a)?;
    let c = super::color(vm, arg(a, 4))?;
    with_surface(vm, this, |s| canvas::line(s, x0, y0, x1, y1, c))?;
    Ok(Value::NONE)
}

fn op_circle(vm: &mut Vm, this: Option<Value>, a: &[Value]) -> PyResult<Value> {
    let [cx, cy, r] = coords(vm, a)?;
    let c = super::color(vm, arg(a, 3))?;
    with_surface(vm, this, |s| canvas::circle(s, cx, cy, r, c))?;
    Ok(Value::NONE)
}

fn op_fill_circle(vm: &mut Vm, this: Option<Value>, a: &[Value]) -> PyResult<Value> {
    let [cx, cy, r] = coords(vm, a)?;
    let c = super::color(vm, arg(a, 3))?;
    with_surface(vm, this, |s| canvas::fill_circle(s, cx, cy, r, c))?;
    Ok(Value::NONE)
}

/// The font's code for each character of a str (256 glyphs: other characters are '?'),
/// or the bytes of a bytes-like text.
fn glyph_codes(vm: &mut Vm, v: Value, fname: &str) -> PyResult<Vec<u8>> {
    let mut codes = Vec::new();
    if let Some(text) = str_of(vm, v) {
        codes
            .try_reserve(text.len())
            .map_err(|_| vm.memory_error())?;
        codes.extend(text.chars().map(|c| u8::try_from(c).unwrap_or(b'?')));
        return Ok(codes);
    }
    let bytes = super::bytes_arg(vm, v, fname).map_err(|_| {
        let type_name = vm.type_name(v);
        vm.new_exception_fmt(
            &vm::objects::exception::TYPE_ERROR,
            format_args!("{}() expected str or bytes, not {}", fname, type_name),
        )
    })?;
    codes
        .try_reserve(bytes.len())
        .map_err(|_| vm.memory_error())?;
    codes.extend_from_slice(bytes);
    Ok(codes)
}

fn draw_text(vm: &mut Vm, this: Option<Value>, a: &[Value], codes: &[u8]) -> PyResult<Value> {
    let [x, y] = coords(vm, a)?;
    let fg = super::color(vm, arg(a, 3))?;
    let bg = opt_color(vm, arg(a, 4))?;
    let font = kapi(vm)?.font().or_raise(vm)?;
    with_surface(vm, this, |s| canvas::text(s, x, y, codes, font, fg, bg))?;
    Ok(Value::NONE)
}

fn op_draw_char(vm: &mut Vm, this: Option<Value>, a: &[Value]) -> PyResult<Value> {
    let ch = arg(a, 2);
    let code = if let Some(text) = str_of(vm, ch) {
        let mut chars = text.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => u8::try_from(c).unwrap_or(b'?'),
            _ => return Err(vm.type_error("draw_char() expected a character")),
        }
    } else {
        super::int_in(vm, ch, "draw_char() code", 0, 255)? as u8
    };
    draw_text(vm, this, a, &[code])
}

fn op_draw_string(vm: &mut Vm, this: Option<Value>, a: &[Value]) -> PyResult<Value> {
    let codes = glyph_codes(vm, arg(a, 2), "draw_string")?;
    draw_text(vm, this, a, &codes)
}

/// `blit(src, x, y, w=None, h=None, key=None)`.
fn op_blit(vm: &mut Vm, this: Option<Value>, a: &[Value]) -> PyResult<Value> {
    let src = arg(a, 0);
    let [x, y] = coords(vm, a.get(1..).unwrap_or(&[]))?;
    let key = opt_color(vm, arg(a, 5))?;
    let (pixels, w, h): (&[u8], u32, u32) = if core::ptr::eq(vm.type_of(src), &FRAMEBUFFER_TYPE) {
        let parts = fb_parts(vm, src)?;
        (parts.bytes, parts.width, parts.height)
    } else {
        let data = bytes_data(src).ok_or_else(|| {
            vm.type_error("blit() source must be a FrameBuffer, bytes or bytearray")
        })?;
        if arg(a, 3).is_none() || arg(a, 4).is_none() {
            return Err(vm.type_error("blit() of bytes needs w and h"));
        }
        let w = super::int_in(vm, arg(a, 3), "w", 0, MAX_SIDE)? as u32;
        let h = super::int_in(vm, arg(a, 4), "h", 0, MAX_SIDE)? as u32;
        if data.len() < w as usize * h as usize * 4 {
            return Err(vm.value_error("blit() source is smaller than w * h * 4 bytes"));
        }
        (data, w, h)
    };
    // Copying a FrameBuffer onto itself: read from a copy, never from the bytes written.
    let mut copy = Vec::new();
    let pixels = if this.is_some() {
        copy.try_reserve(pixels.len())
            .map_err(|_| vm.memory_error())?;
        copy.extend_from_slice(pixels);
        &copy[..]
    } else {
        pixels
    };
    with_surface(vm, this, |s| canvas::blit(s, x, y, pixels, w, h, key))?;
    Ok(Value::NONE)
}

/// The module function and the FrameBuffer method of one drawing operation; the method
/// takes the same arguments after `self`.
macro_rules! draw_op {
    ($screen:ident, $method:ident, $name:ident, $min:expr, $max:expr, $op:expr) => {
        vibe_fn!($screen, $name, $min, $max, |vm, args| {
            let op: Op = $op;
            op(vm, None, args)
        });
        vibe_fn!($method, $name, $min + 1, $max + 1, |vm, args| {
            let op: Op = $op;
            op(vm, Some(arg(args, 0)), args.get(1..).unwrap_or(&[]))
        });
    };
}

draw_op!(FILL, FB_FILL, fill, 1, 1, op_fill);
draw_op!(PUT_PIXEL, FB_PUT_PIXEL, put_pixel, 3, 3, op_put_pixel);
draw_op!(GET_PIXEL, FB_GET_PIXEL, get_pixel, 2, 2, op_get_pixel);
draw_op!(FILL_RECT, FB_FILL_RECT, fill_rect, 5, 5, op_fill_rect);
draw_op!(RECT, FB_RECT, rect, 5, 5, op_rect);
draw_op!(LINE, FB_LINE, line, 5, 5, op_line);
draw_op!(CIRCLE, FB_CIRCLE, circle, 4, 4, op_circle);
draw_op!(
    FILL_CIRCLE,
    FB_FILL_CIRCLE,
    fill_circle,
    4,
    4,
    op_fill_circle
);
draw_op!(DRAW_CHAR, FB_DRAW_CHAR, draw_char, 4, 5, op_draw_char);
draw_op!(
    DRAW_STRING,
    FB_DRAW_STRING,
    draw_string,
    4,
    5,
    op_draw_string
);
draw_op!(BLIT, FB_BLIT, blit, 3, 6, op_blit);

// ---- screen-only functions ------------------------------------------------------------

vibe_fn!(SCREEN_SIZE, screen_size, 0, 0, |vm, _args| {
    let (w, h) = match kapi(vm)?.framebuffer() {
        Ok(fb) => (fb.width(), fb.height()),
        Err(_) => (0, 0),
    };
    super::pair(vm, w.into(), h.into())
});

vibe_fn!(HAS_DISPLAY, has_display, 0, 0, |vm, _args| {
    Ok(Value::from_bool(kapi(vm)?.framebuffer().is_ok()))
});

vibe_fn!(RGB, rgb, 3, 3, |vm, args| {
    let mut c = 0i64;
    for (i, name) in ["r", "g", "b"].iter().enumerate() {
        c = (c << 8) | super::int_in(vm, arg(args, i), name, 0, 255)?;
    }
    super::int_value(vm, c)
});

vibe_fn!(HW_DOUBLE_BUFFER, hw_double_buffer, 0, 0, |vm, _args| {
    let kapi = kapi(vm)?;
    // Without a display VibeOS still answers 1 (KAPI.md §5): there is nothing to flip.
    kapi.framebuffer().or_raise(vm)?;
    let has = kapi.fb_has_hw_double_buffer().or_raise(vm)?;
    Ok(Value::from_bool(has))
});

vibe_fn!(FLIP, flip, 1, 1, |vm, args| {
    let buffer = super::int_in(vm, arg(args, 0), "buffer", 0, 1)? as i32;
    let kapi = kapi(vm)?;
    kapi.framebuffer().or_raise(vm)?;
    kapi.fb_flip(buffer).or_raise(vm)?;
    Ok(Value::NONE)
});

// ---- FrameBuffer ----------------------------------------------------------------------

pub const FRAMEBUFFER_DOC: &str = "an off-screen surface; attributes width, height, buffer \
(bytearray of little-endian 0xRRGGBB words); methods fill, put_pixel, get_pixel, fill_rect, \
rect, line, circle, fill_circle, draw_char, draw_string, blit (the module's arguments), \
show(x=0, y=0) copies it to the screen";

/// `FrameBuffer(width, height)`: a black surface of 1..4096 x 1..4096 pixels.
fn framebuffer_new(
    vm: &mut Vm,
    ty: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    super::check_args(vm, "FrameBuffer", args, kw, 2, 2)?;
    let w = super::int_in(vm, arg(args, 0), "width", 1, MAX_SIDE)?;
    let h = super::int_in(vm, arg(args, 1), "height", 1, MAX_SIDE)?;
    let size = super::int_value(vm, w * h * 4)?;
    let buffer = vm::interp::call::call(vm, BYTEARRAY_TYPE.as_value(), &[size], &[])?;
    let fb = new_instance(vm, ty)?.as_value();
    let (wv, hv) = (super::int_value(vm, w)?, super::int_value(vm, h)?);
    attr::store_attr(vm, fb, qstr::width, wv)?;
    attr::store_attr(vm, fb, qstr::height, hv)?;
    attr::store_attr(vm, fb, qstr::buffer, buffer)?;
    Ok(fb)
}

/// `fb.show(x=0, y=0)`: copy the whole FrameBuffer to the screen at (x, y), clipped.
fn fb_show(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::check_args(vm, "show", args, kw, 1, 3)?;
    let fb = arg(args, 0);
    let x = match args.get(1) {
        Some(&v) => coord(vm, v)?,
        None => 0,
    };
    let y = match args.get(2) {
        Some(&v) => coord(vm, v)?,
        None => 0,
    };
    let parts = fb_parts(vm, fb)?;
    with_surface(vm, None, |s| {
        canvas::blit(s, x, y, parts.bytes, parts.width, parts.height, None)
    })?;
    Ok(Value::NONE)
}
vm::builtin_fn!(FB_SHOW, qstr::show, fb_show);

/// The checked pixels of a FrameBuffer, for windows.
pub fn framebuffer_pixels(vm: &mut Vm, fb: Value) -> PyResult<(&'static [u8], u32, u32)> {
    let parts = fb_parts(vm, fb)?;
    Ok((parts.bytes, parts.width, parts.height))
}

static FRAMEBUFFER_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(framebuffer_new),
    ..TypeSlots::EMPTY
};

static FRAMEBUFFER_MEMBERS: &[(Qstr, Member)] = &[
    (qstr::fill, Member::Method(&FB_FILL)),
    (qstr::put_pixel, Member::Method(&FB_PUT_PIXEL)),
    (qstr::get_pixel, Member::Method(&FB_GET_PIXEL)),
    (qstr::fill_rect, Member::Method(&FB_FILL_RECT)),
    (qstr::rect, Member::Method(&FB_RECT)),
    (qstr::line, Member::Method(&FB_LINE)),
    (qstr::circle, Member::Method(&FB_CIRCLE)),
    (qstr::fill_circle, Member::Method(&FB_FILL_CIRCLE)),
    (qstr::draw_char, Member::Method(&FB_DRAW_CHAR)),
    (qstr::draw_string, Member::Method(&FB_DRAW_STRING)),
    (qstr::blit, Member::Method(&FB_BLIT)),
    (qstr::show, Member::Method(&FB_SHOW)),
];

fn trace_framebuffer(obj: *mut u8, heap: &mut Heap) {
    trace_instance(obj, heap)
}

/// `vibe.FrameBuffer`: instances are plain instances (layout `Instance`) whose dict holds
/// `width`, `height` and `buffer`.
pub static FRAMEBUFFER_TYPE: TypeObject = TypeObject::builtin(
    qstr::FrameBuffer,
    Layout::Instance,
    Some(&OBJECT_TYPE),
    &FRAMEBUFFER_SLOTS,
    FRAMEBUFFER_MEMBERS,
    trace_framebuffer,
    type_flags::HAS_DICT,
);
