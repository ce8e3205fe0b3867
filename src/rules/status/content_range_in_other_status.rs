use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Content-Range header field in a response other than 206 (Partial Content) or 416
    /// (Range Not Satisfiable), where it has no defined meaning.
    ///
    /// ## Why
    /// > The Content-Range header field has no meaning for status codes that do not
    /// > explicitly describe its semantic. For this specification, only the 206 (Partial
    /// > Content) and 416 (Range Not Satisfiable) status codes describe a meaning for
    /// > Content-Range.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Range: bytes 0-4/5
    /// Content-Length: 5
    ///
    /// hello
    /// ```
    ///
    /// ## Notes
    /// A 200 with Content-Range often means the server meant to send 206; a client treats
    /// the content as the whole representation.
    pub ContentRangeInOtherStatus {
        id: "content-range-in-other-status",
        section: spec::RFC9110_14_4,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(code) = exchange::status(m).filter(|&c| c != 206 && c != 416) else {
        return;
    };
    for field in m.fields_named(KnownField::ContentRange) {
        cx.report(
            ContentRangeInOtherStatus,
            field.line,
            format!("Content-Range has no meaning in a {} response", exchange::status_name(code)),
        )
        .help("Send 206 (Partial Content) for a part of the representation; otherwise remove Content-Range");
    }
}
