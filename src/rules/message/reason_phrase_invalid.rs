use crate::context::Context;
use crate::finding::Severity;
use crate::parse::grammar::is_reason_char;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A reason phrase with a control character other than HTAB (NUL, ESC, DEL…). The span
    /// is the first run of such characters.
    ///
    /// ## Why
    /// > reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 O\x00K
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// A bare CR is `bare-cr`. "A client SHOULD ignore the reason-phrase content because it
    /// is not a reliable channel for information", so there is little reason to send
    /// anything but the usual text (`OK`, `Not Found`).
    pub ReasonPhraseInvalid {
        id: "reason-phrase-invalid",
        section: spec::RFC9112_4,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(line) = cx.message.status_line() else { return };
    let reason = cx.text(line.reason);
    // A bare CR is bare-cr's.
    let bad = |b: u8| !is_reason_char(b) && b != b'\r';
    let Some(at) = reason.iter().position(|&b| bad(b)) else { return };
    let run = reason.get(at..).unwrap_or_default().iter().take_while(|&&b| bad(b)).count();
    let span = line.reason.sub(at, at + run);
    let what = cx.quote(span);
    cx.report(ReasonPhraseInvalid, span, format!("Reason phrase \"{}\" contains the control character \"{what}\"", cx.quote(line.reason)))
        .help("Send a reason phrase of visible characters, spaces and tabs only, such as OK");
}
