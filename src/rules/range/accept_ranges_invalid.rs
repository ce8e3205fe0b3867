use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{list, single_line_with_trailers};
use crate::finding::Severity;
use crate::parse::grammar::is_token;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An Accept-Ranges value with a member that is not a range unit (a token), such as
    /// `bytes=0-` or `"bytes"`, or with no member at all. The span is the member, or the
    /// empty value. Headers and trailers are read.
    ///
    /// ## Why
    /// > Accept-Ranges = acceptable-ranges
    /// > acceptable-ranges = 1#range-unit
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Accept-Ranges: "bytes"
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Accept-Ranges: bytes
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// A server that supports no range requests sends `Accept-Ranges: none`, not an empty
    /// value. Empty list elements (`bytes,,`) are `list-element-empty`'s.
    pub AcceptRangesInvalid {
        id: "accept-ranges-invalid",
        section: spec::RFC9110_14_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line_with_trailers(cx.message, KnownField::AcceptRanges) {
        let value = cx.text(field.value);
        let mut members = list::elements(value).filter(|e| !e.is_empty()).peekable();
        if members.peek().is_none() {
            cx.report(AcceptRangesInvalid, field.value, "Accept-Ranges lists no range unit")
                .help("Send Accept-Ranges: bytes, or Accept-Ranges: none when range requests are not supported");
            continue;
        }
        let Some(bad) = members.find(|e| !is_token(e.text(value))) else { continue };
        let span = field.value.sub(bad.start, bad.end);
        let shown = cx.quote(span);
        cx.report(
            AcceptRangesInvalid,
            span,
            format!("Accept-Ranges member {shown} is not a range unit"),
        )
        .help("List range unit names only, such as Accept-Ranges: bytes");
    }
}
