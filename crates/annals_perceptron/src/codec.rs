//! Little-endian binary encoding for model files.
//!
//! A model file is a magic string, a format version, and whatever sections its learner writes
//! with [`ByteWriter`]; [`ByteReader`] reads them back and reports truncation instead of
//! panicking, so a damaged file is an error message, not a crash.

use crate::ModelError;

/// Appends values to a byte buffer.
#[derive(Default, Debug)]
pub struct ByteWriter {
    /// The bytes written so far.
    pub buf: Vec<u8>,
}

impl ByteWriter {
    /// An empty writer.
    pub fn new() -> ByteWriter {
        ByteWriter::default()
    }

    /// Write raw bytes without a length prefix (e.g. a magic string).
    pub fn raw(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
    }

    /// Write a `u8`.
    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }

    /// Write a `u16`.
    pub fn u16(&mut self, v: u16) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    /// Write a `u32`.
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    /// Write a `u64`.
    pub fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    /// Write an `f32`.
    pub fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    /// Write a length-prefixed UTF-8 string.
    pub fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }

    /// Write length-prefixed bytes.
    pub fn bytes(&mut self, b: &[u8]) {
        self.u32(b.len() as u32);
        self.buf.extend_from_slice(b);
    }

    /// Write a length-prefixed list of strings.
    pub fn strs<S: AsRef<str>>(&mut self, items: &[S]) {
        self.u32(items.len() as u32);
        for s in items {
            self.str(s.as_ref());
        }
    }
}

/// Reads values written by [`ByteWriter`].
#[derive(Debug)]
pub struct ByteReader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> ByteReader<'a> {
    /// A reader over `bytes`, starting at the beginning.
    pub fn new(bytes: &'a [u8]) -> ByteReader<'a> {
        ByteReader { bytes, pos: 0 }
    }

    /// Current offset.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// True when every byte has been read.
    pub fn is_at_end(&self) -> bool {
        self.pos == self.bytes.len()
    }

    /// Take the next `n` raw bytes.
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or(ModelError::Truncated { offset: self.pos, needed: n.saturating_sub(self.bytes.len() - self.pos) })?;
        let out = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(out)
    }

    /// Check that the next bytes equal `magic`.
    pub fn expect(&mut self, magic: &[u8], what: &str) -> Result<(), ModelError> {
        let got = self.take(magic.len())?;
        if got == magic {
            Ok(())
        } else {
            Err(ModelError::Invalid(format!("expected a {what} file (bad magic bytes)")))
        }
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        let b = self.take(N)?;
        let mut a = [0u8; N];
        a.copy_from_slice(b);
        Ok(a)
    }

    /// Read a `u8`.
    pub fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.array::<1>()?[0])
    }

    /// Read a `u16`.
    pub fn u16(&mut self) -> Result<u16, ModelError> {
        Ok(u16::from_le_bytes(self.array()?))
    }

    /// Read a `u32`.
    pub fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    /// Read a `u64`.
    pub fn u64(&mut self) -> Result<u64, ModelError> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    /// Read an `f32`.
    pub fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_le_bytes(self.array()?))
    }

    /// Read length-prefixed bytes.
    pub fn bytes(&mut self) -> Result<&'a [u8], ModelError> {
        let n = self.u32()? as usize;
        self.take(n)
    }

    /// Read a length-prefixed UTF-8 string.
    pub fn str(&mut self) -> Result<&'a str, ModelError> {
        let at = self.pos;
        std::str::from_utf8(self.bytes()?)
            .map_err(|_| ModelError::Invalid(format!("string at offset {at} is not UTF-8")))
    }

    /// Read a length-prefixed list of strings.
    pub fn strs(&mut self) -> Result<Vec<String>, ModelError> {
        let n = self.u32()? as usize;
        // Guard the allocation against a corrupted count.
        let mut out = Vec::with_capacity(n.min(self.bytes.len() / 4 + 1));
        for _ in 0..n {
            out.push(self.str()?.to_string());
        }
        Ok(out)
    }
}
