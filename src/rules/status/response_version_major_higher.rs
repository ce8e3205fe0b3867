use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A response whose HTTP-version has a higher major version than the request it
    /// answers, such as `HTTP/2.0` to an `HTTP/1.1` request. Needs the request in the
    /// input.
    ///
    /// ## Why
    /// > A server SHOULD send a response version equal to the highest version to which the
    /// > server is conformant that has a major version less than or equal to the one
    /// > received in the request.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    ///
    /// HTTP/2.0 200 OK
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// The major version names the message syntax: an HTTP/1.1 client cannot be expected
    /// to parse anything but HTTP/1.x. A higher minor version (HTTP/1.1 to HTTP/1.0) is
    /// fine.
    pub ResponseVersionMajorHigher {
        id: "response-version-major-higher",
        section: spec::RFC9110_6_2,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    let (Some(sent), Some(asked)) = (m.version, request.version) else { return };
    if sent.major <= asked.major {
        return;
    }
    let (sent_name, asked_name) = (exchange::version_name(sent), exchange::version_name(asked));
    cx.report(
        ResponseVersionMajorHigher,
        m.version_span().unwrap_or(m.start_line_span),
        format!("{sent_name} response to an {asked_name} request"),
    )
    .label(request.version_span().unwrap_or(request.start_line_span), "request version")
    .help(format!("Answer with major version {}, e.g. HTTP/{}.1", asked.major, asked.major));
}
