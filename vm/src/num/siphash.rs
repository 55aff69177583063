//! CPython 3.11's string and bytes hash: SipHash-1-3 (one compression round, three
//! finalization rounds) with a zero key, which is what CPython uses when
//! `PYTHONHASHSEED=0`. A str is hashed over its PEP 393 buffer (one byte per character
//! when all are below U+0100, two little-endian bytes below U+10000, four otherwise),
//! so set iteration order matches CPython run with that setting.

/// SipHash state fed a byte stream incrementally.
struct SipHasher13 {
    v: [u64; 4],
    tail: u64,
    ntail: u32,
    length: u64,
}

impl SipHasher13 {
    fn new() -> SipHasher13 {
        // The key is (0, 0): the initial state is the spec's constants.
        SipHasher13 {
            v: [
                0x736f_6d65_7073_6575,
                0x646f_7261_6e64_6f6d,
                0x6c79_6765_6e65_7261,
                0x7465_6462_7974_6573,
            ],
            tail: 0,
            ntail: 0,
            length: 0,
        }
    }

    #[inline]
    fn round(&mut self) {
        let [mut v0, mut v1, mut v2, mut v3] = self.v;
        v0 = v0.wrapping_add(v1);
        v2 = v2.wrapping_add(v3);
        v1 = v1.rotate_left(13) ^ v0;
        v3 = v3.rotate_left(16) ^ v2;
        v0 = v0.rotate_left(32);
        v2 = v2.wrapping_add(v1);
        v0 = v0.wrapping_add(v3);
        v1 = v1.rotate_left(17) ^ v2;
        v3 = v3.rotate_left(21) ^ v0;
        v2 = v2.rotate_left(32);
        self.v = [v0, v1, v2, v3];
    }

    #[inline]
    fn compress(&mut self, m: u64) {
        self.v[3] ^= m;
        self.round();
        self.v[0] ^= m;
    }

    #[inline]
    fn write_byte(&mut self, b: u8) {
        self.tail |= u64::from(b) << (8 * self.ntail);
        self.ntail += 1;
        self.length += 1;
        if self.ntail == 8 {
            let m = self.tail;
            self.compress(m);
            self.tail = 0;
            self.ntail = 0;
        }
    }

    fn write(&mut self, data: &[u8]) {
        let mut rest = data;
        if self.ntail == 0 {
            let mut chunks = rest.chunks_exact(8);
            for c in &mut chunks {
                let mut w = [0u8; 8];
                w.copy_from_slice(c);
                self.compress(u64::from_le_bytes(w));
            }
            self.length += (rest.len() - chunks.remainder().len()) as u64;
            rest = chunks.remainder();
        }
        for &b in rest {
            self.write_byte(b);
        }
    }

    fn finish(mut self) -> u64 {
        let b = (self.length << 56) | self.tail;
        self.compress(b);
        self.v[2] ^= 0xff;
        self.round();
        self.round();
        self.round();
        let [v0, v1, v2, v3] = self.v;
        v0 ^ v1 ^ v2 ^ v3
    }
}

/// CPython's final step: the empty input hashes to 0 and -1 (its error marker) to -2.
fn as_python_hash(len: usize, h: u64) -> u64 {
    if len == 0 {
        0
    } else if h == u64::MAX {
        (-2i64) as u64
    } else {
        h
    }
}

/// `hash(b)` for bytes `b` (as a 64-bit pattern; reinterpret as i64 for Python).
pub fn hash_bytes(data: &[u8]) -> u64 {
    let mut s = SipHasher13::new();
    s.write(data);
    as_python_hash(data.len(), s.finish())
}

/// `hash(s)` for str `s`.
pub fn hash_str(s: &str) -> u64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let widest = s.chars().map(u32::from).max().unwrap_or(0);
    let width = if widest < 0x100 {
        1
    } else if widest < 0x1_0000 {
        2
    } else {
        4
    };
    let mut h = SipHasher13::new();
    let mut units = 0;
    for c in s.chars() {
        let bytes = u32::from(c).to_le_bytes();
        for b in bytes.iter().take(width) {
            h.write_byte(*b);
        }
        units += 1;
    }
    as_python_hash(units, h.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    // Values printed by `PYTHONHASHSEED=0 python3.11 -c 'print(hash(x))'`.
    #[test]
    fn matches_cpython_with_zero_seed() {
        assert_eq!(hash_str("a") as i64, 4644417185603328019);
        assert_eq!(hash_bytes(b"a") as i64, 4644417185603328019);
        assert_eq!(hash_str("\u{e9}") as i64, 6047309291227476195);
        assert_eq!(hash_str("\u{20ac}") as i64, -5529981157763016009);
        assert_eq!(hash_str("\u{1f600}") as i64, -3536540696076613844);
        assert_eq!(hash_str(""), 0);
    }

    #[test]
    fn long_inputs_stream_like_whole_ones() {
        let text = "the quick brown fox jumps over the lazy dog, twice over";
        let mut h = SipHasher13::new();
        for b in text.bytes() {
            h.write_byte(b);
        }
        assert_eq!(
            as_python_hash(text.len(), h.finish()),
            hash_bytes(text.as_bytes())
        );
    }
}
