use crate::context::Context;
use crate::fields;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::parse::message::Message;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request that follows, in the input, a request with `Connection: close`; or a
    /// response that follows a final response with `Connection: close`. The span is the
    /// later message's start line, labelled with the `close`.
    ///
    /// ## Why
    /// > A client that sends a "close" connection option MUST NOT send further requests on
    /// > that connection (after the one containing the "close") and MUST close the
    /// > connection after reading the final response message corresponding to this request.
    ///
    /// For responses:
    ///
    /// > A server that sends a "close" connection option MUST initiate closure of the
    /// > connection (see below) after it sends the response containing the "close"
    /// > connection option.
    ///
    /// ## Example
    /// ```http
    /// GET /a HTTP/1.1
    /// Host: example.com
    /// Connection: close
    ///
    /// GET /b HTTP/1.1
    /// Host: example.com
    ///
    /// ```
    ///
    /// ## Notes
    /// The input is taken to be one connection. A server "MUST NOT process any further
    /// requests received on that connection", so the later request is lost.
    pub DataAfterClose {
        id: "data-after-close",
        section: spec::RFC9112_9_6,
        severity: Severity::Error,
    }
}

/// The `close` option of the message's Connection field, if any.
fn close_option(m: &Message, input: &[u8]) -> Option<Span> {
    m.fields_named(KnownField::Connection).find_map(|f| {
        fields::list_find(f.value.slice(input), b"close").map(|e| f.value.sub(e.start, e.end))
    })
}

fn is_final_response(m: &Message) -> bool {
    m.is_response() && !m.status_code.is_some_and(|c| (100..200).contains(&c))
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let is_request = m.is_request();
    if !is_request && !is_final_response(m) {
        return;
    }
    // The previous message of the same kind: requests look back past responses, and
    // responses past requests and interim responses.
    let before = cx.messages.get(..m.index as usize).unwrap_or_default();
    let previous = before.iter().rev().find(|p| {
        if is_request {
            p.is_request()
        } else {
            is_final_response(p)
        }
    });
    let Some(previous) = previous else { return };
    let Some(close) = close_option(previous, cx.input) else { return };
    let (what, help) = if is_request {
        ("Request sent after a request with Connection: close", "Send this request on a new connection, or drop close from the earlier request")
    } else {
        ("Response sent after a response with Connection: close", "The server closes the connection after a response with close; send this response on a new connection")
    };
    cx.report(DataAfterClose, m.start_line_span, what)
        .label(close, "Connection: close")
        .help(help);
}
