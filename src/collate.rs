//! Alphabetical order in a language, with runs of digits compared as numbers ("round 2"
//! before "round 10"), for every list sorted by a name.
//!
//! In the browser the order is the browser's own `Intl.Collator(lang, {numeric: true})`,
//! one per language, made once. Where a browser has no collation for the language
//! (Chromium has none for Kazakh: `Intl.Collator("kk")` resolves to `en-US`, which knows
//! nothing of the Kazakh alphabet), and natively (tests, tools), the order is [`native`]:
//! CLDR's order for the scripts the data uses.
//!
//! Latin-script names (the English fallbacks such as "Abu Dhabi") sort after every
//! Cyrillic name in Kazakh and Russian, and before them in English: CLDR's `kk` and `ru`
//! collations put Cyrillic first (`[reorder Cyrl]`). That is what `Intl` does in Russian
//! in Chromium, and in Kazakh wherever its ICU data has a Kazakh collation (Node's full
//! ICU has). A browser test checks that `Intl` and [`native`] agree on every name of the
//! data; by hand, [`native`] also agreed with Node's ICU (kk, ru, en) on the data and on
//! 3,000 random strings per language.

use crate::lang::Lang;
use crate::order::sort_indexes;
use std::cmp::Ordering;

/// The collation rank of each of `texts` in `lang`: 0 for the first in alphabetical order,
/// the same rank for texts that compare equal. Sorting by rank sorts alphabetically with one
/// call into the collator per comparison of the sort, and none afterwards.
pub fn ranks(lang: Lang, texts: &[&str]) -> Vec<u32> {
    let cmp = comparator(lang, texts);
    let mut order: Vec<usize> = (0..texts.len()).collect();
    sort_indexes(&mut order, &*cmp);
    let mut rank = vec![0; texts.len()];
    let mut r = 0;
    for w in order.windows(2) {
        if cmp(w[0], w[1]) != Ordering::Equal {
            r += 1;
        }
        rank[w[1]] = r;
    }
    rank
}

/// Compares two texts in `lang`'s alphabetical order.
pub fn compare(lang: Lang, a: &str, b: &str) -> Ordering {
    comparator(lang, &[a, b])(0, 1)
}

/// A comparison of `texts[i]` with `texts[j]`, with whatever each text needs prepared once.
#[cfg(not(target_arch = "wasm32"))]
fn comparator(lang: Lang, texts: &[&str]) -> Box<dyn Fn(usize, usize) -> Ordering> {
    native_comparator(lang, texts)
}

fn native_comparator(lang: Lang, texts: &[&str]) -> Box<dyn Fn(usize, usize) -> Ordering> {
    let keys: Vec<native::Key> = texts.iter().map(|t| native::Key::new(lang, t)).collect();
    Box::new(move |i, j| keys[i].cmp(&keys[j]))
}

#[cfg(target_arch = "wasm32")]
fn comparator(lang: Lang, texts: &[&str]) -> Box<dyn Fn(usize, usize) -> Ordering> {
    match intl::compare_fn(lang) {
        Some(f) => {
            let strings: Vec<wasm_bindgen::JsValue> = texts.iter().map(|&t| t.into()).collect();
            Box::new(move |i, j| {
                let c = f.call2(&wasm_bindgen::JsValue::UNDEFINED, &strings[i], &strings[j]).ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
                c.partial_cmp(&0.0).unwrap_or(Ordering::Equal)
            })
        }
        None => native_comparator(lang, texts),
    }
}

/// The browser's collators, one per language, made on first use.
#[cfg(target_arch = "wasm32")]
pub mod intl {
    use crate::lang::Lang;
    use std::cell::RefCell;

    thread_local! {
        /// Per language (in `Lang::ALL` order): not asked yet, or the collator's `compare`
        /// (`None` when the browser has no collation for the language).
        static COMPARE: RefCell<[Option<Option<js_sys::Function>>; 3]> = const { RefCell::new([None, None, None]) };
    }

    /// `Intl.Collator(lang, {numeric: true}).compare`, if the browser has a collation for
    /// `lang` (not merely its default locale's).
    pub fn compare_fn(lang: Lang) -> Option<js_sys::Function> {
        let slot = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
        COMPARE.with(|c| c.borrow_mut()[slot].get_or_insert_with(|| make(lang)).clone())
    }

    fn make(lang: Lang) -> Option<js_sys::Function> {
        let options = js_sys::Intl::CollatorOptions::new();
        options.set_numeric(true);
        let collator = js_sys::Intl::Collator::new(&js_sys::Array::of1(&lang.code().into()), &options);
        let locale = js_sys::Reflect::get(&collator.resolved_options(), &"locale".into()).ok()?.as_string()?;
        (locale.split('-').next() == Some(lang.code())).then(|| collator.compare())
    }
}

/// Alphabetical order without the browser, for the scripts the data uses: spaces and
/// punctuation first, then numbers (by value), then letters, with accents compared only
/// where the letters are the same (secondary) and case last (lower before upper). Letters
/// follow CLDR: Cyrillic in the Kazakh alphabet for Kazakh (А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ
/// Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я), in CLDR's root order otherwise
/// (Russian, with Ё as Е with an accent and the Kazakh letters beside their base letters);
/// Latin A to Z.
pub mod native {
    use crate::lang::{lower, strip_accent, Lang};
    use std::cmp::Ordering;

    const KAZAKH: &str = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
    /// CLDR's root order of the Cyrillic letters the data uses (Russian, and the Kazakh
    /// letters after their base letters); `ё` is `е` with an accent.
    const ROOT_CYRILLIC: &str = "аәбвгғдежзиійкқлмнңоөпрстуүұфхһцчшщъыьэюя";
    /// Spaces and punctuation in CLDR's root order (others follow by code point).
    const PUNCTUATION: &str = " _-–—,;:!?.'\"«»()[]{}@*/\\&#%`^+<=>|~$";

    /// Script groups, in the primary weight's top bits (above 0, which ends the primary
    /// weights of a key).
    const PUNCT: u32 = 1 << 24;
    const DIGITS: u32 = 2 << 24;
    const FIRST_SCRIPT: u32 = 3 << 24;
    const SECOND_SCRIPT: u32 = 4 << 24;
    const OTHER: u32 = 5 << 24;

    /// A text prepared for comparison: the primary weight of each character (a run of
    /// digits is its length, then its digits), 0, the secondary weights (accents), 0, the
    /// tertiary ones (case). Comparing keys compares the three levels in turn, and a text
    /// that is a prefix of another sorts first.
    #[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
    pub struct Key(Vec<u32>);

    impl Key {
        pub fn new(lang: Lang, text: &str) -> Key {
            let (mut primary, mut secondary, mut tertiary) = (Vec::new(), Vec::new(), Vec::new());
            let mut rest = text;
            while let Some(c) = rest.chars().next() {
                if c.is_ascii_digit() {
                    let run = rest.find(|d: char| !d.is_ascii_digit()).unwrap_or(rest.len());
                    let digits = rest[..run].trim_start_matches('0');
                    let digits = if digits.is_empty() { "0" } else { digits };
                    primary.push(DIGITS | digits.len() as u32);
                    primary.extend(digits.bytes().map(|d| DIGITS | u32::from(d - b'0')));
                    rest = &rest[run..];
                    continue;
                }
                let small = lower(c);
                let (p, s) = letter(lang, small);
                primary.push(p);
                secondary.push(s);
                tertiary.push(u32::from(small != c));
                rest = &rest[c.len_utf8()..];
            }
            primary.push(0);
            primary.extend(secondary);
            primary.push(0);
            primary.extend(tertiary);
            Key(primary)
        }
    }

    /// The primary and secondary weights of a lower-case character.
    fn letter(lang: Lang, c: char) -> (u32, u32) {
        let base = match c {
            'ё' if lang != Lang::Kk => 'е',
            c => strip_accent(c),
        };
        let secondary = if base == c { 0 } else { c as u32 };
        let (cyrillic, latin) = if lang == Lang::En { (SECOND_SCRIPT, FIRST_SCRIPT) } else { (FIRST_SCRIPT, SECOND_SCRIPT) };
        let alphabet = if lang == Lang::Kk { KAZAKH } else { ROOT_CYRILLIC };
        let primary = if base.is_ascii_lowercase() {
            latin | (base as u32 - 'a' as u32)
        } else if let Some(i) = alphabet.chars().position(|l| l == base) {
            cyrillic | i as u32
        } else if ('\u{400}'..='\u{4FF}').contains(&base) {
            cyrillic + 0x100 + base as u32
        } else if let Some(i) = PUNCTUATION.chars().position(|p| p == base) {
            PUNCT | i as u32
        } else if is_punctuation(base) {
            PUNCT + 0x100 + base as u32
        } else {
            OTHER | base as u32
        };
        (primary, secondary)
    }

    /// Spaces, punctuation and symbols of ASCII, Latin-1 and the General Punctuation block
    /// (without the standard library's Unicode tables, which would add kilobytes to the
    /// WebAssembly): letters and digits are classified before this is asked.
    fn is_punctuation(c: char) -> bool {
        c.is_ascii() || matches!(c, '\u{A0}'..='\u{BF}' | '\u{D7}' | '\u{F7}' | '\u{2000}'..='\u{206F}')
    }

    /// Compares two texts in `lang`'s alphabetical order.
    pub fn compare(lang: Lang, a: &str, b: &str) -> Ordering {
        Key::new(lang, a).cmp(&Key::new(lang, b))
    }
}

#[cfg(test)]
mod tests {
    use super::native::compare;
    use super::*;
    use Ordering::*;

    /// Sorted with the native order.
    fn sorted<'a>(lang: Lang, texts: &[&'a str]) -> Vec<&'a str> {
        let r = ranks(lang, texts);
        let mut out = texts.to_vec();
        out.sort_by_key(|t| r[texts.iter().position(|x| x == t).unwrap()]);
        out
    }

    #[test]
    fn kazakh_follows_the_kazakh_alphabet() {
        let alphabet = "А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я";
        let letters: Vec<&str> = alphabet.split(' ').collect();
        let mut shuffled = letters.clone();
        shuffled.reverse();
        shuffled.rotate_left(17);
        assert_eq!(sorted(Lang::Kk, &shuffled), letters);
        assert_eq!(compare(Lang::Kk, "Қазан", "Ыстамбұл"), Less);
        assert_eq!(compare(Lang::Kk, "АҚШ", "Армения"), Less);
        assert_eq!(compare(Lang::Kk, "Әлем", "Яблоко"), Less);
        assert_eq!(compare(Lang::Kk, "Ұлы", "Яблоко"), Less);
        assert_eq!(compare(Lang::Kk, "Ұлы", "Үй"), Less);
        assert_eq!(compare(Lang::Kk, "Біріккен", "Босния"), Greater, "І comes after Ы");
        assert_eq!(compare(Lang::Kk, "Ереван", "Ёлка"), Less, "Ё is a letter of its own");
    }

    #[test]
    fn russian_follows_the_russian_alphabet_with_kazakh_letters_beside_their_base() {
        assert_eq!(compare(Lang::Ru, "Ёлка", "Ереван"), Less, "Ё is Е with an accent");
        assert_eq!(compare(Lang::Ru, "Ежи", "Ёж"), Greater);
        assert_eq!(compare(Lang::Ru, "Ёж", "Еж"), Greater, "the accent decides only between equal letters");
        assert_eq!(compare(Lang::Ru, "Юг", "Ящик"), Less);
        assert_eq!(compare(Lang::Ru, "Қазан", "Лима"), Less);
        assert_eq!(compare(Lang::Ru, "Үй", "Ұлы"), Less);
    }

    #[test]
    fn latin_names_go_after_cyrillic_in_kazakh_and_russian_and_before_in_english() {
        for lang in [Lang::Kk, Lang::Ru] {
            assert_eq!(compare(lang, "Abu Dhabi", "Анкара"), Greater, "{lang}");
            assert_eq!(compare(lang, "Putrajaya", "Ыстамбұл"), Greater, "{lang}");
        }
        assert_eq!(compare(Lang::En, "Putrajaya", "Анкара"), Less);
    }

    #[test]
    fn numbers_compare_as_numbers() {
        let rounds = ["round 11", "round 2", "round 10", "round 1", "round 19", "round 20"];
        assert_eq!(sorted(Lang::En, &rounds), ["round 1", "round 2", "round 10", "round 11", "round 19", "round 20"]);
        assert_eq!(compare(Lang::Ru, "2-й раунд", "11-й раунд"), Less);
        assert_eq!(compare(Lang::En, "round 02", "round 2"), Equal);
        assert_eq!(compare(Lang::En, "10", "a"), Less, "numbers before letters");
    }

    #[test]
    fn case_and_accents_decide_only_between_otherwise_equal_texts() {
        assert_eq!(compare(Lang::En, "doha", "Doha"), Less);
        assert_eq!(compare(Lang::En, "Doha", "dohb"), Less);
        assert_eq!(compare(Lang::En, "Gdansk", "Gdańsk"), Less);
        assert_eq!(compare(Lang::En, "Gdańsk", "Gdansl"), Less);
        assert_eq!(compare(Lang::En, "Abu Dhabi", "Abudhabi"), Less, "a space before a letter");
        assert_eq!(compare(Lang::En, "Council", "Council (scheduled)"), Less);
        assert_eq!(compare(Lang::En, "Council (scheduled)", "Council: signing"), Less);
    }

    #[test]
    fn ranks_are_equal_for_equal_texts() {
        assert_eq!(ranks(Lang::En, &["b", "a", "b", "c"]), [1, 0, 1, 2]);
        assert_eq!(ranks(Lang::En, &[]), Vec::<u32>::new());
    }
}
