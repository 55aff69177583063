//! Sound and network entries (present on VibeOS, absent on the Linux host, where they
//! raise OSError(ENOSYS)). IPv4 addresses are dotted strs in Python (an int in kapi's
//! host order is accepted too); sockets are the kernel's small ints. Only the blocking
//! sound calls are offered: `sound_play_pcm_async` would need the samples to outlive the
//! call, which a GC-heap bytes object cannot promise.

use super::{arg, bytes_arg, int_in, int_value, kapi, text_arg, vibe_fn, OrRaise};
use alloc::vec::Vec;
use vm::interp::{PyResult, Vm};
use vm::modules::ModuleMember;
use vm::objects::bytes::new_bytes;
use vm::objects::str::{str_of, StrBuilder};
use vm::qstr::{self, Qstr};
use vm::value::Value;

/// Largest `tcp_recv`/`tls_recv` request.
const RECV_MAX: i64 = 64 * 1024;

pub static MEMBERS: &[(Qstr, ModuleMember)] = &[
    (
        qstr::sound_play_wav,
        ModuleMember::Function(&SOUND_PLAY_WAV),
    ),
    (
        qstr::sound_play_pcm,
        ModuleMember::Function(&SOUND_PLAY_PCM),
    ),
    (qstr::sound_stop, ModuleMember::Function(&SOUND_STOP)),
    (qstr::sound_pause, ModuleMember::Function(&SOUND_PAUSE)),
    (qstr::sound_resume, ModuleMember::Function(&SOUND_RESUME)),
    (
        qstr::sound_is_playing,
        ModuleMember::Function(&SOUND_IS_PLAYING),
    ),
    (
        qstr::sound_is_paused,
        ModuleMember::Function(&SOUND_IS_PAUSED),
    ),
    (qstr::net_ip, ModuleMember::Function(&NET_IP)),
    (qstr::net_mac, ModuleMember::Function(&NET_MAC)),
    (qstr::net_poll, ModuleMember::Function(&NET_POLL)),
    (qstr::dns_resolve, ModuleMember::Function(&DNS_RESOLVE)),
    (qstr::ping, ModuleMember::Function(&PING)),
    (qstr::tcp_connect, ModuleMember::Function(&TCP_CONNECT)),
    (qstr::tcp_send, ModuleMember::Function(&TCP_SEND)),
    (qstr::tcp_recv, ModuleMember::Function(&TCP_RECV)),
    (qstr::tcp_close, ModuleMember::Function(&TCP_CLOSE)),
    (
        qstr::tcp_is_connected,
        ModuleMember::Function(&TCP_IS_CONNECTED),
    ),
    (qstr::tls_connect, ModuleMember::Function(&TLS_CONNECT)),
    (qstr::tls_send, ModuleMember::Function(&TLS_SEND)),
    (qstr::tls_recv, ModuleMember::Function(&TLS_RECV)),
    (qstr::tls_close, ModuleMember::Function(&TLS_CLOSE)),
    (
        qstr::tls_is_connected,
        ModuleMember::Function(&TLS_IS_CONNECTED),
    ),
    (qstr::dma_available, ModuleMember::Function(&DMA_AVAILABLE)),
];

// ---- sound -----------------------------------------------------------------------------

vibe_fn!(SOUND_PLAY_WAV, sound_play_wav, 1, 1, |vm, args| {
    let wav = bytes_arg(vm, arg(args, 0), "sound_play_wav")?;
    kapi(vm)?.sound_play_wav(wav).or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(SOUND_PLAY_PCM, sound_play_pcm, 3, 3, |vm, args| {
    let data = bytes_arg(vm, arg(args, 0), "sound_play_pcm")?;
    let channels = int_in(vm, arg(args, 1), "channels", 1, 8)? as u8;
    let rate = int_in(vm, arg(args, 2), "rate", 1, 384_000)? as u32;
    // S16LE samples, copied into aligned i16s (the bytes may sit at any address).
    let mut samples: Vec<i16> = Vec::new();
    samples
        .try_reserve(data.len() / 2)
        .map_err(|_| vm.memory_error())?;
    samples.extend(
        data.chunks_exact(2)
            .map(|pair| i16::from_le_bytes([pair[0], pair[1]])),
    );
    kapi(vm)?
        .sound_play_pcm(&samples, channels, rate)
        .or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(SOUND_STOP, sound_stop, 0, 0, |vm, _args| {
    kapi(vm)?.sound_stop().or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(SOUND_PAUSE, sound_pause, 0, 0, |vm, _args| {
    kapi(vm)?.sound_pause().or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(SOUND_RESUME, sound_resume, 0, 0, |vm, _args| {
    kapi(vm)?.sound_resume().or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(SOUND_IS_PLAYING, sound_is_playing, 0, 0, |vm, _args| {
    let playing = kapi(vm)?.sound_is_playing().or_raise(vm)?;
    Ok(Value::from_bool(playing))
});

vibe_fn!(SOUND_IS_PAUSED, sound_is_paused, 0, 0, |vm, _args| {
    let paused = kapi(vm)?.sound_is_paused().or_raise(vm)?;
    Ok(Value::from_bool(paused))
});

// ---- addresses ---------------------------------------------------------------------------

/// "a.b.c.d" to kapi's host-order u32, or `None` if malformed.
fn parse_ipv4(text: &str) -> Option<u32> {
    let mut ip = 0u32;
    let mut parts = 0;
    for part in text.split('.') {
        if part.is_empty() || part.len() > 3 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        ip = (ip << 8) | u32::from(part.parse::<u8>().ok()?);
        parts += 1;
    }
    (parts == 4).then_some(ip)
}

/// An IPv4 argument: a dotted str or an int 0..2**32.
fn ip_arg(vm: &mut Vm, v: Value) -> PyResult<u32> {
    if let Some(text) = str_of(vm, v) {
        return parse_ipv4(text).ok_or_else(|| vm.value_error("invalid IPv4 address"));
    }
    Ok(int_in(vm, v, "ip", 0, i64::from(u32::MAX))? as u32)
}

fn ip_str(vm: &mut Vm, ip: u32) -> PyResult<Value> {
    let [a, b, c, d] = ip.to_be_bytes();
    let mut text = StrBuilder::new();
    text.push_fmt(vm, format_args!("{}.{}.{}.{}", a, b, c, d))?;
    text.finish(vm)
}

fn port_arg(vm: &mut Vm, v: Value) -> PyResult<u16> {
    Ok(int_in(vm, v, "port", 0, 65535)? as u16)
}

fn sock_arg(vm: &mut Vm, v: Value) -> PyResult<i32> {
    Ok(int_in(vm, v, "sock", 0, i64::from(i32::MAX))? as i32)
}

// ---- network -----------------------------------------------------------------------------

vibe_fn!(NET_IP, net_ip, 0, 0, |vm, _args| {
    let ip = kapi(vm)?.net_ip().or_raise(vm)?;
    ip_str(vm, ip)
});

vibe_fn!(NET_MAC, net_mac, 0, 0, |vm, _args| {
    let [a, b, c, d, e, f] = kapi(vm)?.net_mac().or_raise(vm)?;
    let mut text = StrBuilder::new();
    text.push_fmt(
        vm,
        format_args!(
            "{:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}",
            a, b, c, d, e, f
        ),
    )?;
    text.finish(vm)
});

vibe_fn!(NET_POLL, net_poll, 0, 0, |vm, _args| {
    kapi(vm)?.net_poll().or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(DNS_RESOLVE, dns_resolve, 1, 1, |vm, args| {
    let name = text_arg(vm, arg(args, 0), "dns_resolve")?;
    let ip = kapi(vm)?.dns_resolve(name).or_raise(vm)?;
    ip_str(vm, ip)
});

vibe_fn!(PING, ping, 1, 3, |vm, args| {
    let ip = ip_arg(vm, arg(args, 0))?;
    let seq = match args.get(1) {
        Some(&v) => int_in(vm, v, "seq", 0, 65535)? as u16,
        None => 0,
    };
    let timeout = match args.get(2) {
        Some(&v) => int_in(vm, v, "timeout_ms", 0, 60_000)? as u32,
        None => 1000,
    };
    let ms = kapi(vm)?.net_ping(ip, seq, timeout).or_raise(vm)?;
    int_value(vm, ms.into())
});

/// `connect(ip, port)` for TCP, `connect(ip, port, hostname)` for TLS.
fn connect(vm: &mut Vm, args: &[Value], tls: bool) -> PyResult<Value> {
    let ip = ip_arg(vm, arg(args, 0))?;
    let port = port_arg(vm, arg(args, 1))?;
    let kapi = kapi(vm)?;
    let sock = if tls {
        let host = text_arg(vm, arg(args, 2), "tls_connect")?;
        kapi.tls_connect(ip, port, host).or_raise(vm)?
    } else {
        kapi.tcp_connect(ip, port).or_raise(vm)?
    };
    int_value(vm, sock.into())
}

fn send(vm: &mut Vm, args: &[Value], tls: bool) -> PyResult<Value> {
    let sock = sock_arg(vm, arg(args, 0))?;
    let data = bytes_arg(vm, arg(args, 1), if tls { "tls_send" } else { "tcp_send" })?;
    let kapi = kapi(vm)?;
    let sent = if tls {
        kapi.tls_send(sock, data)
    } else {
        kapi.tcp_send(sock, data)
    }
    .or_raise(vm)?;
    int_value(vm, sent as i64)
}

fn recv(vm: &mut Vm, args: &[Value], tls: bool) -> PyResult<Value> {
    let sock = sock_arg(vm, arg(args, 0))?;
    let max = int_in(vm, arg(args, 1), "max_bytes", 0, RECV_MAX)? as usize;
    let mut buf: Vec<u8> = Vec::new();
    buf.try_reserve(max).map_err(|_| vm.memory_error())?;
    buf.resize(max, 0);
    let kapi = kapi(vm)?;
    let got = if tls {
        kapi.tls_recv(sock, &mut buf)
    } else {
        kapi.tcp_recv(sock, &mut buf)
    }
    .or_raise(vm)?;
    new_bytes(vm, buf.get(..got).unwrap_or(&[]))
}

vibe_fn!(TCP_CONNECT, tcp_connect, 2, 2, |vm, args| connect(
    vm, args, false
));
vibe_fn!(TCP_SEND, tcp_send, 2, 2, |vm, args| send(vm, args, false));
vibe_fn!(TCP_RECV, tcp_recv, 2, 2, |vm, args| recv(vm, args, false));
vibe_fn!(TLS_CONNECT, tls_connect, 3, 3, |vm, args| connect(
    vm, args, true
));
vibe_fn!(TLS_SEND, tls_send, 2, 2, |vm, args| send(vm, args, true));
vibe_fn!(TLS_RECV, tls_recv, 2, 2, |vm, args| recv(vm, args, true));

vibe_fn!(TCP_CLOSE, tcp_close, 1, 1, |vm, args| {
    let sock = sock_arg(vm, arg(args, 0))?;
    kapi(vm)?.tcp_close(sock).or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(TLS_CLOSE, tls_close, 1, 1, |vm, args| {
    let sock = sock_arg(vm, arg(args, 0))?;
    kapi(vm)?.tls_close(sock).or_raise(vm)?;
    Ok(Value::NONE)
});

vibe_fn!(TCP_IS_CONNECTED, tcp_is_connected, 1, 1, |vm, args| {
    let sock = sock_arg(vm, arg(args, 0))?;
    let up = kapi(vm)?.tcp_is_connected(sock).or_raise(vm)?;
    Ok(Value::from_bool(up))
});

vibe_fn!(TLS_IS_CONNECTED, tls_is_connected, 1, 1, |vm, args| {
    let sock = sock_arg(vm, arg(args, 0))?;
    let up = kapi(vm)?.tls_is_connected(sock).or_raise(vm)?;
    Ok(Value::from_bool(up))
});

vibe_fn!(DMA_AVAILABLE, dma_available, 0, 0, |vm, _args| {
    let available = kapi(vm)?.dma_available().or_raise(vm)?;
    Ok(Value::from_bool(available))
});

#[cfg(test)]
mod tests {
    use super::parse_ipv4;

    #[test]
    fn dotted_addresses_parse_to_host_order() {
        assert_eq!(parse_ipv4("10.0.2.15"), Some(0x0A00_020F));
        assert_eq!(parse_ipv4("10.0.2"), None);
        assert_eq!(parse_ipv4("10.0.2.256"), None);
        assert_eq!(parse_ipv4("1.2.3.4.5"), None);
        assert_eq!(parse_ipv4("+1.2.3.4"), None);
    }
}
