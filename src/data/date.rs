//! A calendar date whose day may be unknown ("2008-06" or "2010-12-01").

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A date with a known year and month and, where a source gives it, a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: u16,
    pub month: u8,
    pub day: Option<u8>,
}

impl PartialDate {
    /// A full date (not checked; see `parse` for checked input).
    pub const fn ymd(year: u16, month: u8, day: u8) -> PartialDate {
        PartialDate { year, month, day: Some(day) }
    }

    /// Parses `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible months and days.
    pub fn parse(s: &str) -> Result<PartialDate, String> {
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Result<u16, String> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("bad date \"{s}\""));
            }
            p.parse::<u16>().map_err(|_| format!("bad date \"{s}\""))
        };
        let (year, month, day) = match parts.as_slice() {
            [y, m] => (num(y, 4)?, num(m, 2)?, None),
            [y, m, d] => (num(y, 4)?, num(m, 2)?, Some(num(d, 2)?)),
            _ => return Err(format!("bad date \"{s}\"")),
        };
        if !(1..=12).contains(&month) {
            return Err(format!("month out of range in \"{s}\""));
        }
        let month = month as u8;
        if let Some(d) = day {
            if d == 0 || d > u16::from(days_in_month(year, month)) {
                return Err(format!("day out of range in \"{s}\""));
            }
        }
        Ok(PartialDate { year, month, day: day.map(|d| d as u8) })
    }

    /// A key that orders dates; an unknown day sorts as the first of the month.
    pub fn ordinal_key(self) -> u32 {
        (u32::from(self.year) * 13 + u32::from(self.month)) * 32 + u32::from(self.day.unwrap_or(1))
    }

    /// The key of the last day this date may mean (the month's end when the day is unknown).
    pub fn ordinal_key_late(self) -> u32 {
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, self.month));
        (u32::from(self.year) * 13 + u32::from(self.month)) * 32 + u32::from(day)
    }

    /// 1-based day of the year (mid-month when the day is unknown).
    pub fn day_of_year(self) -> u16 {
        let before: u16 = (1..self.month).map(|m| u16::from(days_in_month(self.year, m))).sum();
        before + u16::from(self.day.unwrap_or(15))
    }

    /// The date as a fractional year, at the middle of its day: 2017-07-02 is about 2017.5.
    pub fn fractional_year(self) -> f64 {
        let days = if is_leap(self.year) { 366.0 } else { 365.0 };
        f64::from(self.year) + (f64::from(self.day_of_year()) - 0.5) / days
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.day {
            Some(d) => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, d),
            None => write!(f, "{:04}-{:02}", self.year, self.month),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PartialDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// Whether `year` is a Gregorian leap year.
pub fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Days in a month of a year (0 for an invalid month).
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_full_and_month_dates() {
        assert_eq!(PartialDate::parse("2010-12-01").unwrap(), PartialDate::ymd(2010, 12, 1));
        assert_eq!(PartialDate::parse("2008-06").unwrap(), PartialDate { year: 2008, month: 6, day: None });
        assert_eq!(PartialDate::parse("2008-06").unwrap().to_string(), "2008-06");
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in ["2010-13-01", "2010-00", "2023-02-29", "2010-04-31", "10-01-01", "2010-1-1", "2010", "", "2010-01-01-01", "20a0-01"] {
            assert!(PartialDate::parse(bad).is_err(), "{bad} should fail");
        }
        assert!(PartialDate::parse("2024-02-29").is_ok());
    }

    #[test]
    fn orders_and_places_dates() {
        let a = PartialDate::parse("2017-06").unwrap();
        let b = PartialDate::parse("2017-06-10").unwrap();
        assert!(a.ordinal_key() < b.ordinal_key());
        assert!(a.ordinal_key_late() > b.ordinal_key());
        let mid = PartialDate::ymd(2017, 7, 2).fractional_year();
        assert!((mid - 2017.5).abs() < 0.01, "{mid}");
        assert_eq!(PartialDate::ymd(2016, 12, 31).day_of_year(), 366);
    }
}
