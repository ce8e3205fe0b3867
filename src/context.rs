//! Where findings are collected: [`Sink`] for the whole input, [`Context`] for one message.

use crate::fields;
use crate::fields::accept::{self, Member, Weight};
use crate::fields::cache_control::{self, Located, Summary};
use crate::fields::date::{DateError, HttpDate};
use crate::fields::known::KnownField;
use crate::fields::tokens::SyntaxError;
use crate::finding::{Finding, Label};
use crate::parse::message::{FieldLine, Message};
use crate::registry::{Rule, RuleMeta};
use crate::span::Span;
use crate::Options;
use std::cell::OnceCell;
use std::fmt::Write as _;

/// At most this many findings of one rule are kept per input; the rest are counted.
/// A million bad field lines must not become a million findings (RFC 9110 §2.3 asks
/// recipients to parse defensively, and so do we).
pub const MAX_FINDINGS_PER_RULE: u32 = 100;

/// Collects findings, honouring disabled rules and the per-rule limit.
#[derive(Debug)]
pub struct Sink {
    findings: Vec<Finding>,
    disabled: Vec<String>,
    counts: Vec<(&'static str, u32)>,
}

impl Sink {
    /// A sink for one lint run.
    pub fn new(options: &Options) -> Self {
        Sink {
            findings: Vec::new(),
            disabled: options.disable.clone(),
            counts: Vec::new(),
        }
    }

    /// True when the rule is not disabled.
    pub fn enabled(&self, id: &str) -> bool {
        !self.disabled.iter().any(|d| d == id)
    }

    /// Reports a finding; returns a handle to add labels and help.
    // Rules are unit structs passed by value so that call sites read `report(HostMissing, …)`.
    #[allow(clippy::needless_pass_by_value)]
    pub fn report(
        &mut self,
        rule: impl Rule,
        message_index: Option<u32>,
        span: Span,
        message: impl Into<String>,
    ) -> Reported<'_> {
        let meta: &'static RuleMeta = rule.meta();
        if !self.enabled(meta.id) {
            return Reported { finding: None };
        }
        let count = if let Some((_, n)) = self.counts.iter_mut().find(|(id, _)| *id == meta.id) {
            *n += 1;
            *n
        } else {
            self.counts.push((meta.id, 1));
            1
        };
        if count > MAX_FINDINGS_PER_RULE {
            return Reported { finding: None };
        }
        self.findings.push(Finding {
            rule: meta,
            message_index,
            span,
            message: message.into(),
            labels: Vec::new(),
            help: None,
        });
        Reported {
            finding: self.findings.last_mut(),
        }
    }

    /// Rules that found more than [`MAX_FINDINGS_PER_RULE`], with how many they found.
    pub fn over_limit(&self) -> impl Iterator<Item = (&'static str, u32)> + '_ {
        self.counts
            .iter()
            .copied()
            .filter(|&(_, n)| n > MAX_FINDINGS_PER_RULE)
    }

    /// The findings, sorted by position then rule, without duplicates.
    pub fn finish(mut self) -> Vec<Finding> {
        self.findings.sort_by(|a, b| {
            (a.span.start, a.span.end, a.rule.id, a.message_index).cmp(&(
                b.span.start,
                b.span.end,
                b.rule.id,
                b.message_index,
            ))
        });
        self.findings
            .dedup_by(|a, b| a.rule.id == b.rule.id && a.span == b.span && a.message == b.message);
        self.findings
    }
}

/// A reported finding, to which labels and help can be added.
#[derive(Debug)]
pub struct Reported<'s> {
    finding: Option<&'s mut Finding>,
}

// The builder's last call is usually a statement: its result is meant to be dropped.
#[allow(clippy::return_self_not_must_use)]
impl Reported<'_> {
    /// Adds a secondary span, such as the other side of a conflict.
    // A builder whose last result is dropped on purpose: `report(…).label(…);`.
    #[allow(clippy::return_self_not_must_use)]
    pub fn label(mut self, span: Span, text: impl Into<String>) -> Self {
        if let Some(f) = self.finding.as_deref_mut() {
            f.labels.push(Label {
                span,
                message: text.into(),
            });
        }
        self
    }

    /// Says what to send instead.
    #[allow(clippy::return_self_not_must_use)]
    pub fn help(mut self, text: impl Into<String>) -> Self {
        if let Some(f) = self.finding.as_deref_mut() {
            f.help = Some(text.into());
        }
        self
    }
}

/// What a rule sees: one message, its neighbours, and the input.
pub struct Context<'a> {
    /// The whole input.
    pub input: &'a [u8],
    /// Every message in the input.
    pub messages: &'a [Message],
    /// The message being checked.
    pub message: &'a Message,
    /// For a response: the request it answers, when that is in the input.
    pub request: Option<&'a Message>,
    /// The options of this run.
    pub options: &'a Options,
    /// True when every LF of the input was read as CRLF: see [`Context::lf_as_crlf`].
    pub(crate) lf_as_crlf: bool,
    pub(crate) sink: &'a mut Sink,
    /// Field values parsed for this message, shared by the rules that read them.
    pub(crate) memo: &'a Memo,
}

/// What several rules read from one message, parsed on first use and kept for the
/// others: the caching rules all read the Cache-Control directives, the negotiation rules
/// the members of Accept and its kin, the date rules the HTTP-dates. It holds offsets and
/// field indexes rather than borrows, so that [`Context`] keeps its plain lifetime.
#[derive(Debug, Default)]
pub(crate) struct Memo {
    cache_directives: OnceCell<Vec<cache_control::Indexed>>,
    cache_summary: OnceCell<Summary>,
    accept_members: OnceCell<Vec<accept::IndexedMembers>>,
    accept_weights: OnceCell<Vec<(KnownField, Span, Weight)>>,
    http_dates: OnceCell<Vec<fields::IndexedDate>>,
}

impl<'a> Context<'a> {
    /// Reports a finding on the current message.
    pub fn report(
        &mut self,
        rule: impl Rule,
        span: Span,
        message: impl Into<String>,
    ) -> Reported<'_> {
        let index = self.message.index;
        self.sink.report(rule, Some(index), span, message)
    }

    /// The bytes of a span.
    pub fn text(&self, span: Span) -> &'a [u8] {
        span.slice(self.input)
    }

    /// A span's text for a message: see [`quote`].
    pub fn quote(&self, span: Span) -> String {
        quote(self.text(span))
    }

    /// True when every LF of the input was read as CRLF (line endings `auto`, no CR in
    /// the input): octet counts of content are then uncertain, and messages say so.
    pub fn lf_as_crlf(&self) -> bool {
        // Decided once per input: scanning it for CR per message would be quadratic.
        self.lf_as_crlf
    }

    /// `Content-Length: N` for the octets of `span`; for pasted text (see
    /// [`Context::lf_as_crlf`]) with line breaks in it, also the count with CRLF breaks.
    pub fn length_hint(&self, span: Span) -> String {
        let n = span.len();
        let lfs = if self.lf_as_crlf() {
            self.text(span).iter().filter(|&&b| b == b'\n').count()
        } else {
            0
        };
        if lfs == 0 {
            format!("Content-Length: {n}")
        } else {
            format!(
                "Content-Length: {n} (or {}, if its line breaks are CRLF as sent)",
                n + lfs
            )
        }
    }

    /// Every cache directive of the current message, as [`cache_control::in_message`]
    /// reads them; parsed once for all the caching rules.
    pub fn cache_directives(&self) -> impl Iterator<Item = Located<'a>> + 'a {
        let (m, input) = (self.message, self.input);
        let directives = self
            .memo
            .cache_directives
            .get_or_init(|| cache_control::indexed(m, input).collect());
        directives
            .iter()
            .filter_map(|&directive| cache_control::locate(m, directive))
    }

    /// The [`Summary`] of the current message's cache directives; built once.
    pub fn cache_summary(&self) -> &'a Summary {
        self.memo
            .cache_summary
            .get_or_init(|| Summary::of_directives(self.cache_directives(), self.input))
    }

    /// The `name` fields of the current message (one of [`accept::FIELDS`], not folded),
    /// each with its members as [`accept::members`] reads them; parsed once for all the
    /// negotiation rules.
    pub fn accept_fields(
        &self,
        name: KnownField,
    ) -> impl Iterator<Item = (&'a FieldLine, &'a [Result<Member, SyntaxError>])> + 'a {
        let (m, input) = (self.message, self.input);
        let parsed = self
            .memo
            .accept_members
            .get_or_init(|| accept::indexed(m, input));
        parsed.iter().filter_map(move |(i, members)| {
            let field = m.fields.get(*i).filter(|f| f.known == Some(name))?;
            Some((field, members.as_slice()))
        })
    }

    /// The members of `field`, a negotiation field line of the current message (see
    /// [`Context::accept_fields`]); `None` for other field lines.
    pub fn accept_members(&self, field: &FieldLine) -> Option<&'a [Result<Member, SyntaxError>]> {
        let name = field.known?;
        let mut fields = self.accept_fields(name);
        fields
            .find(|&(f, _)| std::ptr::eq(f, field))
            .map(|(_, members)| members)
    }

    /// Every weight in the current message's negotiation fields, field by field in the
    /// order of [`accept::FIELDS`]: the field, the span of its value, and the weight.
    /// Members that do not parse are the `accept-*-invalid` rules'.
    pub fn accept_weights(&self) -> &'a [(KnownField, Span, Weight)] {
        self.memo.accept_weights.get_or_init(|| {
            let mut weights = Vec::new();
            for (name, _) in accept::FIELDS {
                for (field, members) in self.accept_fields(name) {
                    let each = members.iter().filter_map(|m| m.as_ref().ok()?.weight);
                    weights.extend(each.map(|w| (name, field.value, w)));
                }
            }
            weights
        })
    }

    /// The field lines of the current message defined as an HTTP-date (see
    /// [`fields::date_fields`]), each with its value read by [`fields::date::parse`];
    /// parsed once for all the date rules.
    pub fn http_dates(
        &self,
    ) -> impl Iterator<Item = (&'a FieldLine, Result<HttpDate, DateError>)> + 'a {
        let (m, input) = (self.message, self.input);
        let dates = self
            .memo
            .http_dates
            .get_or_init(|| fields::parsed_dates(m, input));
        dates
            .iter()
            .filter_map(|&(i, date)| Some((m.fields.get(i)?, date)))
    }

    /// The message after the current one, if any.
    pub fn next_message(&self) -> Option<&'a Message> {
        self.messages.get(self.message.index as usize + 1)
    }
}

/// Renders bytes for a finding's message: lossy UTF-8, control characters escaped
/// (`\r`, `\n`, `\t`, `\x00`), cut to 60 characters with an ellipsis.
pub fn quote(bytes: &[u8]) -> String {
    const MAX: usize = 60;
    let mut out = String::new();
    let text = String::from_utf8_lossy(bytes.get(..bytes.len().min(MAX * 4)).unwrap_or_default());
    for (n, c) in text.chars().enumerate() {
        if n == MAX {
            out.push('…');
            break;
        }
        match c {
            '\r' => out.push_str("\\r"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quote_escapes_and_cuts() {
        assert_eq!(quote(b"a\r\nb\x00"), "a\\r\\nb\\x00");
        assert_eq!(quote(&[b'x'; 70]), format!("{}…", "x".repeat(60)));
        assert_eq!(quote(b"\xff"), "\u{fffd}");
    }
}
