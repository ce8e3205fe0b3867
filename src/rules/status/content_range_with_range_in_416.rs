use crate::context::Context;
use crate::exchange;
use crate::fields::content_range::ContentRange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 416 (Range Not Satisfiable) response whose Content-Range gives a byte range
    /// (`bytes 0-99/1000`) instead of the unsatisfied-range form `bytes */1000`.
    ///
    /// ## Why
    /// > A server generating a 416 (Range Not Satisfiable) response to a byte-range request
    /// > SHOULD send a Content-Range header field with an unsatisfied-range value
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 416 Range Not Satisfiable
    /// Content-Range: bytes 0-99/1000
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 416 Range Not Satisfiable
    /// Content-Range: bytes */1000
    /// Content-Length: 0
    ///
    /// ```
    pub ContentRangeWithRangeIn416 {
        id: "content-range-with-range-in-416",
        section: spec::RFC9110_14_4,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if exchange::status(m) != Some(416) {
        return;
    }
    let Some((span, parsed)) = exchange::content_range(cx.input, m) else { return };
    let ContentRange::Range { complete, .. } = parsed.range else { return };
    if !parsed.is_bytes(cx.text(span)) {
        return;
    }
    let shown = cx.quote(span);
    let help = match complete {
        Some(n) => format!("Send Content-Range: bytes */{n}"),
        None => "Send Content-Range: bytes */ followed by the current length".to_string(),
    };
    cx.report(
        ContentRangeWithRangeIn416,
        span,
        format!("416 (Range Not Satisfiable) with Content-Range {shown} instead of */length"),
    )
    .help(help);
}
