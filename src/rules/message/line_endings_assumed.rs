//! Reported by the parser (`src/parse/`).

use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// The input has no CR at all, so every LF is read as CRLF (line endings `auto`). Reported
    /// once, on the first LF.
    ///
    /// ## Why
    /// > Although the line terminator for the start-line and fields is the sequence CRLF, a
    /// > recipient MAY recognize a single LF as a line terminator and ignore any preceding CR.
    ///
    /// ## Example
    /// ```http
    /// <!-- lf -->
    /// GET / HTTP/1.1
    /// Host: example.com
    /// ```
    ///
    /// ## Notes
    /// Text pasted into a browser loses its CRs. In `auto` mode wirelint reads such input as if
    /// each LF were CRLF and says so once, instead of reporting every line. A body's length is
    /// then checked both ways: counting each line break in it as one octet (LF) and as two
    /// (CRLF); the reading that ends at the end of the input or at the next message wins. Lint
    /// with `strict` line endings when the text is exact, such as a file or a capture.
    pub LineEndingsAssumed {
        id: "line-endings-assumed",
        section: spec::RFC9112_2_2,
        severity: Severity::Info,
    }
}
