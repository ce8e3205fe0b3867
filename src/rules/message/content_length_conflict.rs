use crate::context::Context;
use crate::fields::content_length::{self, ContentLength, Invalid};
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Content-Length values that disagree: two field lines with different numbers, or one
    /// line holding a list of different numbers (`42, 43`). The message has no single
    /// length; recipients that pick different values disagree on where it ends.
    ///
    /// ## Why
    /// > If a message is received without Transfer-Encoding and with an invalid
    /// > Content-Length header field, then the message framing is invalid and the recipient
    /// > MUST treat it as an unrecoverable error, unless the field value can be successfully
    /// > parsed as a comma-separated list (Section 5.6.1 of [HTTP]), all values in the list
    /// > are valid, and all values in the list are the same
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Length: 5
    /// Content-Length: 6
    ///
    /// hello
    /// ```
    pub ContentLengthConflict {
        id: "content-length-conflict",
        section: spec::RFC9112_6_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let mut first: Option<(u64, crate::span::Span)> = None;
    for field in cx.message.fields_named(KnownField::ContentLength) {
        let value = cx.text(field.value);
        let n = match content_length::parse(value) {
            ContentLength::Valid(n) | ContentLength::RepeatedList(n) => n,
            ContentLength::Invalid(Invalid::Differing(a, b)) => {
                let span = field.value.sub(a, b);
                let shown = cx.quote(field.value);
                cx.report(ContentLengthConflict, span, format!("Content-Length lists different values: {shown}"))
                    .help("Send one Content-Length with the exact number of octets in the content");
                continue;
            }
            // Syntax errors are content-length-invalid's.
            ContentLength::Invalid(_) => continue,
        };
        match first {
            None => first = Some((n, field.value)),
            Some((prev, prev_span)) if prev != n => {
                cx.report(ContentLengthConflict, field.value, format!("Content-Length is {n} here but {prev} in an earlier field line"))
                    .label(prev_span, "first Content-Length")
                    .help("Send one Content-Length with the exact number of octets in the content");
            }
            Some(_) => {}
        }
    }
}
