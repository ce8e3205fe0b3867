use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Content-Type, Content-Encoding or Content-Language in a 206 (Partial Content)
    /// response to a request with If-Range: the client already has them from the response
    /// it is completing. A `multipart/byteranges` Content-Type is required, not reported.
    /// Needs the request in the input.
    ///
    /// ## Why
    /// > A sender that generates a 206 response to a request with an If-Range header field
    /// > SHOULD NOT generate other representation header fields beyond those required
    /// > because the client already has a prior response containing those header fields.
    ///
    /// ## Example
    /// ```http
    /// GET /video HTTP/1.1
    /// Host: example.com
    /// Range: bytes=1000-
    /// If-Range: "v1"
    ///
    /// HTTP/1.1 206 Partial Content
    /// ETag: "v1"
    /// Content-Type: video/mp4
    /// Content-Range: bytes 1000-1009/1010
    /// Content-Length: 10
    ///
    /// 0123456789
    /// ```
    pub RepresentationMetadataInIfRange206 {
        id: "representation-metadata-in-if-range-206",
        section: spec::RFC9110_15_3_7,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    if exchange::status(m) != Some(206) {
        return;
    }
    let Some(if_range) = request.field(KnownField::IfRange) else { return };
    let multipart = exchange::byteranges_type(cx.input, m).is_some();
    let metadata = [
        KnownField::ContentType,
        KnownField::ContentEncoding,
        KnownField::ContentLanguage,
    ];
    for field in m.fields.iter() {
        let Some(known) = field.known.filter(|k| metadata.contains(k)) else { continue };
        if multipart && known == KnownField::ContentType {
            continue;
        }
        let name = cx.quote(field.name);
        cx.report(
            RepresentationMetadataInIfRange206,
            field.line,
            format!("206 response to an If-Range request repeats {name}"),
        )
        .label(if_range.line, "If-Range")
        .help(format!("Leave {name} out: the client has it from the response it is completing"));
    }
}
