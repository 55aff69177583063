//! Desktop windows (entries NULL unless the desktop runs). A `Window` owns its id and
//! destroys it on drop; its pixel buffer is borrowed from the window so that it cannot
//! outlive a RESIZE (which reallocates it) or the window itself.

use crate::cstr::CStrBuf;
use crate::pixels::PixelBuffer;
use crate::{KApi, Kapi, KapiError};
use core::ffi::c_int;

/// Longest window title VibeOS keeps.
const TITLE_MAX: usize = 31;

pub struct Window<'a> {
    table: &'a KApi,
    id: c_int,
}

/// One event from `window_poll_event` (`kind` is one of `event::*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WindowEvent {
    pub kind: i32,
    pub data1: i32,
    pub data2: i32,
    pub data3: i32,
}

/// A title cut to what VibeOS keeps, as a C string.
fn title_cstr(title: &[u8]) -> Result<CStrBuf<{ TITLE_MAX + 1 }>, KapiError> {
    CStrBuf::new(&title[..title.len().min(TITLE_MAX)])
}

impl<'a> Kapi<'a> {
    /// Open a window at screen position (x, y), outer size w x h (title bar included).
    pub fn window_create(
        &self,
        x: i32,
        y: i32,
        w: i32,
        h: i32,
        title: &[u8],
    ) -> Result<Window<'a>, KapiError> {
        let window_create = entry!(self, window_create)?;
        entry!(self, window_destroy)?;
        let title = title_cstr(title)?;
        // SAFETY: `title` is NUL-terminated and outlives the call.
        let id = unsafe { window_create(x, y, w, h, title.as_ptr()) };
        if id < 0 {
            return Err(KapiError::Failed);
        }
        Ok(Window {
            table: self.table,
            id,
        })
    }
}

impl Window<'_> {
    pub fn id(&self) -> i32 {
        self.id
    }

    /// The content buffer; ask again after a RESIZE event.
    pub fn buffer(&mut self) -> Result<PixelBuffer<'_>, KapiError> {
        let get_buffer = self
            .table
            .window_get_buffer
            .ok_or(KapiError::Missing("window_get_buffer"))?;
        let (mut w, mut h) = (0, 0);
        // SAFETY: `id` is a live window; `w` and `h` are valid ints.
        let base = unsafe { get_buffer(self.id, &mut w, &mut h) };
        let (w, h) = (u32::try_from(w).unwrap_or(0), u32::try_from(h).unwrap_or(0));
        // SAFETY: the desktop keeps w x h pixels at `base` until the window is resized or
        // destroyed, which needs `&mut self` (`poll_event`, drop) and so ends this borrow.
        unsafe { PixelBuffer::new(base, w, h) }.ok_or(KapiError::Failed)
    }

    /// The next event, or `None` when the queue is empty.
    pub fn poll_event(&mut self) -> Result<Option<WindowEvent>, KapiError> {
        let poll = self
            .table
            .window_poll_event
            .ok_or(KapiError::Missing("window_poll_event"))?;
        let mut event = WindowEvent {
            kind: 0,
            data1: 0,
            data2: 0,
            data3: 0,
        };
        // SAFETY: four valid, distinct int locations.
        let got = unsafe {
            poll(
                self.id,
                &mut event.kind,
                &mut event.data1,
                &mut event.data2,
                &mut event.data3,
            )
        };
        Ok((got == 1).then_some(event))
    }

    /// Ask the desktop to copy the buffer to the screen next frame.
    pub fn invalidate(&self) -> Result<(), KapiError> {
        let invalidate = self
            .table
            .window_invalidate
            .ok_or(KapiError::Missing("window_invalidate"))?;
        // SAFETY: `id` is a live window.
        unsafe { invalidate(self.id) };
        Ok(())
    }

    pub fn set_title(&self, title: &[u8]) -> Result<(), KapiError> {
        let set_title = self
            .table
            .window_set_title
            .ok_or(KapiError::Missing("window_set_title"))?;
        let title = title_cstr(title)?;
        // SAFETY: `id` is a live window and `title` is NUL-terminated.
        unsafe { set_title(self.id, title.as_ptr()) };
        Ok(())
    }
}

impl Drop for Window<'_> {
    fn drop(&mut self) {
        if let Some(destroy) = self.table.window_destroy {
            // SAFETY: `id` is a live window, destroyed exactly once, here.
            unsafe { destroy(self.id) };
        }
    }
}
