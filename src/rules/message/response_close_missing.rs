use crate::context::Context;
use crate::fields;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::parse::message::Message;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A final response to a request with `Connection: close` that does not carry the
    /// `close` option itself. The span is empty, at the end of the header section, labelled
    /// with the request's `close`. Needs the request in the input.
    ///
    /// ## Why
    /// > The server SHOULD send a "close" connection option in its final response on that
    /// > connection.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Connection: close
    ///
    /// HTTP/1.1 204 No Content
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 204 No Content
    /// Connection: close
    /// ```
    ///
    /// ## Notes
    /// The server "MUST initiate closure of the connection" after this response anyway;
    /// saying so tells intermediaries and the client not to reuse it.
    pub ResponseCloseMissing {
        id: "response-close-missing",
        section: spec::RFC9112_9_6,
        severity: Severity::Warning,
    }
}

/// The `close` option of the message's Connection field, if any.
fn close_option(m: &Message, input: &[u8]) -> Option<Span> {
    m.fields_named(KnownField::Connection).find_map(|f| {
        fields::list_find(f.value.slice(input), b"close").map(|e| f.value.sub(e.start, e.end))
    })
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(code) = m.status_code else { return };
    // Interim responses do not end the exchange.
    if !m.is_response() || (100..200).contains(&code) {
        return;
    }
    let Some(request) = cx.request else { return };
    let Some(asked) = close_option(request, cx.input) else { return };
    if close_option(m, cx.input).is_some() {
        return;
    }
    let at = m.fields.last().map_or(m.start_line_span.end, |f| f.line.end);
    cx.report(ResponseCloseMissing, Span { start: at, end: at }, format!("{code} response to a request with Connection: close does not send close"))
        .label(asked, "request's close")
        .help("Add Connection: close to the final response");
}
