//! The cards' texts in the browser: the city and event card bodies and the About panel,
//! written at build time per language (`public/cards/<lang>.json`, from
//! `fragments::card_texts_json`) and fetched the first time a card, the About panel or an
//! intent to open one (a pointer or focus on the map, the chart or the tables) wants them.
//! The first load carries none of them. `JSON.parse` reads the file: no parser, no async runtime in the wasm.

use crate::lang::Lang;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

/// The build's fingerprint of the three files, so no stale copy is read from a cache.
pub const CARD_TEXTS_VERSION: &str = env!("CARD_TEXTS_VERSION");

/// One language's texts, as far as they have come.
#[derive(Clone, Debug, PartialEq)]
pub enum CardText {
    /// Not asked for yet, or on its way.
    Loading,
    /// The HTML of the body.
    Ready(String),
    /// The file could not be fetched or read (the card says so and offers a retry).
    Failed,
}

#[derive(Default)]
enum Slot {
    #[default]
    Missing,
    Loading,
    Loaded(js_sys::Object),
    Failed,
}

thread_local! {
    static SLOTS: RefCell<[Slot; 3]> = RefCell::new(Default::default());
}

fn slot_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)
}

/// The file's path below the site's root.
pub fn path(lang: Lang) -> String {
    format!("public/cards/{}.json?v={CARD_TEXTS_VERSION}", lang.code())
}

/// The body of `kind` (`"city"`, `"event"`) `id`, or `"about"` with an empty `id`.
pub fn get(lang: Lang, kind: &str, id: &str) -> CardText {
    SLOTS.with_borrow(|slots| match &slots[slot_index(lang)] {
        Slot::Missing | Slot::Loading => CardText::Loading,
        Slot::Failed => CardText::Failed,
        Slot::Loaded(texts) => {
            let value = js_sys::Reflect::get(texts, &JsValue::from_str(kind)).ok();
            let value = if id.is_empty() { value } else { value.and_then(|v| js_sys::Reflect::get(&v, &JsValue::from_str(id)).ok()) };
            value.and_then(|v| v.as_string()).map_or(CardText::Failed, CardText::Ready)
        }
    })
}

/// Reads a file's text into `lang`'s slot; fails on anything but an object holding the
/// three parts.
pub fn install(lang: Lang, text: &str) -> Result<(), String> {
    let value = js_sys::JSON::parse(text).map_err(|_| "card texts: not JSON".to_string())?;
    let texts = value.dyn_into::<js_sys::Object>().map_err(|_| "card texts: not an object".to_string())?;
    for part in ["city", "event", "about"] {
        if js_sys::Reflect::get(&texts, &JsValue::from_str(part)).map_or(true, |v| v.is_undefined()) {
            return Err(format!("card texts: no \"{part}\""));
        }
    }
    SLOTS.with_borrow_mut(|slots| slots[slot_index(lang)] = Slot::Loaded(texts));
    Ok(())
}

/// Starts fetching `lang`'s file unless it is loaded or on its way (a failed one is tried
/// again); `root` gives the site's root, `done` runs when the file has arrived or failed.
/// Returns whether a fetch started.
pub fn request(lang: Lang, root: impl FnOnce() -> String, done: impl FnOnce() + 'static) -> bool {
    let start = SLOTS.with_borrow_mut(|slots| {
        let slot = &mut slots[slot_index(lang)];
        let start = matches!(slot, Slot::Missing | Slot::Failed);
        if start {
            *slot = Slot::Loading;
        }
        start
    });
    if start {
        let url = format!("{}{}", root(), path(lang));
        let shown = url.clone();
        crate::web::fetch_text(&url, move |text| {
            if let Err(e) = text.and_then(|t| install(lang, &t)) {
                leptos::logging::warn!("{shown}: {e}");
                SLOTS.with_borrow_mut(|slots| slots[slot_index(lang)] = Slot::Failed);
            }
            done();
        });
    }
    start
}
