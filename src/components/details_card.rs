//! The frame of a details card (city or event): a non-modal dialog labelled by its title,
//! closed by Escape or its close button; a bottom sheet on narrow screens.

use crate::i18n::Msg;
use crate::lang::Lang;
use crate::web;
use leptos::html::Section;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The first element matching `selector` in `root`.
fn find(root: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    root.query_selector(selector).ok().flatten()
}

/// A click on the card's "copy link" or "cite" button (written at build time with the
/// card's body, see `cite.rs`): copies the card's address, or fills in the citation's
/// address and access date, shows it and copies it. Where nothing can be copied, the text
/// is shown selected. The buttons carry their messages (`data-done`, `data-fail`).
fn card_action(ev: &web_sys::MouseEvent, lang: Lang) {
    let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let Some(button) = target.and_then(|t| t.closest("[data-action]").ok().flatten()) else { return };
    let (Some(card), Some(actions)) = (button.closest(".card").ok().flatten(), button.closest("[data-link]").ok().flatten()) else {
        return;
    };
    let url = format!("{}?{}", web::page_address(), actions.get_attribute("data-link").unwrap_or_default());
    let status = find(&actions, ".card-status");
    let is_link = button.get_attribute("data-action").as_deref() == Some("link");
    let (done, fail) = (button.get_attribute("data-done").unwrap_or_default(), button.get_attribute("data-fail").unwrap_or_default());
    let mut copied = url.clone();
    let mut selectable = None;
    if !is_link {
        let (Some(citation), Some(text)) = (find(&card, ".citation"), find(&card, ".cite-text")) else { return };
        for (fill, value) in [("url", url.clone()), ("date", web::today_long(lang))] {
            if let Some(el) = find(&text, &format!("[data-fill=\"{fill}\"]")) {
                el.set_text_content(Some(&value));
            }
        }
        let _ = citation.remove_attribute("hidden");
        let _ = button.set_attribute("aria-expanded", "true");
        copied = text.text_content().unwrap_or_default();
        selectable = Some(text);
    }
    web::copy_or_fail(&copied, move |ok| {
        let said = match (ok, &selectable) {
            (true, _) => done,
            (false, Some(text)) => {
                if let Ok(Some(sel)) = web::window().get_selection() {
                    let _ = sel.select_all_children(text);
                }
                fail
            }
            (false, None) => format!("{fail} {url}"),
        };
        if let Some(s) = status {
            s.set_text_content(Some(&said));
        }
    });
}

#[component]
pub fn DetailsCard(
    /// Extra class: `city-card` or `event-card`.
    class: &'static str,
    /// The id the dialog is labelled by.
    title_id: &'static str,
    title: String,
    /// The title's language, when it differs from the page's (an English fallback).
    #[prop(optional)]
    title_lang: Option<&'static str>,
    /// The interface language, for the close button.
    lang: Lang,
    card_ref: NodeRef<Section>,
    on_close: Callback<()>,
    children: Children,
) -> impl IntoView {
    // On phones the card is a bottom sheet at half height; its handle (a tap, Enter, or a
    // drag up) takes it to full height, a drag down brings it back or closes it. The
    // pointer is captured, so the click that ends a drag is the handle's too.
    let expanded = RwSignal::new(false);
    let drag_from = StoredValue::new(0);
    let on_handle_click = move |ev: web_sys::MouseEvent| {
        // Keyboard clicks have no pointer (detail 0) and no drag.
        let dy = if ev.detail() == 0 { 0 } else { ev.client_y() - drag_from.get_value() };
        if dy > 30 && !expanded.get_untracked() {
            on_close.run(());
        } else {
            expanded.set(if dy.abs() > 30 { dy < 0 } else { !expanded.get_untracked() });
        }
    };
    view! {
        <section
            class=format!("card {class}")
            class:expanded=expanded
            role="dialog"
            aria-modal="false"
            aria-labelledby=title_id
            tabindex="-1"
            node_ref=card_ref
            on:click=move |ev| card_action(&ev, lang)
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if ev.key() == "Escape" {
                    ev.stop_propagation();
                    on_close.run(());
                }
            }
        >
            <button
                type="button"
                class="sheet-handle"
                aria-label=Msg::FullHeight.get(lang)
                aria-expanded=move || expanded.get().to_string()
                on:click=on_handle_click
                on:pointerdown=move |ev: web_sys::PointerEvent| {
                    drag_from.set_value(ev.client_y());
                    if let Some(el) = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()) {
                        let _ = el.set_pointer_capture(ev.pointer_id());
                    }
                }
            ></button>
            <header class="card-head">
                <h3 id=title_id lang=title_lang>{title}</h3>
                <button type="button" class="icon-button close" aria-label=Msg::Close.get(lang) title=Msg::Close.get(lang) on:click=move |_| on_close.run(())>
                    "×"
                </button>
            </header>
            {children()}
        </section>
    }
}

/// Moves keyboard focus into the card when `selection` changes to a new value (not when
/// the card is only redrawn, e.g. in another language).
pub fn focus_when_opened(selection: impl Get<Value = Option<usize>> + 'static, card: NodeRef<Section>) {
    Effect::new(move |prev: Option<Option<usize>>| {
        let now = selection.get();
        if now.is_some() && prev.flatten() != now {
            // (The card may be gone by the next frame.)
            request_animation_frame(move || {
                if let Some(el) = card.try_get_untracked().flatten() {
                    let _ = el.focus();
                }
            });
        }
        now
    });
}
