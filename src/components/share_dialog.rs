//! The Share dialog: a modal `<dialog>` (Escape closes it, focus stays inside) whose body
//! is written at build time (`share_html.rs`, fetched with the cards' texts). Here it is
//! only filled in: the link to the current view, the embed code for the chosen parts (with
//! the `embed.js` line) and the embed's height at this width, measured on this page.

use super::card_body::CardBody;
use super::state::{use_app, AppState};
use crate::share::{self, Choice};
use crate::web;
use leptos::html::Dialog;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The embed's height for `choice`, measured on this page: the year filter, the parts and
/// the footer (with `share::embed_height`'s header and gaps), px.
fn measured_height(choice: Choice, tables: bool) -> u32 {
    let mut parts = vec![".year-filter", ".site-footer"];
    if choice != Choice::Chart {
        parts.extend([".map-panel", if tables { ".table-block:has(.city-table)" } else { "" }]);
    }
    if choice != Choice::Map {
        parts.extend([".chart-panel", if tables { ".table-block:has(.event-table)" } else { "" }]);
    }
    let heights: Vec<f64> = parts.iter().filter(|s| !s.is_empty()).map(|s| web::height_of(s)).collect();
    share::embed_height(&heights)
}

/// The input, text area or checkbox `selector` in `root`.
fn field(root: &web_sys::Element, selector: &str) -> Option<web_sys::HtmlInputElement> {
    root.query_selector(selector).ok().flatten().and_then(|e| e.dyn_into().ok())
}

/// Writes the link, the embed code and the height into the dialog's body.
fn fill(root: &web_sys::Element, state: AppState) {
    let mut st = untrack(|| state.url_state());
    let page = web::page_address();
    let choice = field(root, "input[name=share-show]:checked")
        .and_then(|r| Choice::ALL.into_iter().find(|c| c.slug() == r.value()))
        .unwrap_or(Choice::Both);
    let tables = field(root, "input[name=share-tables]").is_some_and(|c| c.checked());
    let height = measured_height(choice, tables);
    let script = web::absolute_url(&format!("{}public/embed.js", web::page_root()));
    let title = crate::i18n::Msg::Title.get(state.lang().get_untracked());
    let code = share::embed_snippet(&share::embed_url(&page, &st, choice, tables), &script, title, height);
    // The address bar shows the view being shared now, not after the URL's usual delay.
    web::replace_query(&st.to_query());
    (st.embed, st.show) = (false, None);
    if let Some(link) = field(root, "#share-link") {
        link.set_value(&share::view_url(&page, &st));
    }
    if let Some(area) = root.query_selector("#share-code").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
        area.set_value(&code);
    }
    if let Some(h) = root.query_selector("[data-fill=height]").ok().flatten() {
        h.set_text_content(Some(&height.to_string()));
    }
    if let Some(bar) = root.query_selector(".height-bar").ok().flatten() {
        let _ = bar.set_attribute("style", &format!("height:{}px", (height / 20).clamp(8, 120)));
    }
}

/// A click in the dialog: close, the native share sheet, or copy a field (selected to copy
/// by hand where the clipboard cannot be written).
fn on_click(ev: &web_sys::MouseEvent, dialog: &web_sys::HtmlDialogElement, state: AppState) {
    let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let Some(button) = target.and_then(|t| t.closest("button").ok().flatten()) else { return };
    let link = field(dialog, "#share-link").map(|l| l.value()).unwrap_or_default();
    match button.get_attribute("data-action").as_deref() {
        Some("close") => return dialog.close(),
        Some("native") => {
            let _ = web::native_share(crate::i18n::Msg::Title.get(state.lang().get_untracked()), &link);
            return;
        }
        _ => {}
    }
    let Some(id) = button.get_attribute("data-copy") else { return };
    let Some(el) = dialog.query_selector(&format!("#{id}")).ok().flatten() else { return };
    let text = el
        .dyn_ref::<web_sys::HtmlTextAreaElement>()
        .map(|a| a.value())
        .or_else(|| el.dyn_ref::<web_sys::HtmlInputElement>().map(|i| i.value()));
    let status = dialog.query_selector(".share-status").ok().flatten();
    web::copy_or_fail(&text.unwrap_or_default(), move |ok| {
        if !ok {
            if let Some(a) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                let _ = a.focus();
                a.select();
            } else if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                let _ = i.focus();
                i.select();
            }
        }
        if let Some(s) = status {
            s.set_text_content(button.get_attribute(if ok { "data-done" } else { "data-fail" }).as_deref());
        }
    });
}

#[component]
pub fn ShareDialog(dialog: NodeRef<Dialog>, opened: RwSignal<u32>) -> impl IntoView {
    let state = use_app();
    // Filled when it opens and when its body arrives (or changes language).
    Effect::new(move |_| {
        if opened.get() == 0 {
            return;
        }
        let _ = state.card_text("share", "");
        request_animation_frame(move || {
            if let Some(d) = dialog.get_untracked() {
                fill(&d, state);
            }
        });
    });
    view! {
        <dialog
            class="share-dialog"
            aria-labelledby="share-title"
            node_ref=dialog
            on:change=move |_| {
                if let Some(d) = dialog.get_untracked() {
                    fill(&d, state);
                }
            }
            on:click=move |ev| {
                if let Some(d) = dialog.get_untracked() {
                    on_click(&ev, &d, state);
                }
            }
        >
            // The body (and the fetch of the card texts) only once it has been opened.
            {move || (opened.get() > 0).then(|| view! { <CardBody kind="share" id="" class="share-body"/> })}
        </dialog>
    }
}
