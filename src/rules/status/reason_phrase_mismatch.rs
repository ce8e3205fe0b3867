use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::iana::Registration;
use crate::parse::grammar::trim_ows;
use crate::spec;
use crate::status;

crate::declare_rule! {
    /// ## What it checks
    /// A reason phrase that differs from the registered one for its status code (ignoring
    /// case), such as `200 Success`, or an outdated one such as `413 Payload Too Large`
    /// (now "Content Too Large"). An empty reason phrase is fine. Reserved codes (306, 418)
    /// have their own rules.
    ///
    /// ## Why
    /// > The reason phrases listed here are only recommendations — they can be replaced by
    /// > local equivalents or left out altogether without affecting the protocol.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 Success
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// Clients ignore the reason phrase (HTTP/2 and HTTP/3 do not even carry one), so any
    /// text is allowed; but people read it in logs, and a phrase that names another status
    /// (`HTTP/1.1 200 Not Found`) misleads them.
    pub ReasonPhraseMismatch {
        id: "reason-phrase-mismatch",
        section: spec::RFC9110_15_1,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(line) = m.status_line() else { return };
    let Some(entry) = exchange::status(m).and_then(status::lookup) else {
        return;
    };
    if entry.registration == Registration::Reserved {
        return;
    }
    let raw = cx.text(line.reason);
    let (a, b) = trim_ows(raw);
    let span = line.reason.sub(a, b);
    let phrase = cx.text(span);
    if phrase.is_empty() || phrase.eq_ignore_ascii_case(entry.reason.as_bytes()) {
        return;
    }
    let shown = cx.quote(span);
    let (code, reason) = (entry.code, entry.reason);
    let message = if entry.is_former_reason(phrase) {
        format!("\"{shown}\" is the former reason phrase of {code}; it is now \"{reason}\"")
    } else {
        format!("Reason phrase \"{shown}\" differs from the registered \"{reason}\" for {code}")
    };
    cx.report(ReasonPhraseMismatch, span, message)
        .help(format!("Send {code} {reason}"));
}
