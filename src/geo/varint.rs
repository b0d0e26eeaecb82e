//! LEB128 varints with zigzag signs: the byte format of the embedded world outlines.
//!
//! Shared with `build.rs`; `std` only.

/// Appends `n` as an unsigned LEB128 varint.
pub fn write_unsigned(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8 & 0x7f) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Appends `n` zigzag-encoded, so small negative numbers take one byte too.
pub fn write_signed(out: &mut Vec<u8>, n: i64) {
    write_unsigned(out, ((n << 1) ^ (n >> 63)) as u64);
}

/// Reads varints from a byte slice; a truncated or overlong input reads as `None`.
pub struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// Starts at the first byte.
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, pos: 0 }
    }

    /// The next unsigned varint.
    pub fn unsigned(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.bytes.get(self.pos)?;
            self.pos += 1;
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(n);
            }
        }
        None
    }

    /// The next zigzag-encoded signed varint.
    pub fn signed(&mut self) -> Option<i64> {
        self.unsigned().map(|u| ((u >> 1) as i64) ^ -((u & 1) as i64))
    }

    /// The next unsigned varint as a count or an index.
    pub fn count(&mut self) -> Option<usize> {
        self.unsigned().and_then(|n| usize::try_from(n).ok())
    }

    /// The next `len` bytes.
    pub fn bytes(&mut self, len: usize) -> Option<&'a [u8]> {
        let slice = self.bytes.get(self.pos..self.pos.checked_add(len)?)?;
        self.pos += len;
        Some(slice)
    }

    /// True once every byte has been read.
    pub fn is_done(&self) -> bool {
        self.pos == self.bytes.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_edge_values() {
        let values = [0, 1, -1, 63, -64, 64, -65, 8191, -8192, i64::from(i32::MAX), i64::MIN, i64::MAX];
        let mut out = Vec::new();
        for &v in &values {
            write_signed(&mut out, v);
        }
        write_unsigned(&mut out, u64::MAX);
        let mut r = Reader::new(&out);
        for &v in &values {
            assert_eq!(r.signed(), Some(v));
        }
        assert_eq!(r.unsigned(), Some(u64::MAX));
        assert!(r.is_done());
    }

    #[test]
    fn small_numbers_take_one_byte() {
        let mut out = Vec::new();
        for v in -64..64 {
            write_signed(&mut out, v);
        }
        assert_eq!(out.len(), 128);
    }

    #[test]
    fn truncated_and_overlong_input_reads_as_none() {
        assert_eq!(Reader::new(&[0x80]).unsigned(), None);
        assert_eq!(Reader::new(&[0xff; 11]).unsigned(), None);
        assert_eq!(Reader::new(&[2, 1]).bytes(3), None);
    }
}
