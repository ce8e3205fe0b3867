use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::parse::lines::read_line;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 2xx response to TRACE whose content (the echoed request) includes an
    /// Authorization, Proxy-Authorization or Cookie field line. Only the echoed header
    /// section is read, up to its first empty line.
    ///
    /// ## Why
    /// > The final recipient of the request SHOULD exclude any request fields that are
    /// > likely to contain sensitive data when that recipient generates the response
    /// > content.
    ///
    /// ## Example
    /// ```http
    /// TRACE / HTTP/1.1
    /// Host: example.com
    ///
    /// HTTP/1.1 200 OK
    /// Content-Type: message/http
    /// Content-Length: 66
    ///
    /// TRACE / HTTP/1.1
    /// Host: example.com
    /// Authorization: Basic YTpi
    ///
    /// ```
    ///
    /// ## Notes
    /// A client might have sent credentials anyway (see
    /// `sensitive-field-in-trace-request`); the server is the last line of defence
    /// against echoing them where a script can read them.
    pub SensitiveFieldInTraceResponse {
        id: "sensitive-field-in-trace-response",
        section: spec::RFC9110_9_3_8,
        severity: Severity::Warning,
    }
}

const SENSITIVE: [&[u8]; 3] = [b"authorization", b"proxy-authorization", b"cookie"];

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    if !exchange::method_is(cx.input, request, "TRACE")
        || !exchange::status(m).is_some_and(|c| (200..300).contains(&c))
    {
        return;
    }
    let end = m.body.span.end as usize;
    let mut pos = m.body.span.start as usize;
    while pos < end {
        let line = read_line(cx.input, pos);
        // The echoed header section ends at its first empty line.
        if line.is_empty() || line.end > end {
            break;
        }
        pos = line.next;
        let text = line.text(cx.input);
        let Some(colon) = text.iter().position(|&b| b == b':') else { continue };
        let name = text.get(..colon).unwrap_or_default();
        if !SENSITIVE.iter().any(|s| s.eq_ignore_ascii_case(name)) {
            continue;
        }
        let shown = crate::context::quote(name);
        cx.report(
            SensitiveFieldInTraceResponse,
            Span::new(line.start, line.end),
            format!("TRACE response content echoes the request's {shown} field"),
        )
        .label(request.start_line_span, "TRACE request")
        .help(format!("Leave {shown} out of the reflected request"));
    }
}
