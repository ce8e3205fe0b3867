//! `HTTP-date` (RFC 9110 §5.6.7): the preferred IMF-fixdate and the two obsolete forms.
//!
//! ```text
//! HTTP-date    = IMF-fixdate / obs-date
//! IMF-fixdate  = day-name "," SP date1 SP time-of-day SP GMT   ; Sun, 06 Nov 1994 08:49:37 GMT
//! rfc850-date  = day-name-l "," SP date2 SP time-of-day SP GMT ; Sunday, 06-Nov-94 08:49:37 GMT
//! asctime-date = day-name SP date3 SP time-of-day SP year      ; Sun Nov  6 08:49:37 1994
//! ```

/// Which of the three forms a date was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateFormat {
    /// The preferred form, required of senders.
    ImfFixdate,
    /// Obsolete RFC 850 form with a two-digit year.
    Rfc850,
    /// Obsolete ANSI C asctime() form.
    Asctime,
}

/// A parsed HTTP-date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HttpDate {
    /// The form it was written in.
    pub format: DateFormat,
    /// Seconds since 1970-01-01T00:00:00Z.
    pub timestamp: i64,
    /// False when the day name does not match the date (e.g. "Mon, 06 Nov 1994").
    pub weekday_matches: bool,
    /// Offsets of the day name in the value, for pointing at a wrong weekday.
    pub weekday: (usize, usize),
}

/// Why a value is not an HTTP-date, with the offsets of the offending part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateError {
    /// Start offset in the value.
    pub start: usize,
    /// End offset in the value.
    pub end: usize,
    /// What was expected there.
    pub expected: &'static str,
}

const DAYS: [&[u8]; 7] = [b"Mon", b"Tue", b"Wed", b"Thu", b"Fri", b"Sat", b"Sun"];
const DAYS_LONG: [&[u8]; 7] = [
    b"Monday",
    b"Tuesday",
    b"Wednesday",
    b"Thursday",
    b"Friday",
    b"Saturday",
    b"Sunday",
];
const MONTHS: [&[u8]; 12] = [
    b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
];

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// 0 = Monday … 6 = Sunday.
fn weekday(days: i64) -> usize {
    // 1970-01-01 was a Thursday (3).
    usize::try_from((days + 3).rem_euclid(7)).unwrap_or(0)
}

/// A timestamp split into UTC calendar parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Civil {
    /// The year (proleptic Gregorian).
    pub year: i64,
    /// 1 to 12.
    pub month: u32,
    /// 1 to 31.
    pub day: u32,
    /// Seconds since midnight.
    pub secs: u32,
    /// 0 = Monday … 6 = Sunday.
    pub weekday: usize,
}

impl Civil {
    /// The calendar parts of a Unix timestamp (Howard Hinnant's `civil_from_days`).
    pub fn of(timestamp: i64) -> Civil {
        let days = timestamp.div_euclid(86_400);
        let secs = u32::try_from(timestamp.rem_euclid(86_400)).unwrap_or(0);
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = u32::try_from(doy - (153 * mp + 2) / 5 + 1).unwrap_or(1);
        let month = u32::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).unwrap_or(1);
        Civil {
            year: yoe + era * 400 + i64::from(month <= 2),
            month,
            day,
            secs,
            weekday: weekday(days),
        }
    }
}

/// Formats a timestamp as IMF-fixdate, e.g. `Sun, 06 Nov 1994 08:49:37 GMT`.
pub fn format_imf(timestamp: i64) -> String {
    let c = Civil::of(timestamp);
    let name = |s: &[u8]| String::from_utf8_lossy(s).into_owned();
    format!(
        "{}, {:02} {} {:04} {:02}:{:02}:{:02} GMT",
        name(DAYS.get(c.weekday).copied().unwrap_or_default()),
        c.day,
        name(
            MONTHS
                .get(c.month as usize - 1)
                .copied()
                .unwrap_or_default()
        ),
        c.year,
        c.secs / 3600,
        c.secs / 60 % 60,
        c.secs % 60
    )
}

/// Formats a timestamp as ISO 8601 in UTC, e.g. `1994-11-06T08:49:37Z`.
pub fn format_iso(timestamp: i64) -> String {
    let c = Civil::of(timestamp);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        c.year,
        c.month,
        c.day,
        c.secs / 3600,
        c.secs / 60 % 60,
        c.secs % 60
    )
}

struct Cursor<'a> {
    s: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn err(&self, len: usize, expected: &'static str) -> DateError {
        let end = (self.pos + len).min(self.s.len()).max(self.pos);
        DateError {
            start: self.pos.min(self.s.len()),
            end,
            expected,
        }
    }

    /// How many octets from the cursor on satisfy `pred`, for an error that covers them.
    fn run(&self, pred: impl Fn(&u8) -> bool) -> usize {
        let rest = self.s.get(self.pos..).unwrap_or_default();
        rest.iter().take_while(|b| pred(b)).count()
    }

    fn lit(&mut self, lit: &[u8], expected: &'static str) -> Result<(), DateError> {
        if self.s.get(self.pos..self.pos + lit.len()) == Some(lit) {
            self.pos += lit.len();
            Ok(())
        } else {
            Err(self.err(lit.len(), expected))
        }
    }

    fn digits(&mut self, n: usize, expected: &'static str) -> Result<u32, DateError> {
        let Some(d) = self
            .s
            .get(self.pos..self.pos + n)
            .filter(|d| d.iter().all(u8::is_ascii_digit))
        else {
            // Point at the digits that are there (too few), or at the octet that is not one.
            let have = self.run(u8::is_ascii_digit);
            return Err(self.err(have.clamp(1, n), expected));
        };
        self.pos += n;
        Ok(d.iter().fold(0, |a, &b| a * 10 + u32::from(b - b'0')))
    }

    /// `GMT = %s"GMT"`; an error covers the whole zone that was written instead.
    fn zone(&mut self) -> Result<(), DateError> {
        if self.s.get(self.pos..self.pos + 3) == Some(b"GMT") {
            self.pos += 3;
            return Ok(());
        }
        let len = self.run(|&b| b != b' ');
        Err(self.err(len.max(1), "\"GMT\""))
    }

    fn one_of(&mut self, names: &[&[u8]], expected: &'static str) -> Result<usize, DateError> {
        for (i, name) in names.iter().enumerate() {
            if self.s.get(self.pos..self.pos + name.len()) == Some(*name) {
                self.pos += name.len();
                return Ok(i);
            }
        }
        let len = self.run(u8::is_ascii_alphabetic);
        Err(self.err(len.max(1), expected))
    }

    fn time(&mut self) -> Result<i64, DateError> {
        let start = self.pos;
        let h = self.digits(2, "hour (2 digits)")?;
        self.lit(b":", "\":\"")?;
        let m = self.digits(2, "minute (2 digits)")?;
        self.lit(b":", "\":\"")?;
        let s = self.digits(2, "second (2 digits)")?;
        if h > 23 || m > 59 || s > 60 {
            return Err(DateError {
                start,
                end: self.pos,
                expected: "a time of day from 00:00:00 to 23:59:60",
            });
        }
        Ok(i64::from(h * 3600 + m * 60 + s))
    }

    /// The rest of an IMF-fixdate (`sep` SP, a 4-digit year) or an rfc850-date (`sep` "-",
    /// a 2-digit year) after its day name: `"," SP day sep month sep year SP time-of-day
    /// SP GMT`, to the end of the value. The year is as written.
    fn comma_date_gmt(
        &mut self,
        sep: &[u8],
        sep_expected: &'static str,
        (year_digits, year_expected): (usize, &'static str),
    ) -> Result<(Ymd, i64), DateError> {
        self.lit(b",", "\",\" after the day name")?;
        self.lit(b" ", "one SP")?;
        let day_start = self.pos;
        let day = self.digits(2, "day (2 digits)")?;
        let day_span = (day_start, self.pos);
        self.lit(sep, sep_expected)?;
        let month = self.one_of(&MONTHS, "a month name (Jan…Dec)")?;
        self.lit(sep, sep_expected)?;
        let year = i64::from(self.digits(year_digits, year_expected)?);
        self.lit(b" ", "one SP")?;
        let secs = self.time()?;
        self.lit(b" ", "one SP")?;
        self.zone()?;
        self.end()?;
        let ymd = Ymd {
            year,
            month,
            day,
            day_span,
        };
        Ok((ymd, secs))
    }

    fn end(&self) -> Result<(), DateError> {
        if self.pos == self.s.len() {
            Ok(())
        } else {
            Err(DateError {
                start: self.pos,
                end: self.s.len(),
                expected: "the end of the date",
            })
        }
    }
}

/// A calendar date as read: year, month index (0 = January), day, and the day's offsets.
struct Ymd {
    year: i64,
    month: usize,
    day: u32,
    day_span: (usize, usize),
}

fn finish(
    format: DateFormat,
    Ymd {
        year,
        month,
        day,
        day_span,
    }: Ymd,
    secs: i64,
    wd: usize,
    weekday_span: (usize, usize),
) -> Result<HttpDate, DateError> {
    let month = month as u32 + 1;
    if day == 0 || day > days_in_month(year, month) {
        return Err(DateError {
            start: day_span.0,
            end: day_span.1,
            expected: "a day that exists in that month",
        });
    }
    let days = days_from_civil(year, month, day);
    Ok(HttpDate {
        format,
        timestamp: days * 86_400 + secs,
        weekday_matches: weekday(days) == wd,
        weekday: weekday_span,
    })
}

/// Parses an HTTP-date as a cache does: ignoring the case of day and month names and of
/// "GMT" (RFC 9111 §4.2: "Although all date formats are specified to be case-sensitive, a
/// cache recipient SHOULD match the field value case-insensitively.").
pub fn parse_ignoring_case(value: &[u8]) -> Result<HttpDate, DateError> {
    let strict = parse(value);
    // The longest form, rfc850 with "Wednesday", has 33 octets.
    let mut buf = [0u8; 40];
    let (Err(_), Some(copy)) = (&strict, buf.get_mut(..value.len())) else {
        return strict;
    };
    copy.copy_from_slice(value);
    canonical_case(copy);
    parse(copy).or(strict)
}

/// Writes each alphabetic word of a date in the case the grammar has: capitalized
/// ("Sun", "Nov"), except "GMT" in capitals. Returns the offsets of the first word whose
/// case changed.
fn canonical_case(date: &mut [u8]) -> Option<(usize, usize)> {
    let mut first_changed = None;
    let mut i = 0;
    while i < date.len() {
        let rest = date.get(i..).unwrap_or_default();
        let len = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        let Some(word) = date.get_mut(i..i + len).filter(|w| !w.is_empty()) else {
            i += 1;
            continue;
        };
        let gmt = word.eq_ignore_ascii_case(b"GMT");
        let mut changed = false;
        for (n, b) in word.iter_mut().enumerate() {
            let want = if gmt || n == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            };
            changed |= want != *b;
            *b = want;
        }
        if changed && first_changed.is_none() {
            first_changed = Some((i, i + len));
        }
        i += len;
    }
    first_changed
}

/// Parses an HTTP-date in any of its three forms. Whitespace beyond the grammar's single
/// SPs is an error (RFC 9110 §5.6.7: "A sender MUST NOT generate additional whitespace
/// in an HTTP-date beyond that specifically included as SP in the grammar.").
pub fn parse(value: &[u8]) -> Result<HttpDate, DateError> {
    let mut c = Cursor { s: value, pos: 0 };
    // rfc850: a long day name followed by ","
    if let Ok(wd) = c.one_of(&DAYS_LONG, "") {
        let weekday_span = (0, c.pos);
        let (ymd, secs) = c.comma_date_gmt(b"-", "\"-\"", (2, "a two-digit year"))?;
        // Two-digit years: read as 1970–2069 without a clock.
        let yy = ymd.year;
        let year = if yy >= 70 { 1900 + yy } else { 2000 + yy };
        return finish(
            DateFormat::Rfc850,
            Ymd { year, ..ymd },
            secs,
            wd,
            weekday_span,
        );
    }
    c.pos = 0;
    let wd = c.one_of(&DAYS, "a day name (Mon…Sun)")?;
    let weekday_span = (0, c.pos);
    if c.s.get(c.pos) == Some(&b' ') {
        // asctime: Sun Nov  6 08:49:37 1994
        c.pos += 1;
        let month = c.one_of(&MONTHS, "a month name (Jan…Dec)")?;
        c.lit(b" ", "one SP")?;
        let day_start = c.pos;
        let day = if c.s.get(c.pos) == Some(&b' ') {
            c.pos += 1;
            c.digits(1, "day (1 digit after SP)")?
        } else {
            c.digits(2, "day (2 digits)")?
        };
        let day_span = (day_start, c.pos);
        c.lit(b" ", "one SP")?;
        let secs = c.time()?;
        c.lit(b" ", "one SP")?;
        let year = i64::from(c.digits(4, "year (4 digits)")?);
        c.end()?;
        return finish(
            DateFormat::Asctime,
            Ymd {
                year,
                month,
                day,
                day_span,
            },
            secs,
            wd,
            weekday_span,
        );
    }
    let (ymd, secs) = c.comma_date_gmt(b" ", "one SP", (4, "year (4 digits)"))?;
    finish(DateFormat::ImfFixdate, ymd, secs, wd, weekday_span)
}

/// When `value` fails to parse only because of whitespace beyond the grammar's single
/// SPs (RFC 9110 §5.6.7: "A sender MUST NOT generate additional whitespace in an
/// HTTP-date beyond that specifically included as SP in the grammar"): the offsets of the
/// first run of extra or wrong whitespace (a tab, or a second space), and the date the
/// value means.
pub fn extra_whitespace(value: &[u8]) -> Option<((usize, usize), HttpDate)> {
    if parse(value).is_ok() {
        return None;
    }
    let mut collapsed = Vec::with_capacity(value.len());
    for &b in value {
        let ws = b == b' ' || b == b'\t';
        if ws && collapsed.last() == Some(&b' ') {
            continue;
        }
        collapsed.push(if ws { b' ' } else { b });
    }
    let (candidate, date) = if let Ok(d) = parse(&collapsed) {
        (collapsed, d)
    } else {
        // asctime pads a one-digit day with a second SP: "Sun Nov  6".
        let mut padded = collapsed;
        let one_digit_day = padded.get(3) == Some(&b' ')
            && padded.get(7) == Some(&b' ')
            && padded.get(8).is_some_and(u8::is_ascii_digit)
            && padded.get(9) == Some(&b' ');
        if !one_digit_day {
            return None;
        }
        padded.insert(8, b' ');
        let d = parse(&padded).ok()?;
        (padded, d)
    };
    let i = value
        .iter()
        .zip(candidate.iter())
        .position(|(a, b)| a != b)
        .unwrap_or(value.len().min(candidate.len()));
    let ws = |b: &u8| *b == b' ' || *b == b'\t';
    if !value.get(i).is_some_and(ws) {
        return None;
    }
    let end = i + value
        .get(i..)
        .unwrap_or_default()
        .iter()
        .take_while(|b| ws(b))
        .count();
    Some(((i, end), date))
}

/// When `value` fails to parse only because of letter case ("HTTP-date is case
/// sensitive", RFC 9110 §5.6.7): the offsets of the first word in the wrong case, and the
/// date the value means.
pub fn miscased(value: &[u8]) -> Option<((usize, usize), HttpDate)> {
    if parse(value).is_ok() {
        return None;
    }
    let mut fixed = value.to_vec();
    let first_bad = canonical_case(&mut fixed);
    let date = parse(&fixed).ok()?;
    Some((first_bad?, date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_insensitive_parse() {
        let want = parse(b"Sun, 06 Nov 1994 08:49:37 GMT").unwrap().timestamp;
        assert!(parse(b"sun, 06 NOV 1994 08:49:37 gmt").is_err());
        assert_eq!(
            parse_ignoring_case(b"sun, 06 NOV 1994 08:49:37 gmt").map(|d| d.timestamp),
            Ok(want)
        );
        assert_eq!(
            parse_ignoring_case(b"SUNDAY, 06-nov-94 08:49:37 GMT").map(|d| d.timestamp),
            Ok(want)
        );
        assert!(parse_ignoring_case(b"0").is_err());
        assert!(parse_ignoring_case(&[b'a'; 100]).is_err());
    }

    const EXAMPLE: i64 = 784_111_777; // 1994-11-06T08:49:37Z, the RFC's example

    #[test]
    fn rfc_examples() {
        for (input, format) in [
            ("Sun, 06 Nov 1994 08:49:37 GMT", DateFormat::ImfFixdate),
            ("Sunday, 06-Nov-94 08:49:37 GMT", DateFormat::Rfc850),
            ("Sun Nov  6 08:49:37 1994", DateFormat::Asctime),
        ] {
            let d = parse(input.as_bytes()).unwrap();
            assert_eq!(
                (d.format, d.timestamp, d.weekday_matches),
                (format, EXAMPLE, true),
                "{input}"
            );
        }
        assert_eq!(format_imf(EXAMPLE), "Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(format_imf(0), "Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(format_imf(951_782_400), "Tue, 29 Feb 2000 00:00:00 GMT");
        assert_eq!(format_iso(EXAMPLE), "1994-11-06T08:49:37Z");
        assert_eq!(format_iso(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(format_iso(-1), "1969-12-31T23:59:59Z");
    }

    #[test]
    fn errors_point_at_the_part() {
        let table: &[(&str, usize, usize)] = &[
            ("Sun, 06 Nov 1994 08:49:37 UTC", 26, 29),
            ("Sun, 06 Nov 1994 08:49:37 +0000", 26, 31),
            ("Sun, 6 Nov 1994 08:49:37 GMT", 5, 6),
            ("Sun, 06 Nov 94 08:49:37 GMT", 12, 14),
            ("Sun,06 Nov 1994 08:49:37 GMT", 4, 5),
            ("Sun,  06 Nov 1994 08:49:37 GMT", 5, 6),
            ("Sun, 06 Nov 1994 25:49:37 GMT", 17, 25),
            ("Sun, 31 Nov 1994 08:49:37 GMT", 5, 7),
            ("Sun, 06 Nov 1994 08:49:37 GMT ", 29, 30),
            ("Sun, 06 Foo 1994 08:49:37 GMT", 8, 11),
            ("", 0, 1),
            ("1994-11-06T08:49:37Z", 0, 1),
            ("Sun, 06 Nov 1994", 16, 17),
        ];
        for &(input, start, end) in table {
            let e = parse(input.as_bytes()).unwrap_err();
            assert_eq!(
                (e.start, e.end),
                (start, end.min(input.len()).max(start)),
                "{input}: {e:?}"
            );
        }
    }

    #[test]
    fn whitespace_and_case() {
        let table: &[(&str, Option<(usize, usize)>)] = &[
            ("Sun,  06 Nov 1994 08:49:37 GMT", Some((5, 6))),
            ("Sun, 06 Nov 1994\t08:49:37 GMT", Some((16, 17))),
            ("Sun, 06  Nov  1994 08:49:37 GMT", Some((8, 9))),
            ("Sun Nov   6 08:49:37 1994", Some((9, 10))),
            ("Sun  Nov  6 08:49:37 1994", Some((4, 5))),
            ("Sun, 06 Nov 1994 08:49:37 GMT", None),
            ("Sun Nov 6 08:49:37 1994", None),
            ("Sun, 06 Nov 94 08:49:37 GMT", None),
        ];
        for &(input, want) in table {
            assert_eq!(
                extra_whitespace(input.as_bytes()).map(|w| w.0),
                want,
                "{input}"
            );
        }
        let (span, date) = miscased(b"sun, 06 NOV 1994 08:49:37 gmt").unwrap();
        assert_eq!((span, date.timestamp), ((0, 3), EXAMPLE));
        assert_eq!(
            miscased(b"Sun, 06 Nov 1994 08:49:37 Gmt").unwrap().0,
            (26, 29)
        );
        assert!(miscased(b"Sun, 06 Nov 1994 08:49:37 GMT").is_none());
        assert!(miscased(b"Sun, 06 Nov 1994 08:49:37 UTC").is_none());
    }

    #[test]
    fn weekday_mismatch_and_leap_years() {
        let d = parse(b"Mon, 06 Nov 1994 08:49:37 GMT").unwrap();
        assert!(!d.weekday_matches);
        assert_eq!(d.weekday, (0, 3));
        assert!(
            parse(b"Tue, 29 Feb 2000 00:00:00 GMT")
                .unwrap()
                .weekday_matches
        );
        assert!(parse(b"Thu, 29 Feb 1900 00:00:00 GMT").is_err());
        assert!(parse(b"Sat, 31 Dec 2016 23:59:60 GMT").is_ok());
    }
}
