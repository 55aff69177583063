//! Desktop windows (kapi `window_*`, present only while the VibeOS desktop runs; elsewhere
//! every call raises OSError(ENOSYS)). Python holds a window by its id; the port keeps the
//! `kernel_api::Window` itself in its data, so each window is destroyed exactly once: by
//! `window_destroy`, or when the program ends (VibeOS cleans none up).
//! Drawing goes through a `FrameBuffer` copied in by `window_show`, so the window's
//! buffer, which a RESIZE reallocates, is never held across calls.

use super::canvas;
use super::{arg, coord, int_value, kapi, text_arg, vibe_fn, OrRaise};
use crate::pyfs::port_data;
use kernel_api::{event, Window};
use vm::interp::{PyResult, Vm};
use vm::modules::ModuleMember;
use vm::objects::exception;
use vm::objects::tuple::new_tuple;
use vm::qstr::{self, Qstr};
use vm::value::Value;

pub static MEMBERS: &[(Qstr, ModuleMember)] = &[
    (qstr::window_create, ModuleMember::Function(&WINDOW_CREATE)),
    (
        qstr::window_destroy,
        ModuleMember::Function(&WINDOW_DESTROY),
    ),
    (qstr::window_poll, ModuleMember::Function(&WINDOW_POLL)),
    (qstr::window_size, ModuleMember::Function(&WINDOW_SIZE)),
    (qstr::window_show, ModuleMember::Function(&WINDOW_SHOW)),
    (
        qstr::window_set_title,
        ModuleMember::Function(&WINDOW_SET_TITLE),
    ),
    (qstr::EVENT_NONE, ModuleMember::Int(event::NONE as i64)),
    (
        qstr::EVENT_MOUSE_DOWN,
        ModuleMember::Int(event::MOUSE_DOWN as i64),
    ),
    (
        qstr::EVENT_MOUSE_UP,
        ModuleMember::Int(event::MOUSE_UP as i64),
    ),
    (
        qstr::EVENT_MOUSE_MOVE,
        ModuleMember::Int(event::MOUSE_MOVE as i64),
    ),
    (qstr::EVENT_KEY, ModuleMember::Int(event::KEY as i64)),
    (qstr::EVENT_CLOSE, ModuleMember::Int(event::CLOSE as i64)),
    (qstr::EVENT_FOCUS, ModuleMember::Int(event::FOCUS as i64)),
    (
        qstr::EVENT_UNFOCUS,
        ModuleMember::Int(event::UNFOCUS as i64),
    ),
    (qstr::EVENT_RESIZE, ModuleMember::Int(event::RESIZE as i64)),
];

/// Run `f` on the open window `wid`, or raise ValueError if there is none.
fn with_window<R>(
    vm: &mut Vm,
    wid: Value,
    f: impl FnOnce(&mut Window<'static>) -> R,
) -> PyResult<R> {
    let id = super::int(vm, wid)?;
    let found = port_data(vm).and_then(|data| {
        let mut windows = data.windows.borrow_mut();
        let window = windows.iter_mut().find(|w| i64::from(w.id()) == id)?;
        Some(f(window))
    });
    found.ok_or_else(|| {
        vm.new_exception_fmt(
            &exception::VALUE_ERROR,
            format_args!("no open window {}", id),
        )
    })
}

vibe_fn!(WINDOW_CREATE, window_create, 5, 5, |vm, args| {
    let x = coord(vm, arg(args, 0))?;
    let y = coord(vm, arg(args, 1))?;
    let w = super::int_in(vm, arg(args, 2), "w", 1, 4096)? as i32;
    let h = super::int_in(vm, arg(args, 3), "h", 1, 4096)? as i32;
    let title = text_arg(vm, arg(args, 4), "window_create")?;
    let window = kapi(vm)?.window_create(x, y, w, h, title).or_raise(vm)?;
    let id = window.id();
    let stored = port_data(vm).map(|data| {
        let mut windows = data.windows.borrow_mut();
        if windows.try_reserve(1).is_err() {
            return false;
        }
        windows.push(window);
        true
    });
    if stored != Some(true) {
        // The window was dropped (and so destroyed) above.
        return Err(vm.memory_error());
    }
    int_value(vm, id.into())
});

vibe_fn!(WINDOW_DESTROY, window_destroy, 1, 1, |vm, args| {
    let id = super::int(vm, arg(args, 0))?;
    let removed = port_data(vm).and_then(|data| {
        let mut windows = data.windows.borrow_mut();
        let index = windows.iter().position(|w| i64::from(w.id()) == id)?;
        Some(windows.remove(index))
    });
    match removed {
        Some(window) => {
            drop(window);
            Ok(Value::NONE)
        }
        None => Err(vm.new_exception_fmt(
            &exception::VALUE_ERROR,
            format_args!("no open window {}", id),
        )),
    }
});

vibe_fn!(WINDOW_POLL, window_poll, 1, 1, |vm, args| {
    let polled = with_window(vm, arg(args, 0), |w| w.poll_event())?;
    match polled.or_raise(vm)? {
        None => Ok(Value::NONE),
        Some(e) => {
            let mut items = [Value::NONE; 4];
            for (slot, n) in items.iter_mut().zip([e.kind, e.data1, e.data2, e.data3]) {
                *slot = int_value(vm, n.into())?;
            }
            new_tuple(vm, &items)
        }
    }
});

vibe_fn!(WINDOW_SIZE, window_size, 1, 1, |vm, args| {
    let size = with_window(vm, arg(args, 0), |w| {
        w.buffer().map(|b| (b.width(), b.height()))
    })?;
    let (w, h) = size.or_raise(vm)?;
    super::pair(vm, w.into(), h.into())
});

vibe_fn!(WINDOW_SHOW, window_show, 2, 4, |vm, args| {
    let (pixels, fw, fh) = super::graphics::framebuffer_pixels(vm, arg(args, 1))?;
    let x = match args.get(2) {
        Some(&v) => coord(vm, v)?,
        None => 0,
    };
    let y = match args.get(3) {
        Some(&v) => coord(vm, v)?,
        None => 0,
    };
    let shown = with_window(vm, arg(args, 0), |w| {
        {
            let mut buffer = w.buffer()?;
            canvas::blit(&mut buffer, x, y, pixels, fw, fh, None);
        }
        w.invalidate()
    })?;
    shown.or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(WINDOW_SET_TITLE, window_set_title, 2, 2, |vm, args| {
    let title = text_arg(vm, arg(args, 1), "window_set_title")?;
    let set = with_window(vm, arg(args, 0), |w| w.set_title(title))?;
    set.or_raise(vm)?;
    Ok(Value::NONE)
});
