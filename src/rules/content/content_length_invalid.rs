use crate::context::Context;
use crate::fields::content_length::{self, ContentLength, Invalid};
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Content-Length value that is not a decimal number: empty, with a sign, a space, a
    /// letter or a hexadecimal prefix (the span is the first offending character), too large
    /// for 64 bits (the span is the value), or a list of one repeated number (`5, 5`; the
    /// span is the repetition). A list of different numbers is `content-length-conflict`.
    ///
    /// ## Why
    /// > Content-Length = 1*DIGIT
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Length: +5
    ///
    /// hello
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Length: 5
    ///
    /// hello
    /// ```
    ///
    /// ## Notes
    /// Without Transfer-Encoding, an invalid Content-Length makes the framing "an
    /// unrecoverable error" (RFC 9112 §6.3). A repeated value (`42, 42`) is the one
    /// exception a recipient MAY accept; "a sender MUST NOT forward a message with a
    /// Content-Length header field value that does not match the ABNF above".
    pub ContentLengthInvalid {
        id: "content-length-invalid",
        section: spec::RFC9110_8_6,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in cx.message.fields_named(KnownField::ContentLength) {
        let value = cx.text(field.value);
        let shown = cx.quote(field.value);
        let (span, message) = match content_length::parse(value) {
            ContentLength::Valid(_) | ContentLength::Invalid(Invalid::Differing(..)) => continue,
            ContentLength::RepeatedList(n) => {
                let comma = value.iter().position(|&b| b == b',').unwrap_or(value.len());
                let span = field.value.sub(comma, value.len());
                (span, format!("Content-Length \"{shown}\" repeats {n} as a list; recipients may reject it"))
            }
            ContentLength::Invalid(Invalid::Empty) => (field.value, "Content-Length is empty".to_string()),
            ContentLength::Invalid(Invalid::Overflow) => (field.value, format!("Content-Length {shown} does not fit in 64 bits")),
            ContentLength::Invalid(Invalid::NotDigit(a, b)) => {
                let span = field.value.sub(a, b);
                let message = if a == b {
                    format!("Content-Length \"{shown}\" has an empty list element")
                } else {
                    format!("Content-Length \"{shown}\" is not a decimal number: \"{}\" is not a digit", cx.quote(span))
                };
                (span, message)
            }
        };
        cx.report(ContentLengthInvalid, span, message)
            .help("Send the number of octets of content as plain decimal digits, once");
    }
}
