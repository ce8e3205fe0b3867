use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 306 response: a reserved code.
    ///
    /// ## Why
    /// > The 306 status code was defined in a previous version of this specification, is no
    /// > longer used, and the code is reserved.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 306 Switch Proxy
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// A client that receives it treats it as 300 (Multiple Choices), the x00 code of its
    /// class.
    pub StatusCode306Unused {
        id: "status-code-306-unused",
        section: spec::RFC9110_15_4_7,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if exchange::status(m) != Some(306) {
        return;
    }
    cx.report(StatusCode306Unused, exchange::status_span(m), "306 is reserved and has no meaning")
        .help("Send a registered 3xx code, such as 307 (Temporary Redirect) with a Location");
}
