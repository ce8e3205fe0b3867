use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{list, transfer_encoding};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Transfer-Encoding value that is not a comma-separated list of transfer codings
    /// (`token *( OWS ";" OWS token BWS "=" BWS ( token / quoted-string ) )`): a quoted
    /// coding name, a space inside a name, a `;` without a parameter. The span runs from
    /// the first octet that does not fit to the end of that list element.
    ///
    /// ## Why
    /// > Transfer-Encoding = #transfer-coding ; defined in Section 10.1.4 of [HTTP]
    ///
    /// ## Example
    /// ```http
    /// POST /upload HTTP/1.1
    /// Host: example.com
    /// Transfer-Encoding: "chunked"
    ///
    /// 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// POST /upload HTTP/1.1
    /// Host: example.com
    /// Transfer-Encoding: chunked
    /// ```
    ///
    /// ## Notes
    /// A recipient that does not see `chunked` as the final coding cannot frame a request
    /// at all, and reads a response until the connection closes; recipients that read an
    /// odd value differently disagree on where the message ends (request smuggling).
    pub TransferEncodingInvalid {
        id: "transfer-encoding-invalid",
        section: spec::RFC9112_6_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in cx.message.fields_named(KnownField::TransferEncoding) {
        let value = cx.text(field.value);
        for el in list::elements(value).filter(|e| !e.is_empty()) {
            let Err((a, b)) = transfer_encoding::check_coding(el.text(value)) else { continue };
            let span = field.value.sub(el.start + a, el.start + b);
            let coding = field.value.sub(el.start, el.end);
            let shown = cx.quote(coding);
            let message = if a == b {
                format!("Transfer coding \"{shown}\" is cut short: a parameter name, \"=\" or value is missing")
            } else {
                format!("Transfer coding \"{shown}\" is not a token with optional ;name=value parameters")
            };
            cx.report(TransferEncodingInvalid, span, message)
                .help("Send coding names as bare tokens, e.g. Transfer-Encoding: gzip, chunked");
        }
    }
}
