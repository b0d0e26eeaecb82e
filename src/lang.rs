//! The interface language and the text folding that search and sorting use. Apart from
//! `i18n` so that `data` and `i18n` can both depend on it without depending on each other.

use std::fmt;

/// An interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Kk,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The BCP 47 code, as in `?lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Kk => "kk",
            Lang::Ru => "ru",
        }
    }

    /// The language's own name, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Kk => "Қазақша",
            Lang::Ru => "Русский",
        }
    }

    /// Parses an exact code (`kk`, `ru`, `en`).
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "kk" => Some(Lang::Kk),
            "ru" => Some(Lang::Ru),
            _ => None,
        }
    }

    /// The first supported language among the browser's preferences (`kk-KZ`, `ru`, ...).
    pub fn from_browser<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        preferred.into_iter().find_map(|tag| {
            let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
            Lang::from_code(&primary)
        })
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Lower-case for the scripts the data uses (Latin with accents, Cyrillic with the Kazakh
/// letters), without the standard library's full Unicode case tables, which would add some
/// 20 KB to the WebAssembly.
pub(crate) fn lower(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A | 0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0x410..=0x42F => u + 0x20,
        0x400..=0x40F => u + 0x50,
        // Latin Extended-A and the Cyrillic supplement pair capitals (even) with small letters.
        0x100..=0x137 | 0x14A..=0x177 | 0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x4FF if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if !u.is_multiple_of(2) => u + 1,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// The base letter of a lower-case Latin letter with an accent (the ones European names
/// use); other characters as they are.
pub(crate) fn strip_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ę' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ı' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ń' | 'ñ' => 'n',
        'ś' | 'š' => 's',
        'ć' | 'č' | 'ç' => 'c',
        'ż' | 'ź' | 'ž' => 'z',
        'ł' => 'l',
        'ğ' => 'g',
        c => c,
    }
}

/// Lower-cases and strips accents so that "gdansk" finds "Gdańsk" and "астана" finds "Астана".
pub fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match strip_accent(lower(c)) {
            'ё' => 'е',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_language_from_browser_preferences() {
        assert_eq!(Lang::from_browser(["de-DE", "kk-KZ", "ru"]), Some(Lang::Kk));
        assert_eq!(Lang::from_browser(["RU_ru"]), Some(Lang::Ru));
        assert_eq!(Lang::from_browser(["fr", "de"]), None);
        assert_eq!(Lang::from_code("kz"), None);
    }

    #[test]
    fn folds_accents_and_case() {
        assert_eq!(fold("Gdańsk"), "gdansk");
        assert_eq!(fold("ҚАЗАН"), "қазан");
        assert_eq!(fold("ӘҒҚҢӨҰҮҺІ ЁЪ"), "әғқңөұүһі еъ");
        assert_eq!(fold("ŁÓDŹ İZMİR"), "lodz izmir");
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn lower_case_agrees_with_the_standard_library_on_the_data() {
        for text in [crate::data::TWIN_CITIES_JSON, crate::data::SUMMITS_JSON] {
            for c in text.chars().filter(|c| c.is_alphabetic()) {
                let std_lower: String = c.to_lowercase().collect();
                if std_lower.chars().count() == 1 {
                    assert_eq!(lower(c).to_string(), std_lower, "{c}");
                }
            }
        }
    }
}
