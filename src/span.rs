//! Byte spans into the caller's input.

use serde::Serialize;

/// A half-open byte range `start..end` into the input passed to [`crate::lint`].
///
/// Offsets are `u32` to keep the parsed message compact; [`crate::lint`] lints at most
/// `u32::MAX` bytes and reports the rest as unread.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    /// First byte of the range.
    pub start: u32,
    /// One past the last byte of the range.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end`; `end` is raised to `start` if it is smaller.
    pub fn new(start: usize, end: usize) -> Self {
        let start = to_u32(start);
        let end = to_u32(end).max(start);
        Span { start, end }
    }

    /// A zero-length span at `at`, used where something is missing.
    pub fn empty(at: usize) -> Self {
        Span::new(at, at)
    }

    /// The span's length in bytes.
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    #[must_use]
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// A sub-span given by offsets relative to this span's start, clamped to this span.
    #[must_use]
    pub fn sub(self, from: usize, to: usize) -> Span {
        let len = self.len();
        let from = from.min(len);
        let to = to.clamp(from, len);
        Span::new(self.start as usize + from, self.start as usize + to)
    }

    /// The bytes this span covers in `input`; empty if it lies outside.
    pub fn slice<'a>(&self, input: &'a [u8]) -> &'a [u8] {
        input
            .get(self.start as usize..self.end as usize)
            .unwrap_or_default()
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Maps byte offsets to 1-based line and column numbers.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset where each line starts; the first is 0.
    starts: Vec<u32>,
}

impl LineIndex {
    /// Indexes the line starts of `input` (a line ends after each LF).
    pub fn new(input: &[u8]) -> Self {
        let mut starts = vec![0u32];
        starts.extend(
            input
                .iter()
                .enumerate()
                .filter(|(_, &b)| b == b'\n')
                .map(|(i, _)| to_u32(i + 1)),
        );
        LineIndex { starts }
    }

    /// The 1-based line of `offset`, and the byte offset where that line starts.
    pub fn line_of(&self, offset: u32) -> (u32, u32) {
        let i = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts.get(i - 1).copied().unwrap_or(0);
        (to_u32(i), start)
    }

    /// 1-based line and byte column of `offset`.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let (line, start) = self.line_of(offset);
        (line, offset - start + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col() {
        let idx = LineIndex::new(b"ab\ncd\r\n\nx");
        assert_eq!(idx.line_col(0), (1, 1));
        assert_eq!(idx.line_col(2), (1, 3));
        assert_eq!(idx.line_col(3), (2, 1));
        assert_eq!(idx.line_col(7), (3, 1));
        assert_eq!(idx.line_col(8), (4, 1));
        assert_eq!(idx.line_col(9), (4, 2));
    }

    #[test]
    fn sub_clamps() {
        let s = Span::new(10, 20);
        assert_eq!(s.sub(2, 5), Span::new(12, 15));
        assert_eq!(s.sub(8, 50), Span::new(18, 20));
        assert_eq!(s.sub(50, 2), Span::new(20, 20));
        assert_eq!(Span::new(5, 3), Span::new(5, 5));
    }
}
