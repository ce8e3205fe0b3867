//! Reading lines: CRLF, or bare LF where RFC 9112 §2.2 lets a recipient accept it.

/// How a line ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Terminator {
    /// CR LF.
    CrLf,
    /// LF without a CR before it.
    Lf,
    /// The input ended first.
    Eof,
}

/// One line of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Offset of the first octet.
    pub start: usize,
    /// Offset one past the content (before CR LF or LF).
    pub end: usize,
    /// Offset of the next line (after the terminator).
    pub next: usize,
    /// How the line ended.
    pub term: Terminator,
}

impl Line {
    /// True for a line with no content.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The line's content.
    pub fn text<'a>(&self, input: &'a [u8]) -> &'a [u8] {
        input.get(self.start..self.end).unwrap_or_default()
    }
}

/// Reads the line starting at `pos`.
pub fn read_line(input: &[u8], pos: usize) -> Line {
    let rest = input.get(pos..).unwrap_or_default();
    match rest.iter().position(|&b| b == b'\n') {
        Some(i) => {
            let lf = pos + i;
            let cr = i > 0 && rest.get(i - 1) == Some(&b'\r');
            Line {
                start: pos,
                end: if cr { lf - 1 } else { lf },
                next: lf + 1,
                term: if cr { Terminator::CrLf } else { Terminator::Lf },
            }
        }
        None => Line {
            start: pos,
            end: input.len().max(pos),
            next: input.len().max(pos),
            term: Terminator::Eof,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        let input = b"ab\r\ncd\n\r\nx";
        let l = read_line(input, 0);
        assert_eq!(
            (l.start, l.end, l.next, l.term),
            (0, 2, 4, Terminator::CrLf)
        );
        let l = read_line(input, 4);
        assert_eq!((l.start, l.end, l.next, l.term), (4, 6, 7, Terminator::Lf));
        let l = read_line(input, 7);
        assert!(l.is_empty() && l.term == Terminator::CrLf);
        let l = read_line(input, 9);
        assert_eq!(
            (l.start, l.end, l.next, l.term),
            (9, 10, 10, Terminator::Eof)
        );
        let l = read_line(input, 10);
        assert!(l.is_empty() && l.term == Terminator::Eof);
        assert_eq!(read_line(b"\n", 0).term, Terminator::Lf);
    }
}
