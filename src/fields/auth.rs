//! HTTP authentication (RFC 9110 §11): challenges, credentials and auth-params.
//!
//! ```text
//! auth-scheme = token                                              ; §11.1
//! token68     = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="  ; §11.2
//! auth-param  = token BWS "=" BWS ( token / quoted-string )        ; §11.2
//! challenge   = auth-scheme [ 1*SP ( token68 / #auth-param ) ]     ; §11.3
//! credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ]     ; §11.4
//! WWW-Authenticate = #challenge ; Proxy-Authenticate likewise
//! Authorization = credentials   ; Proxy-Authorization likewise
//! Authentication-Info = #auth-param ; Proxy-Authentication-Info likewise
//! ```
//!
//! A challenge's auth-params are themselves comma-separated, so a list element is either
//! the start of a challenge (`Newauth realm="apps"`) or one more parameter of the current
//! one (`type=1`): an element that is a token followed by SP starts a challenge.

use super::known::KnownField;
use super::list;
use super::tokens::{self, SyntaxError};

/// One `auth-param`, as offsets into the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuthParam {
    /// The name.
    pub name: (usize, usize),
    /// The value, quotes included when quoted.
    pub value: (usize, usize),
    /// True when the value is a quoted-string.
    pub quoted: bool,
    /// The whitespace around "=" (`BWS`), from its first to its last octet, if any.
    pub bws: Option<(usize, usize)>,
    /// The first needless quoted-pair in a quoted value (RFC 9110 §5.6.4).
    pub needless_escape: Option<usize>,
}

impl AuthParam {
    /// The name's octets.
    pub fn name<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        s.get(self.name.0..self.name.1).unwrap_or_default()
    }
}

/// A challenge or credentials: a scheme and either a token68 or auth-params.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    /// The auth-scheme.
    pub scheme: (usize, usize),
    /// The token68, when there is one.
    pub token68: Option<(usize, usize)>,
    /// The auth-params, in order.
    pub params: Vec<AuthParam>,
    /// From the scheme to the end of the last parameter.
    pub span: (usize, usize),
}

impl Challenge {
    /// The scheme's octets.
    pub fn scheme<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        s.get(self.scheme.0..self.scheme.1).unwrap_or_default()
    }
}

/// What one list element holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    /// `auth-scheme [ 1*SP ( token68 / auth-param ) ]`.
    Scheme {
        scheme: (usize, usize),
        token68: Option<(usize, usize)>,
        param: Option<AuthParam>,
    },
    /// An `auth-param` continuing the current challenge.
    Param(AuthParam),
}

/// `token68` characters.
const fn is_token68_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'+' | b'/')
}

/// Reads `token BWS "=" BWS ( token / quoted-string )` filling `s[start..end]`.
fn auth_param(s: &[u8], start: usize, end: usize) -> Result<AuthParam, SyntaxError> {
    let s = s.get(..end).unwrap_or(s);
    let name_end = tokens::token_end(s, start);
    if name_end == start {
        return Err(SyntaxError::at(s, start, "an auth-param name (token)"));
    }
    let eq = tokens::skip_ows(s, name_end);
    if s.get(eq) != Some(&b'=') {
        // A bare token, or a scheme in front of the list ("Digest nextnonce=…").
        return Err(SyntaxError::span(
            start,
            name_end,
            "an auth-param (name=value), not a bare token or scheme",
        ));
    }
    let v = tokens::skip_ows(s, eq + 1);
    let bws = match (eq > name_end, v > eq + 1) {
        (false, false) => None,
        (true, false) => Some((name_end, eq)),
        (false, true) => Some((eq + 1, v)),
        (true, true) => Some((name_end, v)),
    };
    let (value_end, quoted, needless_escape) = if s.get(v) == Some(&b'"') {
        let q = tokens::quoted_string(s, v)?;
        (q.end, true, q.needless_escape)
    } else {
        let e = tokens::token_end(s, v);
        if e == v {
            return Err(SyntaxError::at(
                s,
                v,
                "an auth-param value (token or quoted string)",
            ));
        }
        (e, false, None)
    };
    if value_end < end {
        return Err(SyntaxError::at(
            s,
            value_end,
            "\",\" or the end after the auth-param",
        ));
    }
    Ok(AuthParam {
        name: (start, name_end),
        value: (v, value_end),
        quoted,
        bws,
        needless_escape,
    })
}

/// Classifies the list element `s[start..end]`.
fn piece(s: &[u8], start: usize, end: usize) -> Result<Piece, SyntaxError> {
    let s = s.get(..end).unwrap_or(s);
    let t_end = tokens::token_end(s, start);
    if t_end == start {
        return Err(SyntaxError::at(s, start, "an auth-scheme (token)"));
    }
    if t_end == end {
        return Ok(Piece::Scheme {
            scheme: (start, t_end),
            token68: None,
            param: None,
        });
    }
    let next = tokens::skip_ows(s, t_end);
    if s.get(next) == Some(&b'=') {
        return auth_param(s, start, end).map(Piece::Param);
    }
    if s.get(t_end) != Some(&b' ') {
        return Err(SyntaxError::at(
            s,
            t_end,
            "SP after the auth-scheme, or \"=\" after an auth-param name",
        ));
    }
    let r = t_end
        + s.get(t_end..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&b| b == b' ')
            .count();
    if s.get(r) == Some(&b'\t') {
        return Err(SyntaxError::at(s, r, "SP (not HTAB) after the auth-scheme"));
    }
    // token68 when the rest is token68 characters then only "=" padding.
    let body_end = r + s
        .get(r..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&b| is_token68_char(b))
        .count();
    let pad_end = body_end
        + s.get(body_end..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&b| b == b'=')
            .count();
    let t2 = tokens::token_end(s, r);
    let looks_like_param = t2 > r && {
        let eq = tokens::skip_ows(s, t2);
        s.get(eq) == Some(&b'=') && !(eq == t2 && pad_end == end && body_end == t2)
    };
    if !looks_like_param && body_end > r && pad_end == end {
        return Ok(Piece::Scheme {
            scheme: (start, t_end),
            token68: Some((r, end)),
            param: None,
        });
    }
    if looks_like_param {
        let param = auth_param(s, r, end)?;
        return Ok(Piece::Scheme {
            scheme: (start, t_end),
            token68: None,
            param: Some(param),
        });
    }
    let bad = if body_end > r { pad_end } else { r };
    Err(SyntaxError::at(
        s,
        bad,
        "a token68 (base64-like characters, then \"=\" padding) or auth-params (name=value)",
    ))
}

fn start(
    scheme: (usize, usize),
    token68: Option<(usize, usize)>,
    param: Option<AuthParam>,
) -> Challenge {
    let end = token68
        .map(|t| t.1)
        .or(param.map(|p| p.value.1))
        .unwrap_or(scheme.1);
    Challenge {
        scheme,
        token68,
        params: param.into_iter().collect(),
        span: (scheme.0, end),
    }
}

/// Adds a parameter element to the current challenge, or says why it cannot be one.
fn continue_with(current: Option<&mut Challenge>, p: AuthParam) -> Result<(), SyntaxError> {
    let Some(c) = current else {
        return Err(SyntaxError::span(
            p.name.0,
            p.name.1,
            "an auth-scheme before the auth-params",
        ));
    };
    if c.token68.is_some() {
        return Err(SyntaxError::span(
            p.name.0,
            p.name.1,
            "an auth-scheme: a token68 takes no auth-params",
        ));
    }
    if c.params.is_empty() {
        return Err(SyntaxError::span(
            p.name.0,
            p.name.1,
            "the first auth-param after the scheme and a space (\"Basic realm=…\"), not after a comma",
        ));
    }
    c.params.push(p);
    c.span.1 = p.value.1;
    Ok(())
}

/// The challenges of a `WWW-Authenticate` or `Proxy-Authenticate` value, and the first
/// syntax error (reading stops there).
pub fn challenges(value: &[u8]) -> (Vec<Challenge>, Option<SyntaxError>) {
    let mut out: Vec<Challenge> = Vec::new();
    for e in list::elements(value).filter(|e| !e.is_empty()) {
        match piece(value, e.start, e.end) {
            Ok(Piece::Scheme {
                scheme,
                token68,
                param,
            }) => out.push(start(scheme, token68, param)),
            Ok(Piece::Param(p)) => {
                if let Err(err) = continue_with(out.last_mut(), p) {
                    return (out, Some(err));
                }
            }
            Err(err) => return (out, Some(err)),
        }
    }
    (out, None)
}

/// The `credentials` of an `Authorization` or `Proxy-Authorization` value.
pub fn credentials(value: &[u8]) -> Result<Challenge, SyntaxError> {
    let mut current: Option<Challenge> = None;
    for e in list::elements(value).filter(|e| !e.is_empty()) {
        match piece(value, e.start, e.end)? {
            Piece::Scheme {
                scheme,
                token68,
                param,
            } => {
                if current.is_some() {
                    return Err(SyntaxError::span(
                        e.start,
                        e.end,
                        "one set of credentials (an auth-param is name=value)",
                    ));
                }
                current = Some(start(scheme, token68, param));
            }
            Piece::Param(p) => continue_with(current.as_mut(), p)?,
        }
    }
    current.ok_or(SyntaxError::at(value, 0, "an auth-scheme (token)"))
}

/// The auth-params of an `Authentication-Info` or `Proxy-Authentication-Info` value.
pub fn auth_params(value: &[u8]) -> (Vec<AuthParam>, Option<SyntaxError>) {
    let mut out = Vec::new();
    for e in list::elements(value).filter(|e| !e.is_empty()) {
        match auth_param(value, e.start, e.end) {
            Ok(p) => out.push(p),
            Err(err) => return (out, Some(err)),
        }
    }
    (out, None)
}

/// The authentication fields, whose values carry auth-params (see [`param_groups`]).
pub const FIELDS: [KnownField; 6] = [
    KnownField::WWWAuthenticate,
    KnownField::ProxyAuthenticate,
    KnownField::Authorization,
    KnownField::ProxyAuthorization,
    KnownField::AuthenticationInfo,
    KnownField::ProxyAuthenticationInfo,
];

/// The auth-params of an authentication field's value, grouped as its grammar groups
/// them: one group per challenge of WWW-Authenticate and Proxy-Authenticate, the
/// credentials' of Authorization and Proxy-Authorization (none when they are invalid),
/// the whole list of Authentication-Info and Proxy-Authentication-Info. A list is read up
/// to its first syntax error; other fields have no auth-params.
pub fn param_groups(field: KnownField, value: &[u8]) -> ParamGroups {
    match field {
        KnownField::WWWAuthenticate | KnownField::ProxyAuthenticate => {
            ParamGroups::Challenges(challenges(value).0.into_iter())
        }
        KnownField::Authorization | KnownField::ProxyAuthorization => {
            ParamGroups::One(credentials(value).ok().map(|c| c.params))
        }
        KnownField::AuthenticationInfo | KnownField::ProxyAuthenticationInfo => {
            ParamGroups::One(Some(auth_params(value).0))
        }
        _ => ParamGroups::One(None),
    }
}

/// The groups of [`param_groups`], moved out of the parsed value without copying.
#[derive(Debug)]
pub enum ParamGroups {
    /// The parameters of each challenge.
    Challenges(std::vec::IntoIter<Challenge>),
    /// One group, or none.
    One(Option<Vec<AuthParam>>),
}

impl Iterator for ParamGroups {
    type Item = Vec<AuthParam>;

    fn next(&mut self) -> Option<Vec<AuthParam>> {
        match self {
            ParamGroups::Challenges(challenges) => challenges.next().map(|c| c.params),
            ParamGroups::One(group) => group.take(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names<'a>(s: &'a [u8], c: &Challenge) -> Vec<&'a str> {
        c.params
            .iter()
            .map(|p| std::str::from_utf8(p.name(s)).unwrap())
            .collect()
    }

    #[test]
    fn rfc_example_challenges() {
        let s = br#"Basic realm="simple", Newauth realm="apps", type=1, title="Login to \"apps\"""#;
        let (cs, err) = challenges(s);
        assert_eq!(err, None);
        assert_eq!(cs.len(), 2);
        assert_eq!(cs[0].scheme(s), b"Basic");
        assert_eq!(names(s, &cs[0]), ["realm"]);
        assert_eq!(cs[1].scheme(s), b"Newauth");
        assert_eq!(names(s, &cs[1]), ["realm", "type", "title"]);
        assert!(cs[1].params[2].quoted);
    }

    #[test]
    fn more_challenges() {
        let table: &[(&str, usize)] = &[
            ("Negotiate", 1),
            ("Negotiate, Basic realm=\"x\"", 2),
            ("Bearer realm=\"example\", error=\"invalid_token\"", 1),
            ("Negotiate abc/def+ghi==", 1),
            ("Basic realm=\"a\", , Basic realm=\"b\"", 2),
            ("Digest realm=\"x\", qop=\"auth,auth-int\", nonce=\"n\"", 1),
        ];
        for &(input, n) in table {
            let (cs, err) = challenges(input.as_bytes());
            assert_eq!((cs.len(), err), (n, None), "{input}");
        }
        let s = b"Negotiate abc/def+ghi==";
        assert_eq!(challenges(s).0[0].token68, Some((10, 23)));
    }

    #[test]
    fn challenge_errors() {
        let table: &[(&str, usize, usize)] = &[
            ("realm=\"x\"", 0, 5),
            ("Basic realm=\"x", 12, 14),
            ("Basic\trealm=x", 5, 6),
            ("Basic, realm=x", 7, 12),
            ("Negotiate abc=, foo=bar", 16, 19),
            ("Basic realm=x y", 13, 14),
            ("Basic a=b=c", 9, 10),
            ("\"Basic\"", 0, 1),
            ("Basic abc=def=", 13, 14),
        ];
        for &(input, start, end) in table {
            let (_, err) = challenges(input.as_bytes());
            let e = err.unwrap_or_else(|| panic!("{input}: no error"));
            assert_eq!((e.start, e.end), (start, end), "{input}: {e:?}");
        }
    }

    #[test]
    fn bws_and_escapes() {
        let s = b"Basic realm = \"a\\b\"";
        let (cs, err) = challenges(s);
        assert_eq!(err, None);
        let p = cs[0].params[0];
        assert_eq!(p.bws, Some((11, 14)));
        assert_eq!(p.needless_escape, Some(16));
    }

    #[test]
    fn credentials_and_info() {
        let s = b"Basic dXNlcjpwYXNzd29yZA==";
        let c = credentials(s).unwrap();
        assert_eq!(c.token68, Some((6, 26)));
        let s = b"Digest username=\"a\", realm=\"b\", nonce=\"c\"";
        assert_eq!(credentials(s).unwrap().params.len(), 3);
        assert!(credentials(b"Basic abc, Bearer def").is_err());
        assert!(credentials(b"").is_err());
        assert!(credentials(b"Basic").is_ok());
        let (ps, err) = auth_params(b"nextnonce=\"abc\", qop=auth");
        assert_eq!((ps.len(), err), (2, None));
        let (_, err) = auth_params(b"Digest nextnonce=\"abc\"");
        assert_eq!(err.map(|e| (e.start, e.end)), Some((0, 6)));
        // "realm=" is a token68 with padding, not an empty auth-param.
        assert_eq!(challenges(b"Basic realm=").0[0].token68, Some((6, 12)));
    }
}
