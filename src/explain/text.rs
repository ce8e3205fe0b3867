//! Small text helpers of the explanations: numbers and durations in words.

/// Bytes of the input as text, invalid UTF-8 replaced.
pub(super) fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `"1 octet"`, `"2 octets"`.
pub(super) fn plural(n: u64, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// A duration in words: `"3 days 4 hours"`, `"90 seconds"` → `"1 minute 30 seconds"`, and
/// `"about 31 years"` for two years or more. At most two units, the larger ones.
pub(super) fn span(secs: u64) -> String {
    const YEAR: u64 = 31_556_952; // 365.2425 days
    if secs >= 2 * YEAR {
        return format!("about {} years", secs / YEAR);
    }
    let units = [
        (86_400, "day"),
        (3600, "hour"),
        (60, "minute"),
        (1, "second"),
    ];
    let Some(first) = units.iter().position(|&(size, _)| secs >= size) else {
        return "0 seconds".to_string();
    };
    let mut out = String::new();
    let mut rest = secs;
    for &(size, word) in units.iter().skip(first).take(2) {
        let n = rest / size;
        rest %= size;
        if n > 0 {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&plural(n, word));
        }
    }
    out
}

/// A number of seconds, with the duration in words when it is a minute or more:
/// `"3600 seconds (1 hour)"`.
pub(super) fn seconds(n: u64) -> String {
    if n < 60 {
        plural(n, "second")
    } else {
        format!("{n} seconds ({})", span(n))
    }
}

/// A weight in thousandths as a qvalue: `1000` → `"1"`, `500` → `"0.5"`, `125` → `"0.125"`.
pub(super) fn qvalue(q: u16) -> String {
    match q {
        1000.. => "1".to_string(),
        0 => "0".to_string(),
        q => format!("0.{q:03}").trim_end_matches('0').to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(span(0), "0 seconds");
        assert_eq!(span(1), "1 second");
        assert_eq!(span(90), "1 minute 30 seconds");
        assert_eq!(span(3600), "1 hour");
        assert_eq!(span(3601), "1 hour");
        assert_eq!(span(90_061), "1 day 1 hour");
        assert_eq!(span(400 * 86_400), "400 days");
        assert_eq!(span(31 * 31_556_952 + 5), "about 31 years");
        assert_eq!(seconds(59), "59 seconds");
        assert_eq!(seconds(1), "1 second");
        assert_eq!(seconds(86_400), "86400 seconds (1 day)");
    }

    #[test]
    fn qvalues() {
        assert_eq!(qvalue(1000), "1");
        assert_eq!(qvalue(0), "0");
        assert_eq!(qvalue(500), "0.5");
        assert_eq!(qvalue(125), "0.125");
        assert_eq!(qvalue(10), "0.01");
    }
}
