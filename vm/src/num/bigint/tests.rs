//! Tests of the big-integer layer: random values against `i128` arithmetic, large known
//! values computed by CPython, algebraic identities on multi-limb operands, and the
//! rare paths (Knuth D's add-back, Karatsuba, rounding to f64).

use alloc::string::ToString;
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

use super::owned::big;
use super::*;

/// xorshift64*: deterministic, good enough to spread bits over limbs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A signed value of up to `max_bits` bits, biased toward edge shapes.
    fn int(&mut self, max_bits: u32) -> i128 {
        let bits = (self.next() % u64::from(max_bits + 1)) as u32;
        let raw = (u128::from(self.next()) << 64 | u128::from(self.next())) as i128;
        let v = match self.next() % 8 {
            0 => (1i128 << bits.min(126)) - 1,
            1 => 1i128 << bits.min(126),
            _ => raw & ((1i128 << bits.min(126)) - 1),
        };
        if self.next().is_multiple_of(2) {
            -v
        } else {
            v
        }
    }

    /// A magnitude of `len` limbs drawn from values that stress carries and Knuth D's
    /// estimates.
    fn limbs(&mut self, len: usize, special: bool) -> Vec<u32> {
        const EDGES: [u32; 6] = [0, 1, 0x7fff_ffff, 0x8000_0000, 0xffff_fffe, 0xffff_ffff];
        let mut v: Vec<u32> = (0..len)
            .map(|_| {
                if special {
                    EDGES[(self.next() % 6) as usize]
                } else {
                    self.next() as u32
                }
            })
            .collect();
        if let Some(top) = v.last_mut() {
            if *top == 0 {
                *top = 1;
            }
        }
        v
    }
}

fn b(v: i128) -> BigIntOwned {
    BigIntOwned::from_i128(v)
}

fn py_floordiv(a: i128, b: i128) -> (i128, i128) {
    let (q, r) = (a / b, a % b);
    if r != 0 && ((r < 0) != (b < 0)) {
        (q - 1, r + b)
    } else {
        (q, r)
    }
}

#[test]
fn random_against_i128() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for _ in 0..20_000 {
        let x = rng.int(124);
        let y = rng.int(124);
        let (bx, by) = (b(x), b(y));
        assert_eq!(bx.to_i128(), Some(x));
        assert_eq!(bx.add(&by).to_i128(), Some(x + y), "{x} + {y}");
        assert_eq!(bx.sub(&by).to_i128(), Some(x - y), "{x} - {y}");
        assert_eq!(bx.cmp(&by), x.cmp(&y));
        for (op, expect) in [(BitOp::And, x & y), (BitOp::Or, x | y), (BitOp::Xor, x ^ y)] {
            assert_eq!(bx.bitop(op, &by).to_i128(), Some(expect), "{x} {op:?} {y}");
        }
        assert_eq!(bx.not().to_i128(), Some(!x));
        let (sx, sy) = (x >> 64, y >> 64);
        assert_eq!(b(sx).mul(&b(sy)).to_i128(), Some(sx * sy), "{sx} * {sy}");
        if y != 0 {
            let (q, r) = bx.divmod(&by).unwrap();
            let (eq, er) = py_floordiv(x, y);
            assert_eq!(
                (q.to_i128(), r.to_i128()),
                (Some(eq), Some(er)),
                "divmod({x}, {y})"
            );
            let (q, r) = bx.divmod(&b(sy | 1)).unwrap();
            let (eq, er) = py_floordiv(x, sy | 1);
            assert_eq!(
                (q.to_i128(), r.to_i128()),
                (Some(eq), Some(er)),
                "divmod({x}, {})",
                sy | 1
            );
        } else {
            assert_eq!(bx.divmod(&by), Err(BigIntError::ZeroDivision));
        }
        let shift = rng.next() % 130;
        assert_eq!(
            bx.shr(shift).to_i128(),
            Some(x >> shift.min(127)),
            "{x} >> {shift}"
        );
        let small = x >> 80;
        if shift < 80 {
            assert_eq!(
                b(small).shl(shift).to_i128(),
                Some(small << shift),
                "{small} << {shift}"
            );
        }
        assert_eq!(bx.to_string(), x.to_string());
        assert_eq!(
            b(x.abs()).to_string_radix(16),
            alloc::format!("{:x}", x.abs())
        );
        assert_eq!(
            b(x.abs()).to_string_radix(2),
            alloc::format!("{:b}", x.abs())
        );
        assert_eq!(
            b(x.abs()).to_string_radix(8),
            alloc::format!("{:o}", x.abs())
        );
        assert_eq!(BigIntOwned::parse(&x.to_string(), 10).unwrap(), bx);
        assert_eq!(bx.to_f64(), Ok(x as f64), "float({x})");
        assert_eq!(to_i64(bx.view()), i64::try_from(x).ok());
        assert_eq!(to_u64(bx.view()), u64::try_from(x).ok());
    }
}

#[test]
fn pow_against_i128() {
    let mut rng = Rng(99);
    for _ in 0..2000 {
        let base = rng.int(20);
        let exp = rng.next() % 12;
        if let Some(expect) = base.checked_pow(exp as u32) {
            assert_eq!(b(base).pow(exp).to_i128(), Some(expect), "{base} ** {exp}");
        }
        let m = rng.int(40);
        if m != 0 && base != 0 {
            let e = rng.int(30).abs();
            let mut acc: i128 = 1;
            for _ in 0..e.min(200) {
                acc = py_floordiv(acc * base, m).1;
            }
            if e <= 200 {
                let expect = py_floordiv(acc, m).1;
                assert_eq!(
                    b(base).pow_mod(&b(e), &b(m)).to_i128(),
                    Some(expect),
                    "pow({base}, {e}, {m})"
                );
            }
        }
    }
    assert_eq!(b(5).pow_mod(&b(0), &b(1)).to_i128(), Some(0));
    assert_eq!(b(2).pow_mod(&b(0), &b(-3)).to_i128(), Some(-2));
    assert_eq!(b(1).pow(u64::MAX).to_i128(), Some(1));
    assert_eq!(b(-1).pow(u64::MAX).to_i128(), Some(-1));
    assert_eq!(b(0).pow(0).to_i128(), Some(1));
    assert_eq!(pow_len(&[2], u64::MAX), None);
}

const FACTORIAL_100: &str = "93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000";
const TWO_POW_1000: &str = "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376";

#[test]
fn known_big_values() {
    let mut f = b(1);
    for i in 1..=100 {
        f = f.mul(&b(i));
    }
    assert_eq!(f.to_string(), FACTORIAL_100);
    assert_eq!(big(FACTORIAL_100), f);
    let two = b(2).pow(1000);
    assert_eq!(two.to_string(), TWO_POW_1000);
    assert_eq!(b(1).shl(1000), two);
    assert_eq!(two.shr(999), b(2));

    let a = b(3).pow(500);
    let d = b(7).pow(100);
    let q = "11241476538065262090520141446092930743018580454115809644111220293830790737026411651251414110528931175632015024873837878940186837610183085210798276054427946";
    let r = "1204253512422783957378962909312068963540723736861214357085225616702974881463758422055";
    let r_neg =
        "2030222997201974033965684859788147847316479462043411043848669714688716578173169637946";
    assert_eq!(a.floordiv(&d).to_string(), q);
    assert_eq!(a.modulo(&d).to_string(), r);
    let q_neg = alloc::format!("-{}", big(q).add(&b(1)));
    assert_eq!(a.neg().floordiv(&d).to_string(), q_neg);
    assert_eq!(a.neg().modulo(&d).to_string(), r_neg);
    assert_eq!(a.floordiv(&d.neg()).to_string(), q_neg);
    assert_eq!(a.modulo(&d.neg()).to_string(), alloc::format!("-{r_neg}"));
    assert_eq!(a.neg().floordiv(&d.neg()).to_string(), q);
    assert_eq!(a.neg().modulo(&d.neg()).to_string(), alloc::format!("-{r}"));

    assert_eq!(
        b(3).pow(200).to_string_radix(16),
        "1fd5863c3eb0469ec21a937a76f3432ffd73d97e447606b683ecf6f6e4a7ae225bfaff1eaaf8b0a1"
    );
    assert_eq!(
        b(3).pow(100).to_string_radix(8),
        "55106247451471566412626640767353532243725271716011721"
    );
    assert_eq!(
        b(3).pow(40).to_string_radix(2),
        "1010100010111000101101000101001000101001000111111110100000100001"
    );
    assert_eq!(
        b(36).pow(30).to_string_radix(36),
        alloc::format!("1{}", "0".repeat(30))
    );

    let m = big("1_000_000_000_000_000_000_000_000_000_057");
    assert_eq!(
        big("12345678901234567890")
            .pow_mod(&big("98765432109876543210"), &m)
            .to_string(),
        "254352563798918902598778017825"
    );
    assert_eq!(
        big("-12345678901234567890")
            .pow_mod(&big("98765432109876543211"), &m.neg())
            .to_string(),
        "-630210634129426446963660389828"
    );
    let mersenne = |p: u64| b(1).shl(p).sub(&b(1));
    assert_eq!(
        mersenne(521).pow_mod(&b(3).pow(100), &mersenne(607)).to_string(),
        "101878067385609930134288645241050375770011065077580878384457636554675458142509659183672493685993325841273025832806981541717495379490365003945175122927020954171028062373350566651786170"
    );
}

#[test]
fn radix_round_trips_on_big_values() {
    let mut rng = Rng(7);
    for len in [1usize, 2, 3, 10, 50, 200] {
        let v = BigIntOwned::from_mag(false, &rng.limbs(len, false));
        for radix in 2..=36 {
            let text = v.to_string_radix(radix);
            assert_eq!(
                BigIntOwned::parse(&text, radix).unwrap(),
                v,
                "radix {radix}"
            );
            let mut out = vec![0u32; from_str_radix_len(text.len(), radix)];
            let n = from_str_radix(text.as_bytes(), radix, &mut out).unwrap();
            assert_eq!(&out[..n], &v.mag[..]);
        }
    }
    assert_eq!(b(0).to_string_radix(7), "0");
}

#[test]
fn parse_int_follows_python_rules() {
    let ok: &[(&str, u32, i128)] = &[
        ("  42\n", 10, 42),
        ("-0", 10, 0),
        ("+1_000", 10, 1000),
        ("0x_ff", 0, 255),
        ("0XFF", 16, 255),
        ("ff", 16, 255),
        ("0b1010", 0, 10),
        ("0o17", 0, 15),
        ("0o17", 8, 15),
        ("0b1", 16, 0xb1),
        ("00", 0, 0),
        ("0_0", 0, 0),
        ("010", 10, 10),
        ("z", 36, 35),
        ("\u{a0}7\u{2003}", 10, 7),
        ("-0x10", 0, -16),
    ];
    for &(text, base, expect) in ok {
        assert_eq!(
            BigIntOwned::parse(text, base).map(|v| v.to_i128()),
            Ok(Some(expect)),
            "{text:?}"
        );
    }
    let bad: &[(&str, u32)] = &[
        ("", 10),
        ("  ", 10),
        ("_1", 10),
        ("1_", 10),
        ("1__0", 10),
        ("0x", 16),
        ("0x__1", 16),
        ("010", 0),
        ("0_7", 0),
        ("12a", 10),
        ("- 1", 10),
        ("1.0", 10),
        ("0b2", 0),
        ("++1", 10),
        ("٣", 10),
    ];
    for &(text, base) in bad {
        assert_eq!(
            BigIntOwned::parse(text, base),
            Err(BigIntError::InvalidLiteral),
            "{text:?}"
        );
    }
    assert_eq!(BigIntOwned::parse("1", 1), Err(BigIntError::InvalidRadix));
    assert_eq!(BigIntOwned::parse("1", 37), Err(BigIntError::InvalidRadix));
}

/// Checks `q * d + r == n` and `0 <= r < d` for magnitudes.
fn check_division(n: &[u32], d: &[u32]) {
    let (nb, db) = (
        BigIntOwned::from_mag(false, n),
        BigIntOwned::from_mag(false, d),
    );
    let (q, r) = nb.divmod(&db).unwrap();
    assert!(r < db, "remainder too large");
    assert!(!r.negative && !q.negative);
    assert_eq!(q.mul(&db).add(&r), nb, "q*d + r != n for {n:x?} / {d:x?}");
}

#[test]
fn division_identities_and_add_back() {
    let before = div::ADD_BACKS.load(core::sync::atomic::Ordering::Relaxed);
    let mut rng = Rng(0xdead_beef);
    for round in 0..4000 {
        let special = round % 2 == 0;
        let dl = 2 + (rng.next() % 6) as usize;
        let nl = dl + (rng.next() % 6) as usize;
        check_division(&rng.limbs(nl, special), &rng.limbs(dl, special));
    }
    // Hacker's Delight's add-back cases, little-endian limbs
    check_division(&[3, 0, 0x8000_0000], &[1, 0, 0x2000_0000]);
    check_division(&[0, 0, 0x8000, 0x7fff], &[1, 0, 0x8000]);
    check_division(&[0, 0xffff_fffe, 0x8000], &[0xffff, 0x8000]);
    let after = div::ADD_BACKS.load(core::sync::atomic::Ordering::Relaxed);
    assert!(after > before, "the add-back step was never exercised");
    // quotient limb estimates at the u32 boundary
    check_division(&[0xffff_ffff; 8], &[0xffff_ffff; 4]);
    check_division(&[0, 0, 0, 0, 1], &[0xffff_ffff, 0xffff_ffff]);
    check_division(&[0, 0, 0x8000_0000], &[1, 0x8000_0000]);
}

#[test]
fn division_lengths_and_small_divisors() {
    let mut q = [0u32; 4];
    let mut r = [0u32; 4];
    assert_eq!(divmod_mag(&[5], &[7], &mut q, &mut r, &mut []), Ok((0, 1)));
    assert_eq!(r[0], 5);
    assert_eq!(
        divmod_mag(&[5], &[], &mut q, &mut r, &mut []),
        Err(BigIntError::ZeroDivision)
    );
    assert_eq!(
        divmod_mag(&[10, 1], &[3], &mut q, &mut r, &mut []),
        Ok((1, 1))
    );
    assert_eq!(
        (q[0], r[0]),
        (
            ((1u64 << 32 | 10) / 3) as u32,
            ((1u64 << 32 | 10) % 3) as u32
        )
    );
    assert_eq!(divmod_small(&[0, 1], 2, &mut q), Ok((1, 0)));
    assert_eq!(q[0], 1 << 31);
    assert_eq!(
        divmod_small(&[1], 0, &mut q),
        Err(BigIntError::ZeroDivision)
    );
    // too-small buffers are errors, not panics
    assert_eq!(
        divmod_mag(&[1, 2, 3], &[1, 2], &mut [0; 1], &mut r, &mut [0; 6]),
        Err(BigIntError::BufferTooSmall)
    );
    assert_eq!(
        add_mag(&[1], &[2], &mut [0; 1]),
        Err(BigIntError::BufferTooSmall)
    );
    assert_eq!(
        mul_mag(&[1; 40], &[1; 40], &mut [0; 80], &mut [0; 3]),
        Err(BigIntError::BufferTooSmall)
    );
    assert_eq!(sub_mag(&[1], &[2], &mut [0; 1]), Err(BigIntError::Negative));
    assert_eq!(sub_mag(&[0, 1], &[1], &mut [0; 2]), Ok(1));
    assert_eq!(
        mul_small_add(&[0xffff_ffff], 0xffff_ffff, 5, &mut [0; 2]),
        Ok(2)
    );
    assert_eq!(cmp_mag(&[1, 0, 0], &[1]), Ordering::Equal);
}

#[test]
fn karatsuba_matches_schoolbook() {
    let mut rng = Rng(42);
    let sizes = [
        (32, 32),
        (33, 33),
        (64, 64),
        (65, 31),
        (100, 100),
        (100, 40),
        (257, 70),
        (300, 299),
        (1000, 1000),
        (333, 1000),
    ];
    for (i, &(la, lb)) in sizes.iter().enumerate() {
        let a = rng.limbs(la, i % 2 == 0);
        let c = rng.limbs(lb, i % 3 == 0);
        let mut fast = vec![0u32; mul_mag_len(la, lb)];
        let mut scratch = vec![0u32; mul_scratch_len(la, lb)];
        let n = mul_mag(&a, &c, &mut fast, &mut scratch).unwrap();
        let mut slow = vec![0u32; la + lb];
        mul::schoolbook(&a, &c, &mut slow);
        assert_eq!(&fast[..n], trim(&slow), "{la} x {lb}");
    }
    // all-ones operands maximize every carry
    let ones = vec![u32::MAX; 200];
    let p = BigIntOwned::from_mag(false, &ones);
    let square = p.mul(&p);
    // (B^n - 1)^2 = B^2n - 2·B^n + 1
    let bn = b(1).shl(32 * 200);
    assert_eq!(square, bn.mul(&bn).sub(&bn.shl(1)).add(&b(1)));
}

#[test]
fn pow_and_multiplication_agree_on_big_operands() {
    let x = big("123456789012345678901234567890123456789");
    let mut acc = b(1);
    for _ in 0..37 {
        acc = acc.mul(&x);
    }
    assert_eq!(x.pow(37), acc);
    assert_eq!(x.neg().pow(37), acc.neg());
    assert_eq!(b(3).pow(20_000).modulo(&b(1_000_000_007)).to_string(), {
        let mut r: u64 = 1;
        for _ in 0..20_000 {
            r = r * 3 % 1_000_000_007;
        }
        r.to_string()
    });
}

#[test]
fn shifts_round_toward_negative_infinity() {
    let v = b(-1).shl(200).sub(&b(1));
    assert_eq!(v.shr(200), b(-2));
    assert_eq!(b(-1).shl(200).shr(200), b(-1));
    assert_eq!(b(-5).shr(1000), b(-1));
    assert_eq!(b(5).shr(1000), b(0));
    assert_eq!(b(0).shl(1000), b(0));
    assert_eq!(shl_len(usize::MAX, 64), None);
}

#[test]
fn bitwise_on_multi_limb_negatives() {
    let a = b(-1).shl(100);
    let c = b(1).shl(100).sub(&b(1));
    assert_eq!(a.bitop(BitOp::And, &c), b(0));
    assert_eq!(a.bitop(BitOp::Or, &c), b(-1));
    assert_eq!(a.bitop(BitOp::Xor, &c), b(-1));
    // -(2^32 - 1) ^ 1 == -2^32 needs a limb more than either operand
    assert_eq!(b(-(1 << 32) + 1).bitop(BitOp::Xor, &b(1)), b(-(1 << 32)));
    assert_eq!(
        b(-(1i128 << 64)).bitop(BitOp::And, &b(-(1i128 << 64))),
        b(-(1i128 << 64))
    );
    assert_eq!(
        big("-340282366920938463463374607431768211456")
            .not()
            .to_string(),
        "340282366920938463463374607431768211455"
    );
}

#[test]
fn float_conversion_rounds_half_even() {
    let pow2 = |e: u64| b(1).shl(e);
    assert_eq!(pow2(1024).sub(&pow2(971)).to_f64(), Ok(f64::MAX));
    assert_eq!(pow2(1024).sub(&pow2(970)).sub(&b(1)).to_f64(), Ok(f64::MAX));
    assert_eq!(
        pow2(1024).sub(&pow2(970)).to_f64(),
        Err(BigIntError::Overflow)
    );
    assert_eq!(pow2(53).add(&b(1)).to_f64(), Ok(9007199254740992.0));
    assert_eq!(pow2(53).add(&b(3)).to_f64(), Ok(9007199254740996.0));
    assert_eq!(
        pow2(64).add(&pow2(11)).neg().to_f64(),
        Ok(-1.8446744073709552e19)
    );
    assert_eq!(
        pow2(64).add(&pow2(11)).add(&b(1)).neg().to_f64(),
        Ok(-1.8446744073709556e19)
    );
    assert_eq!(
        pow2(64).add(&pow2(12)).sub(&b(1)).to_f64(),
        Ok(1.8446744073709556e19)
    );
    assert_eq!(b(3).pow(300).to_f64(), Ok(1.3689147905858837e143));
    assert_eq!(b(0).to_f64(), Ok(0.0));
}

#[test]
fn float_to_int_is_exact_truncation() {
    assert_eq!(BigIntOwned::from_f64(1e300).unwrap().to_string(), "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160");
    assert_eq!(BigIntOwned::from_f64(-2.9).unwrap(), b(-2));
    assert_eq!(BigIntOwned::from_f64(0.5).unwrap(), b(0));
    assert_eq!(BigIntOwned::from_f64(-0.0).unwrap(), b(0));
    assert_eq!(
        BigIntOwned::from_f64(f64::MAX).unwrap(),
        b(1).shl(1024).sub(&b(1).shl(971))
    );
    assert_eq!(
        BigIntOwned::from_f64(-2251799813685248.5).unwrap(),
        b(-2251799813685248)
    );
    assert_eq!(
        BigIntOwned::from_f64(f64::NAN),
        Err(BigIntError::NotANumber)
    );
    assert_eq!(
        BigIntOwned::from_f64(f64::NEG_INFINITY),
        Err(BigIntError::Overflow)
    );
    let mut rng = Rng(3);
    for _ in 0..5000 {
        let x = f64::from_bits(rng.next());
        if let Ok(v) = BigIntOwned::from_f64(x) {
            if x.abs() < 1e38 {
                assert_eq!(v.to_i128(), Some(x as i128), "{x}");
            }
            assert_eq!(
                v.to_f64().unwrap(),
                if x.abs() < 1.0 { 0.0 } else { x - x % 1.0 },
                "{x}"
            );
        }
    }
}

#[test]
fn compare_with_float_is_exact() {
    let two53 = b(1).shl(53);
    assert_eq!(
        cmp_f64(two53.add(&b(1)).view(), 9007199254740992.0),
        Some(Ordering::Greater)
    );
    assert_eq!(
        cmp_f64(two53.view(), 9007199254740992.0),
        Some(Ordering::Equal)
    );
    assert_eq!(cmp_f64(b(2).view(), 2.5), Some(Ordering::Less));
    assert_eq!(cmp_f64(b(-2).view(), -2.5), Some(Ordering::Greater));
    assert_eq!(cmp_f64(b(-3).view(), -2.5), Some(Ordering::Less));
    assert_eq!(cmp_f64(b(0).view(), -0.0), Some(Ordering::Equal));
    assert_eq!(cmp_f64(b(0).view(), 1e-300), Some(Ordering::Less));
    assert_eq!(
        cmp_f64(b(1).shl(2000).view(), f64::MAX),
        Some(Ordering::Greater)
    );
    assert_eq!(
        cmp_f64(b(1).shl(2000).view(), f64::INFINITY),
        Some(Ordering::Less)
    );
    assert_eq!(
        cmp_f64(b(1).shl(2000).neg().view(), f64::NEG_INFINITY),
        Some(Ordering::Greater)
    );
    assert_eq!(cmp_f64(b(1).view(), f64::NAN), None);
}

#[test]
fn true_division_is_correctly_rounded() {
    let pow2 = |e: u64| b(1).shl(e);
    let p10 = |e: u64| b(10).pow(e);
    let cases: &[(BigIntOwned, BigIntOwned, Result<f64, BigIntError>)] = &[
        (p10(400).add(&b(1)), p10(399), Ok(10.0)),
        (b(1), pow2(1074), Ok(5e-324)),
        (b(1), pow2(1075), Ok(0.0)),
        (b(3), pow2(1076), Ok(5e-324)),
        (pow2(1075).add(&b(1)), pow2(2150), Ok(5e-324)),
        (p10(500), b(7).pow(300), Ok(2.955207605012408e246)),
        (
            b(7).pow(400).neg(),
            b(3).pow(20),
            Err(BigIntError::Overflow),
        ),
        (pow2(60).add(&b(1)), pow2(60).sub(&b(1)), Ok(1.0)),
        (
            p10(30),
            b(3).mul(&p10(29)).add(&b(1)),
            Ok(3.3333333333333335),
        ),
        (p10(400), b(3), Err(BigIntError::Overflow)),
        (pow2(1074), pow2(2148), Ok(5e-324)),
        (pow2(53).add(&b(1)), pow2(1127), Ok(5e-324)),
        (pow2(1024).sub(&pow2(970)).sub(&b(1)), b(1), Ok(f64::MAX)),
        (p10(309), b(10), Ok(1e308)),
        (b(7).pow(500), b(7).pow(499), Ok(7.0)),
        (pow2(2000).add(&b(1)), pow2(1999), Ok(2.0)),
        (b(1), p10(330), Ok(0.0)),
        (b(-1), b(3).pow(700), Ok(-0.0)),
        (
            pow2(1023).mul(&b(3)).add(&b(1)),
            b(3),
            Ok(8.98846567431158e307),
        ),
        (b(7), b(2), Ok(3.5)),
        (b(1), b(0), Err(BigIntError::ZeroDivision)),
    ];
    for (n, d, expect) in cases {
        let got = n.true_div(d);
        assert_eq!(got.map(f64::to_bits), expect.map(f64::to_bits), "{n} / {d}");
    }
    assert_eq!(
        b(0).true_div(&p10(30).neg()).map(|v| v.to_bits()),
        Ok((-0.0f64).to_bits())
    );
}

#[test]
fn bytes_round_trip_with_python_semantics() {
    let cases: &[(i128, usize, bool)] = &[
        (0, 0, false),
        (255, 1, false),
        (-128, 1, true),
        (127, 1, true),
        (1 << 40, 6, false),
        (-(1 << 40), 6, true),
        (-1, 9, true),
        (0x0102_0304_0506, 7, true),
    ];
    for &(v, len, signed) in cases {
        for big_endian in [false, true] {
            let mut bytes = vec![0u8; len];
            to_bytes(b(v).view(), &mut bytes, big_endian, signed).unwrap();
            let expect: Vec<u8> = (0..len).map(|i| (v >> (8 * i)) as u8).collect();
            let expect: Vec<u8> = if big_endian {
                expect.into_iter().rev().collect()
            } else {
                expect
            };
            assert_eq!(bytes, expect, "{v}");
            let mut out = vec![0u32; from_bytes_len(len)];
            let r = from_bytes(&bytes, big_endian, signed, &mut out).unwrap();
            assert_eq!(r.view(&out), b(v).view());
        }
    }
    let mut two = [0u8; 2];
    assert_eq!(
        to_bytes(b(256).view(), &mut two[..1], true, false),
        Err(BigIntError::Overflow)
    );
    assert_eq!(
        to_bytes(b(128).view(), &mut two[..1], true, true),
        Err(BigIntError::Overflow)
    );
    assert_eq!(
        to_bytes(b(-129).view(), &mut two[..1], true, true),
        Err(BigIntError::Overflow)
    );
    assert_eq!(
        to_bytes(b(-1).view(), &mut two, true, false),
        Err(BigIntError::Negative)
    );
    assert_eq!(
        to_bytes(b(-1).view(), &mut [], true, true),
        Err(BigIntError::Overflow)
    );
    let mut out = [0u32; 3];
    let r = from_bytes(&[0xff; 9], false, false, &mut out).unwrap();
    assert_eq!(r.view(&out), b((1 << 72) - 1).view());
    let r = from_bytes(&[0x80, 0, 0, 0, 0], true, true, &mut out).unwrap();
    assert_eq!(r.view(&out), b(-(1 << 39)).view());
}

#[test]
fn bit_length_and_count() {
    assert_eq!(bit_length(&[]), 0);
    assert_eq!(bit_length(&[1]), 1);
    assert_eq!(bit_length(&[0, 0x8000_0000, 0]), 64);
    assert_eq!(bit_count(&[0xff, 3]), 10);
}
