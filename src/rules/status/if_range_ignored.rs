use crate::context::Context;
use crate::exchange;
use crate::fields::etag;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 206 (Partial Content) response to a request whose If-Range does not match the
    /// response's validator: an entity tag that is not strongly equal to the ETag (a weak
    /// tag never is), or a date that differs from Last-Modified. The Range should have been
    /// ignored and the whole representation sent. Needs the request in the input, and the
    /// validator in the response.
    ///
    /// ## Why
    /// > A recipient of an If-Range header field MUST ignore the Range header field if the
    /// > If-Range condition evaluates to false.
    ///
    /// ## Example
    /// ```http
    /// GET /video HTTP/1.1
    /// Host: example.com
    /// Range: bytes=1000-
    /// If-Range: "v1"
    ///
    /// HTTP/1.1 206 Partial Content
    /// ETag: "v2"
    /// Content-Range: bytes 1000-1009/1010
    /// Content-Length: 10
    ///
    /// 0123456789
    /// ```
    ///
    /// ## Notes
    /// The client holds the start of version "v1"; appending a part of "v2" to it corrupts
    /// the download.
    pub IfRangeIgnored {
        id: "if-range-ignored",
        section: spec::RFC9110_13_1_5,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    if exchange::status(m) != Some(206) || !request.has(KnownField::Range) {
        return;
    }
    let Some(if_range) = request.field(KnownField::IfRange) else { return };
    let value = cx.text(if_range.value);
    // "A valid entity-tag can be distinguished from a valid HTTP-date by examining the
    // first three characters for a DQUOTE."
    let is_tag = value.iter().take(3).any(|&b| b == b'"');
    let (span, message) = if is_tag {
        let Some(tag) = etag::parse(value) else { return };
        let Some((span, current)) = exchange::response_etag(cx.input, m) else { return };
        if etag::strong_eq((&tag, value), (&current, cx.text(span))) {
            return;
        }
        let shown = cx.quote(span);
        (span, format!("206 (Partial Content) with ETag {shown}, which does not match If-Range"))
    } else {
        let Some((_, since)) = exchange::date_field(cx.input, request, KnownField::IfRange) else {
            return;
        };
        let Some((span, modified)) = exchange::date_field(cx.input, m, KnownField::LastModified)
        else {
            return;
        };
        if modified == since {
            return;
        }
        (span, "206 (Partial Content) with a Last-Modified that does not match If-Range".to_string())
    };
    cx.report(IfRangeIgnored, span, message)
        .label(if_range.value, "If-Range")
        .help("Ignore Range and send 200 with the whole representation when If-Range does not match");
}
