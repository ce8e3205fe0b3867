use crate::context::Context;
use crate::fields::cache_control::Directive;
use crate::fields::similar;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A cache directive that is neither defined by RFC 9111 nor a registered extension
    /// (`immutable`, `stale-while-revalidate`, `stale-if-error`). When the name is one or
    /// two edits away from a known directive (`maxage`, `s-max-age`, `no-chache`), the
    /// message names the likely intent. The span is the directive name.
    ///
    /// ## Why
    /// > A cache MUST ignore unrecognized cache directives.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: s-max-age=600
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: s-maxage=600
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Extension directives are allowed (RFC 9111 §5.2.3): this is information, so that a
    /// misspelt directive, silently ignored by every cache, does not go unnoticed. Old
    /// Internet Explorer extensions such as `pre-check` and `post-check` are reported too.
    pub CacheDirectiveUnknown {
        id: "cache-directive-unknown",
        section: spec::RFC9111_5_2_3,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for located in cx.cache_directives() {
        let Ok(d) = located.item else { continue };
        if d.directive.is_some() {
            continue;
        }
        let span = located.span(d.name);
        let name = cx.text(span);
        let shown = cx.quote(span);
        let guess = similar::closest(name, Directive::ALL.map(Directive::name), |c| {
            if c.len() >= 8 {
                2
            } else {
                1
            }
        });
        match guess {
            Some(known) => cx
                .report(
                    CacheDirectiveUnknown,
                    span,
                    format!("unknown cache directive \"{shown}\"; did you mean {known}?"),
                )
                .help(format!("Caches ignore unknown directives: write {known}")),
            None => cx
                .report(
                    CacheDirectiveUnknown,
                    span,
                    format!("unknown cache directive \"{shown}\" is ignored by caches that do not implement it"),
                )
                .help("Check the name against the Cache Directive Registry; caches that do not know it ignore it"),
        };
    }
}
