use crate::context::Context;
use crate::fields::request_target;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An absolute-form `http` or `https` request-target with an empty host identifier
    /// (`http:///index.html`, `http://:8080/`) or with no authority at all
    /// (`http:/index.html`). The span is where the host should be.
    ///
    /// ## Why
    /// > A sender MUST NOT generate an "http" URI with an empty host identifier.
    ///
    /// ## Example
    /// ```http
    /// GET http:///index.html HTTP/1.1
    /// Host: www.example.com
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET http://www.example.com/index.html HTTP/1.1
    /// Host: www.example.com
    ///
    /// ```
    ///
    /// ## Notes
    /// RFC 9110 §4.2.2 says the same of "https" URIs, and in both cases "a recipient that
    /// processes such a URI reference MUST reject it as invalid". The grammar is
    /// `http-URI = "http" "://" authority path-abempty [ "?" query ]`: without `//` and a
    /// host, the target names no origin server.
    pub RequestTargetHostEmpty {
        id: "request-target-host-empty",
        section: spec::RFC9110_4_2_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(line) = cx.message.request_line() else { return };
    let target = cx.text(line.target);
    let Some(n) = request_target::http_scheme_len(target) else { return };
    let scheme = cx.quote(line.target.sub(0, n));
    let (span, message) = match request_target::absolute_form_host(target) {
        Some((a, b)) if a == b => (
            line.target.sub(a, b),
            format!("The {scheme} request-target \"{}\" has an empty host", cx.quote(line.target)),
        ),
        Some(_) => return,
        None => (
            line.target.sub(n + 1, n + 1),
            format!("The {scheme} request-target \"{}\" has no \"//\" and host", cx.quote(line.target)),
        ),
    };
    cx.report(RequestTargetHostEmpty, span, message)
        .help("Name the origin server: http://host[:port]/path, or send the path alone (origin-form) with Host");
}
