//! Dates, numbers and distances written the way each language writes them.
//!
//! Pure Rust rather than the browser's `Intl`, so the output is the same in every browser
//! and is tested natively.

use crate::data::PartialDate;
use crate::lang::Lang;

const EN_MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/// Russian months in the genitive, as after a day number ("1 декабря").
const RU_MONTHS_GEN: [&str; 12] =
    ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
/// Russian months in the nominative, as in "июнь 2008 г.".
const RU_MONTHS_NOM: [&str; 12] =
    ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
const KK_MONTHS: [&str; 12] =
    ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];

fn month_name(lang: Lang, month: u8, with_day: bool) -> &'static str {
    let i = usize::from(month.clamp(1, 12) - 1);
    match lang {
        Lang::En => EN_MONTHS[i],
        Lang::Kk => KK_MONTHS[i],
        Lang::Ru if with_day => RU_MONTHS_GEN[i],
        Lang::Ru => RU_MONTHS_NOM[i],
    }
}

fn year_suffix(lang: Lang, year: u16) -> String {
    match lang {
        Lang::En => year.to_string(),
        Lang::Kk => format!("{year} ж."),
        Lang::Ru => format!("{year} г."),
    }
}

/// A number with a fixed count of decimals, written with integer arithmetic: cheaper than
/// the standard library's float formatting on the map's per-frame paths. (The SVG download
/// and plotters-canvas still use `{:.1}`-style formatting, so the wasm keeps it.)
pub struct Fixed {
    value: f64,
    decimals: u32,
    trim: bool,
}

/// `value` with exactly `decimals` decimals: `fixed(2.5, 2)` is "2.50".
pub fn fixed(value: f64, decimals: u32) -> Fixed {
    Fixed { value, decimals, trim: false }
}

/// `value` with at most `decimals` decimals, trailing zeros dropped: "51.17", "4".
pub fn fixed_trimmed(value: f64, decimals: u32) -> Fixed {
    Fixed { value, decimals, trim: true }
}

impl std::fmt::Display for Fixed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let scale = 10u64.pow(self.decimals);
        let v = if self.value.is_finite() { self.value } else { 0.0 };
        let scaled = (v.abs() * scale as f64).round() as u64;
        let (int, mut frac) = (scaled / scale, scaled % scale);
        let mut digits = self.decimals;
        if self.trim {
            while digits > 0 && frac % 10 == 0 {
                frac /= 10;
                digits -= 1;
            }
        }
        if v < 0.0 && scaled != 0 {
            f.write_str("-")?;
        }
        write!(f, "{int}")?;
        if digits > 0 {
            write!(f, ".{frac:0width$}", width = digits as usize)?;
        }
        Ok(())
    }
}

/// "1 December 2010", "1 декабря 2010 г.", "1 желтоқсан 2010 ж."; "June 2008" without a day.
pub fn date(lang: Lang, d: PartialDate) -> String {
    match d.day {
        Some(day) => format!("{day} {} {}", month_name(lang, d.month, true), year_suffix(lang, d.year)),
        None => format!("{} {}", month_name(lang, d.month, false), year_suffix(lang, d.year)),
    }
}

/// A span of days, shortened where the month or year repeat: "1–2 December 2010",
/// "10 June – 10 September 2017".
pub fn date_range(lang: Lang, start: PartialDate, end: Option<PartialDate>) -> String {
    let Some(end) = end.filter(|e| *e != start) else {
        return date(lang, start);
    };
    match (start.day, end.day) {
        (Some(d1), Some(d2)) if start.year == end.year && start.month == end.month => {
            format!("{d1}–{d2} {} {}", month_name(lang, end.month, true), year_suffix(lang, end.year))
        }
        (Some(d1), Some(_)) if start.year == end.year => {
            format!("{d1} {} – {}", month_name(lang, start.month, true), date(lang, end))
        }
        _ => format!("{} – {}", date(lang, start), date(lang, end)),
    }
}

/// An integer with the language's digit grouping: "2,270" in English, "2 270" in Kazakh and
/// Russian (with a no-break space).
pub fn integer(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::En => ",",
        Lang::Kk | Lang::Ru => "\u{a0}",
    };
    // Russian style leaves four-digit numbers ungrouped.
    if lang != Lang::En && digits.len() <= 4 {
        return digits;
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// A distance rounded to 10 km: "2,270 km", "2270 км".
pub fn km(lang: Lang, km: f64) -> String {
    let rounded = ((km / 10.0).round() * 10.0).max(0.0) as u64;
    format!("{}\u{a0}{}", integer(lang, rounded), crate::i18n::Msg::Km.get(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn formats_single_dates() {
        assert_eq!(date(Lang::En, d("2010-12-01")), "1 December 2010");
        assert_eq!(date(Lang::Ru, d("2010-12-01")), "1 декабря 2010 г.");
        assert_eq!(date(Lang::Kk, d("2010-12-01")), "1 желтоқсан 2010 ж.");
        assert_eq!(date(Lang::En, d("2008-06")), "June 2008");
        assert_eq!(date(Lang::Ru, d("2008-06")), "июнь 2008 г.");
    }

    #[test]
    fn shortens_ranges() {
        assert_eq!(date_range(Lang::En, d("2010-12-01"), Some(d("2010-12-02"))), "1–2 December 2010");
        assert_eq!(date_range(Lang::En, d("2017-06-10"), Some(d("2017-09-10"))), "10 June – 10 September 2017");
        assert_eq!(date_range(Lang::Ru, d("2011-01-30"), Some(d("2011-02-06"))), "30 января – 6 февраля 2011 г.");
        assert_eq!(date_range(Lang::En, d("2017-06-10"), Some(d("2017-06-10"))), "10 June 2017");
        assert_eq!(date_range(Lang::En, d("2013-05"), None), "May 2013");
    }

    #[test]
    fn writes_fixed_decimals_without_float_formatting() {
        assert_eq!(fixed(2.5, 2).to_string(), "2.50");
        assert_eq!(fixed(-0.004, 2).to_string(), "0.00");
        assert_eq!(fixed(-71.449_1, 1).to_string(), "-71.4");
        assert_eq!(fixed(1234.5678, 0).to_string(), "1235");
        assert_eq!(fixed_trimmed(4.0, 2).to_string(), "4");
        assert_eq!(fixed_trimmed(51.170, 2).to_string(), "51.17");
        assert_eq!(fixed_trimmed(0.10, 2).to_string(), "0.1");
        assert_eq!(fixed(f64::NAN, 1).to_string(), "0.0");
        for v in [0.0, 1.25, -3.75, 123.456, -0.5] {
            assert_eq!(fixed(v, 3).to_string(), format!("{v:.3}"));
        }
    }

    #[test]
    fn groups_digits_per_language() {
        assert_eq!(integer(Lang::En, 2270), "2,270");
        assert_eq!(integer(Lang::Ru, 2270), "2270");
        assert_eq!(integer(Lang::Kk, 12345), "12\u{a0}345");
        assert_eq!(integer(Lang::En, 1234567), "1,234,567");
        assert_eq!(integer(Lang::En, 999), "999");
        assert_eq!(km(Lang::En, 2268.4), "2,270\u{a0}km");
    }
}
