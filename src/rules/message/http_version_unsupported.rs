use crate::context::Context;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A message in HTTP/1.x syntax (a text start line and header section) whose
    /// HTTP-version has a major version other than 1, such as `HTTP/2.0` or `HTTP/0.9`.
    ///
    /// ## Why
    /// > The first digit (major version) indicates the messaging syntax
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/2.0
    /// Host: example.com
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// ```
    ///
    /// ## Notes
    /// HTTP/2 and HTTP/3 messages are binary frames, never a line like this one, and
    /// HTTP/0.9 had no version at all. A server answers an unsupported major version with
    /// 505 (HTTP Version Not Supported). A higher minor version (`HTTP/1.2`) is fine: the
    /// recipient treats it as the highest 1.x it implements (RFC 9110 §6.2).
    pub HttpVersionUnsupported {
        id: "http-version-unsupported",
        section: spec::RFC9110_2_5,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let (Some(v), Some(span)) = (m.version, m.version_span()) else { return };
    if v.major == 1 {
        return;
    }
    cx.report(HttpVersionUnsupported, span, format!("HTTP-version \"{}\" in a message written in HTTP/1.x syntax", cx.quote(span)))
        .help("Send HTTP/1.1 (or HTTP/1.0)");
}
