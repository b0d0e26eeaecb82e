//! The interface texts in the browser. Each page carries its language's table of `Msg`
//! texts (`<script type="application/json" id="ui-texts">`, written at build time by
//! `i18n::texts_json`), so the wasm holds none of the three copies; another language's
//! table is fetched (`public/ui/<lang>.json`) when the visitor switches to it.

use crate::i18n::Msg;
use crate::lang::Lang;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// The build's fingerprint of the three tables, so no stale copy is read from a cache.
pub const UI_TEXTS_VERSION: &str = env!("UI_TEXTS_VERSION");

#[derive(Clone, Copy, Default)]
enum Table {
    #[default]
    Missing,
    Loading,
    Loaded(&'static [&'static str]),
}

thread_local! {
    static TABLES: RefCell<[Table; 3]> = RefCell::new(Default::default());
}

fn index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)
}

/// Text `i` of `Msg::ALL` in `lang`; empty while that table is not in.
pub fn get(lang: Lang, i: usize) -> &'static str {
    TABLES.with_borrow(|t| match t[index(lang)] {
        Table::Loaded(texts) => texts.get(i).copied().unwrap_or(""),
        _ => "",
    })
}

/// Whether `lang`'s table is in.
pub fn loaded(lang: Lang) -> bool {
    TABLES.with_borrow(|t| matches!(t[index(lang)], Table::Loaded(_)))
}

/// A language whose table is in, if any.
pub fn any_loaded() -> Option<Lang> {
    Lang::ALL.into_iter().find(|&l| loaded(l))
}

/// Reads a table (a JSON array of strings, one per `Msg`); refuses any other shape or
/// length, such as a page or a file from another build.
pub fn install(lang: Lang, json: &str) -> Result<(), String> {
    let value = js_sys::JSON::parse(json).map_err(|_| "interface texts: not JSON".to_string())?;
    let array = value.dyn_into::<js_sys::Array>().map_err(|_| "interface texts: not a list".to_string())?;
    if array.length() as usize != Msg::ALL.len() {
        return Err(format!("interface texts: {} texts, this build has {}", array.length(), Msg::ALL.len()));
    }
    let texts: Option<Vec<&'static str>> = array.iter().map(|v| v.as_string().map(|s| &*Box::leak(s.into_boxed_str()))).collect();
    let texts = texts.ok_or_else(|| "interface texts: not all strings".to_string())?;
    TABLES.with_borrow_mut(|t| t[index(lang)] = Table::Loaded(Box::leak(texts.into_boxed_slice())));
    Ok(())
}

/// Reads the table the page carries, in the page's language; whether it was read.
pub fn install_from_page() -> bool {
    let doc = crate::web::document();
    let lang = crate::web::page_language().as_deref().and_then(Lang::from_code).unwrap_or_default();
    let Some(text) = doc.get_element_by_id("ui-texts").and_then(|e| e.text_content()) else { return false };
    match install(lang, &text) {
        Ok(()) => true,
        Err(e) => {
            leptos::logging::warn!("{e}");
            false
        }
    }
}

/// Fetches `lang`'s table unless it is in or on its way; `done` gets whether it is in (it
/// is not called for a request already on its way).
pub fn request(lang: Lang, done: impl FnOnce(bool) + 'static) {
    let state = TABLES.with_borrow(|t| t[index(lang)]);
    match state {
        Table::Loaded(_) => done(true),
        Table::Loading => {}
        Table::Missing => {
            TABLES.with_borrow_mut(|t| t[index(lang)] = Table::Loading);
            let url = format!("{}public/ui/{}.json?v={UI_TEXTS_VERSION}", crate::web::page_root(), lang.code());
            crate::web::fetch_text(&url.clone(), move |text| {
                let result = text.and_then(|t| install(lang, &t));
                if let Err(e) = &result {
                    leptos::logging::warn!("{url}: {e}");
                    TABLES.with_borrow_mut(|t| t[index(lang)] = Table::Missing);
                }
                done(result.is_ok());
            });
        }
    }
}
