use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 402 (Payment Required) response: its meaning is not defined.
    ///
    /// ## Why
    /// > The 402 (Payment Required) status code is reserved for future use.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 402 Payment Required
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// Some services use 402 for failed or required payments by their own convention;
    /// generic clients treat it as 400 (Bad Request). The content should explain what is
    /// expected.
    pub StatusCode402Reserved {
        id: "status-code-402-reserved",
        section: spec::RFC9110_15_5_3,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if exchange::status(m) != Some(402) {
        return;
    }
    cx.report(StatusCode402Reserved, exchange::status_span(m), "402 (Payment Required) is reserved for future use: its meaning is not defined")
        .help("Explain the payment condition in the content, or use 403 (Forbidden) with an explanation");
}
