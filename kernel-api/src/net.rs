//! Mouse, sound and network entries: thin checked calls. IPs are host-order u32 with the
//! first octet in the top byte; sockets are the kernel's small integers.

use crate::cstr::CStrBuf;
use crate::{u32_len, Kapi, KapiError};

/// Longest host name passed to `dns_resolve` / `tls_connect` (DNS limit).
const HOSTNAME_MAX: usize = 253;

/// A socket result: the value, or `Failed` when the kernel returned a negative number.
fn non_negative(ret: i32) -> Result<i32, KapiError> {
    if ret < 0 {
        Err(KapiError::Failed)
    } else {
        Ok(ret)
    }
}

impl Kapi<'_> {
    /// Mouse position in pixels.
    pub fn mouse_pos(&self) -> Result<(i32, i32), KapiError> {
        let get_pos = entry!(self, mouse_get_pos)?;
        let (mut x, mut y) = (0, 0);
        // SAFETY: two valid int locations.
        unsafe { get_pos(&mut x, &mut y) };
        Ok((x, y))
    }

    /// Pressed buttons (`button::*` bits).
    pub fn mouse_buttons(&self) -> Result<u8, KapiError> {
        let get_buttons = entry!(self, mouse_get_buttons)?;
        // SAFETY: no arguments.
        Ok(unsafe { get_buttons() })
    }

    pub fn mouse_poll(&self) -> Result<(), KapiError> {
        let mouse_poll = entry!(self, mouse_poll)?;
        // SAFETY: no arguments.
        unsafe { mouse_poll() };
        Ok(())
    }

    pub fn mouse_set_pos(&self, x: i32, y: i32) -> Result<(), KapiError> {
        let set_pos = entry!(self, mouse_set_pos)?;
        // SAFETY: plain integer arguments.
        unsafe { set_pos(x, y) };
        Ok(())
    }

    /// Motion since the last call, in raw tablet units.
    pub fn mouse_delta(&self) -> Result<(i32, i32), KapiError> {
        let get_delta = entry!(self, mouse_get_delta)?;
        let (mut dx, mut dy) = (0, 0);
        // SAFETY: two valid int locations.
        unsafe { get_delta(&mut dx, &mut dy) };
        Ok((dx, dy))
    }

    /// Play a WAV file image, blocking.
    pub fn sound_play_wav(&self, wav: &[u8]) -> Result<(), KapiError> {
        let play = entry!(self, sound_play_wav)?;
        let size = u32_len(wav.len())?;
        // SAFETY: `wav` has `size` readable bytes for the whole (blocking) call.
        non_negative(unsafe { play(wav.as_ptr().cast(), size) }).map(drop)
    }

    /// Play interleaved S16LE samples, blocking. `frames` counts samples per channel.
    pub fn sound_play_pcm(&self, pcm: &[i16], channels: u8, rate: u32) -> Result<(), KapiError> {
        let play = entry!(self, sound_play_pcm)?;
        let frames = u32_len(pcm.len() / usize::from(channels.max(1)))?;
        // SAFETY: `pcm` holds `frames * channels` samples for the whole (blocking) call.
        non_negative(unsafe { play(pcm.as_ptr().cast(), frames, channels, rate) }).map(drop)
    }

    /// Start playing samples and return at once; the kernel reads `pcm` while it plays,
    /// hence `'static`.
    pub fn sound_play_pcm_async(
        &self,
        pcm: &'static [i16],
        channels: u8,
        rate: u32,
    ) -> Result<(), KapiError> {
        let play = entry!(self, sound_play_pcm_async)?;
        let frames = u32_len(pcm.len() / usize::from(channels.max(1)))?;
        // SAFETY: `pcm` lives for the rest of the program, so the kernel may keep reading it.
        non_negative(unsafe { play(pcm.as_ptr().cast(), frames, channels, rate) }).map(drop)
    }

    pub fn sound_stop(&self) -> Result<(), KapiError> {
        let stop = entry!(self, sound_stop)?;
        // SAFETY: no arguments.
        unsafe { stop() };
        Ok(())
    }

    pub fn sound_pause(&self) -> Result<(), KapiError> {
        let pause = entry!(self, sound_pause)?;
        // SAFETY: no arguments.
        unsafe { pause() };
        Ok(())
    }

    pub fn sound_resume(&self) -> Result<(), KapiError> {
        let resume = entry!(self, sound_resume)?;
        // SAFETY: no arguments.
        non_negative(unsafe { resume() }).map(drop)
    }

    pub fn sound_is_playing(&self) -> Result<bool, KapiError> {
        let is_playing = entry!(self, sound_is_playing)?;
        // SAFETY: no arguments.
        Ok(unsafe { is_playing() } > 0)
    }

    pub fn sound_is_paused(&self) -> Result<bool, KapiError> {
        let is_paused = entry!(self, sound_is_paused)?;
        // SAFETY: no arguments.
        Ok(unsafe { is_paused() } > 0)
    }

    /// Round-trip time of one ping, or `Failed`.
    pub fn net_ping(&self, ip: u32, seq: u16, timeout_ms: u32) -> Result<i32, KapiError> {
        let ping = entry!(self, net_ping)?;
        // SAFETY: plain integer arguments.
        non_negative(unsafe { ping(ip, seq, timeout_ms) })
    }

    pub fn net_poll(&self) -> Result<(), KapiError> {
        let poll = entry!(self, net_poll)?;
        // SAFETY: no arguments.
        unsafe { poll() };
        Ok(())
    }

    pub fn net_ip(&self) -> Result<u32, KapiError> {
        let get_ip = entry!(self, net_get_ip)?;
        // SAFETY: no arguments.
        Ok(unsafe { get_ip() })
    }

    pub fn net_mac(&self) -> Result<[u8; 6], KapiError> {
        let get_mac = entry!(self, net_get_mac)?;
        let mut mac = [0u8; 6];
        // SAFETY: `mac` has the six bytes a MAC address needs.
        unsafe { get_mac(mac.as_mut_ptr()) };
        Ok(mac)
    }

    /// The IP of `hostname`, or `Failed` (the kernel's 0).
    pub fn dns_resolve(&self, hostname: &[u8]) -> Result<u32, KapiError> {
        let resolve = entry!(self, dns_resolve)?;
        let name = CStrBuf::<{ HOSTNAME_MAX + 1 }>::new(hostname)?;
        // SAFETY: `name` is NUL-terminated and outlives the call.
        match unsafe { resolve(name.as_ptr()) } {
            0 => Err(KapiError::Failed),
            ip => Ok(ip),
        }
    }

    pub fn tcp_connect(&self, ip: u32, port: u16) -> Result<i32, KapiError> {
        let connect = entry!(self, tcp_connect)?;
        // SAFETY: plain integer arguments.
        non_negative(unsafe { connect(ip, port) })
    }

    /// Bytes sent.
    pub fn tcp_send(&self, sock: i32, data: &[u8]) -> Result<usize, KapiError> {
        let send = entry!(self, tcp_send)?;
        let len = u32_len(data.len())?;
        // SAFETY: `data` has `len` readable bytes.
        let sent = non_negative(unsafe { send(sock, data.as_ptr().cast(), len) })?;
        Ok(usize::try_from(sent).unwrap_or(0).min(data.len()))
    }

    /// Bytes received (0 = nothing yet); `Failed` when closed.
    pub fn tcp_recv(&self, sock: i32, buf: &mut [u8]) -> Result<usize, KapiError> {
        let recv = entry!(self, tcp_recv)?;
        let len = u32_len(buf.len())?;
        // SAFETY: `buf` has `len` writable bytes.
        let got = non_negative(unsafe { recv(sock, buf.as_mut_ptr().cast(), len) })?;
        Ok(usize::try_from(got).unwrap_or(0).min(buf.len()))
    }

    pub fn tcp_close(&self, sock: i32) -> Result<(), KapiError> {
        let close = entry!(self, tcp_close)?;
        // SAFETY: plain integer argument.
        unsafe { close(sock) };
        Ok(())
    }

    pub fn tcp_is_connected(&self, sock: i32) -> Result<bool, KapiError> {
        let is_connected = entry!(self, tcp_is_connected)?;
        // SAFETY: plain integer argument.
        Ok(unsafe { is_connected(sock) } > 0)
    }

    pub fn tls_connect(&self, ip: u32, port: u16, hostname: &[u8]) -> Result<i32, KapiError> {
        let connect = entry!(self, tls_connect)?;
        let name = CStrBuf::<{ HOSTNAME_MAX + 1 }>::new(hostname)?;
        // SAFETY: `name` is NUL-terminated and outlives the call.
        non_negative(unsafe { connect(ip, port, name.as_ptr()) })
    }

    pub fn tls_send(&self, sock: i32, data: &[u8]) -> Result<usize, KapiError> {
        let send = entry!(self, tls_send)?;
        let len = u32_len(data.len())?;
        // SAFETY: `data` has `len` readable bytes.
        let sent = non_negative(unsafe { send(sock, data.as_ptr().cast(), len) })?;
        Ok(usize::try_from(sent).unwrap_or(0).min(data.len()))
    }

    pub fn tls_recv(&self, sock: i32, buf: &mut [u8]) -> Result<usize, KapiError> {
        let recv = entry!(self, tls_recv)?;
        let len = u32_len(buf.len())?;
        // SAFETY: `buf` has `len` writable bytes.
        let got = non_negative(unsafe { recv(sock, buf.as_mut_ptr().cast(), len) })?;
        Ok(usize::try_from(got).unwrap_or(0).min(buf.len()))
    }

    pub fn tls_close(&self, sock: i32) -> Result<(), KapiError> {
        let close = entry!(self, tls_close)?;
        // SAFETY: plain integer argument.
        unsafe { close(sock) };
        Ok(())
    }

    pub fn tls_is_connected(&self, sock: i32) -> Result<bool, KapiError> {
        let is_connected = entry!(self, tls_is_connected)?;
        // SAFETY: plain integer argument.
        Ok(unsafe { is_connected(sock) } > 0)
    }

    /// Whether `dma_*` copies are available on this machine.
    pub fn dma_available(&self) -> Result<bool, KapiError> {
        let available = entry!(self, dma_available)?;
        // SAFETY: no arguments.
        Ok(unsafe { available() } != 0)
    }
}
