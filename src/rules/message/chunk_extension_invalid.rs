use crate::context::Context;
use crate::fields::chunk_ext;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A chunk-size line whose chunk extensions do not fit their grammar: whitespace after
    /// the size or an extension, a `;` without a name, a `=` without a value, or a value
    /// that is neither a token nor a quoted string. The span runs from the first octet that
    /// does not fit to the end of that extension.
    ///
    /// ## Why
    /// > chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Transfer-Encoding: chunked
    ///
    /// 5;name=two words
    /// hello
    /// 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// 5;name="two words"
    /// ```
    ///
    /// ## Notes
    /// `chunk-ext-name = token`, `chunk-ext-val = token / quoted-string`. Parsers that stop
    /// at different points of a malformed extension disagree on the chunk size and so on
    /// where the message ends. A recipient "MUST ignore unrecognized chunk extensions", so
    /// sending them is rarely useful.
    pub ChunkExtensionInvalid {
        id: "chunk-extension-invalid",
        section: spec::RFC9112_7_1_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for chunk in &cx.message.body.chunks {
        let Err((a, b)) = chunk_ext::check(cx.text(chunk.ext)) else { continue };
        let span = chunk.ext.sub(a, b);
        let line = cx.quote(chunk.line);
        let message = if a == b {
            format!("Chunk-size line \"{line}\" ends inside a chunk extension")
        } else if cx.text(span).iter().all(|&b| b == b' ' || b == b'\t') {
            format!("Whitespace at the end of the chunk-size line \"{line}\"")
        } else {
            format!("Chunk extension \"{}\" in \"{line}\" is not ;name or ;name=value", cx.quote(span))
        };
        cx.report(ChunkExtensionInvalid, span, message)
            .help("Write extensions as ;name=value with a token or quoted-string value, or send none");
    }
}
