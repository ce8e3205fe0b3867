//! Which known name an unknown one was probably meant to be: a bounded edit distance
//! (optimal string alignment: insertions, deletions, substitutions and transpositions of
//! adjacent characters), ignoring ASCII case.
//!
//! Cost is bounded: names longer than [`MAX_LEN`] are not compared, and a candidate is
//! compared only when its length and the set of characters it uses are close enough
//! for the distance to be within the bound, which a bit mask tells in constant time.

/// Longest name compared.
pub const MAX_LEN: usize = 48;

/// A 64-bit mask of the characters a name uses (case-folded): one bit per letter and
/// digit, one for `-`, one for `_` and one for anything else.
pub fn signature(name: &[u8]) -> u64 {
    name.iter().fold(0u64, |mask, &b| {
        let bit = match b.to_ascii_lowercase() {
            c @ b'a'..=b'z' => c - b'a',
            c @ b'0'..=b'9' => 26 + (c - b'0'),
            b'-' => 36,
            b'_' => 37,
            _ => 38,
        };
        mask | (1u64 << bit)
    })
}

/// The edit distance between `a` and `b` ignoring ASCII case, if it is at most `bound`.
pub fn distance_within(a: &[u8], b: &[u8], bound: usize) -> Option<usize> {
    if a.len() > MAX_LEN || b.len() > MAX_LEN || a.len().abs_diff(b.len()) > bound {
        return None;
    }
    // Each edit changes the character set by at most two characters.
    if ((signature(a) ^ signature(b)).count_ones() as usize) > 2 * bound {
        return None;
    }
    let lower = |s: &[u8], i: usize| s.get(i).map(u8::to_ascii_lowercase);
    let width = b.len() + 1;
    // Three rows of the dynamic programme: i-2, i-1 and i.
    let mut rows = [[0usize; MAX_LEN + 1]; 3];
    for (j, cell) in rows[0].iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        let (cur, prev, prev2) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        let mut row_min = usize::MAX;
        for j in 0..width {
            let value = if j == 0 {
                i
            } else {
                let same = lower(a, i - 1) == lower(b, j - 1);
                let up = rows
                    .get(prev)
                    .and_then(|r| r.get(j))
                    .copied()
                    .unwrap_or(usize::MAX);
                let left = rows
                    .get(cur)
                    .and_then(|r| r.get(j - 1))
                    .copied()
                    .unwrap_or(usize::MAX);
                let diag = rows
                    .get(prev)
                    .and_then(|r| r.get(j - 1))
                    .copied()
                    .unwrap_or(usize::MAX);
                let mut v = up
                    .saturating_add(1)
                    .min(left.saturating_add(1))
                    .min(diag.saturating_add(usize::from(!same)));
                if i > 1
                    && j > 1
                    && lower(a, i - 1) == lower(b, j - 2)
                    && lower(a, i - 2) == lower(b, j - 1)
                {
                    let t = rows
                        .get(prev2)
                        .and_then(|r| r.get(j - 2))
                        .copied()
                        .unwrap_or(usize::MAX);
                    v = v.min(t.saturating_add(1));
                }
                v
            };
            if let Some(cell) = rows.get_mut(cur).and_then(|r| r.get_mut(j)) {
                *cell = value;
            }
            row_min = row_min.min(value);
        }
        if row_min > bound {
            return None;
        }
    }
    let d = rows
        .get(a.len() % 3)
        .and_then(|r| r.get(b.len()))
        .copied()?;
    (d <= bound).then_some(d)
}

/// The candidate closest to `name` within `bound(candidate)` edits (the first of equally
/// close ones), skipping an exact match.
pub fn closest<'c>(
    name: &[u8],
    candidates: impl IntoIterator<Item = &'c str>,
    bound: impl Fn(&str) -> usize,
) -> Option<&'c str> {
    let mut best: Option<(usize, &'c str)> = None;
    for candidate in candidates {
        let limit = bound(candidate).min(best.map_or(usize::MAX, |(d, _)| d.saturating_sub(1)));
        let Some(d) = distance_within(name, candidate.as_bytes(), limit) else {
            continue;
        };
        if d > 0 {
            best = Some((d, candidate));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        let table: &[(&str, &str, usize, Option<usize>)] = &[
            ("Content-Lenght", "Content-Length", 2, Some(1)),
            ("cache-controll", "Cache-Control", 2, Some(1)),
            ("Acept", "Accept", 1, Some(1)),
            ("Referrer", "Referer", 1, Some(1)),
            ("maxage", "max-age", 1, Some(1)),
            ("s-max-age", "s-maxage", 1, Some(1)),
            ("max_age", "max-age", 1, Some(1)),
            ("kitten", "sitting", 3, Some(3)),
            ("kitten", "sitting", 2, None),
            ("abc", "abc", 0, Some(0)),
            ("", "ab", 2, Some(2)),
            ("X-Forwarded-For", "X-Forwarded-Proto", 2, None),
        ];
        for &(a, b, bound, want) in table {
            assert_eq!(
                distance_within(a.as_bytes(), b.as_bytes(), bound),
                want,
                "{a} {b}"
            );
        }
        let long = "a".repeat(100);
        assert_eq!(distance_within(long.as_bytes(), long.as_bytes(), 2), None);
    }

    #[test]
    fn closest_candidate() {
        let names = ["max-age", "max-stale", "s-maxage", "no-cache"];
        assert_eq!(closest(b"maxage", names, |_| 1), Some("max-age"));
        assert_eq!(closest(b"no-cahce", names, |_| 1), Some("no-cache"));
        assert_eq!(closest(b"max-age", names, |_| 1), None);
        assert_eq!(closest(b"community", names, |_| 2), None);
    }
}
