//! Small wrappers around `web_sys` that several components share: mounting, the panic
//! message, media queries, CSS variables, downloads, the URL and the embed height.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The browser window (present whenever this code runs).
pub fn window() -> web_sys::Window {
    web_sys::window().expect("window")
}

/// The document.
pub fn document() -> web_sys::Document {
    window().document().expect("document")
}

/// Turns a panic into a console error and a visible message, instead of a frozen page.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal("Something went wrong in the interactive atlas. Please reload the page.");
    }));
}

/// Shows a message at the top of the page (used when the app cannot go on).
pub fn show_fatal(text: &str) {
    let doc = document();
    let Some(body) = doc.body() else { return };
    if doc.get_element_by_id("fatal").is_some() {
        return;
    }
    if let Ok(el) = doc.create_element("div") {
        el.set_id("fatal");
        el.set_class_name("fatal");
        let _ = el.set_attribute("role", "alert");
        el.set_text_content(Some(text));
        let _ = body.prepend_with_node_1(&el);
    }
}

thread_local! {
    static INITIAL_MAP_SIZE: std::cell::Cell<Option<(f64, f64)>> = const { std::cell::Cell::new(None) };
    static STATIC_PARTS: std::cell::RefCell<Vec<(String, web_sys::Element)>> = const { std::cell::RefCell::new(Vec::new()) };
    static STATIC_COUNTRIES: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
}

/// The size of the static page's map frame (width, height) in CSS pixels, measured just
/// before the app replaced it; `None` without one (tests, embeds that hide it).
pub fn initial_map_size() -> Option<(f64, f64)> {
    INITIAL_MAP_SIZE.with(|s| s.get())
}

/// The static page's part marked `data-static="<name>"`, once: the app shows it in its
/// place until it has built its own.
pub fn take_static_part(name: &str) -> Option<web_sys::Element> {
    STATIC_PARTS.with(|parts| {
        let mut parts = parts.borrow_mut();
        let i = parts.iter().position(|(n, _)| n == name)?;
        Some(parts.remove(i).1)
    })
}

/// The static map's `<g>` of country outlines, once: the live map moves its paths in
/// instead of drawing them again.
pub fn take_static_countries() -> Option<web_sys::Element> {
    STATIC_COUNTRIES.with(|g| g.borrow_mut().take())
}

/// Keeps what the app takes over from the static page (the map's size and outlines, the
/// parts shown until the app builds its own) before the page's content is replaced.
fn keep_static_parts(root: &web_sys::Element) {
    if let Ok(Some(frame)) = root.query_selector(".static-map") {
        let r = frame.get_bounding_client_rect();
        if r.width() > 0.0 && r.height() > 0.0 {
            INITIAL_MAP_SIZE.with(|s| s.set(Some((r.width(), r.height()))));
        }
    }
    if let Ok(Some(g)) = root.query_selector(".static-map .countries") {
        let paths = g.children();
        let shapes = (0..paths.length())
            .filter_map(|i| paths.item(i))
            .map(|p| crate::geo::world::CountryShape {
                numeric: p.get_attribute("data-n").unwrap_or_default(),
                path: p.get_attribute("d").unwrap_or_default(),
            })
            .collect();
        crate::geo::world::provide_countries(shapes);
        STATIC_COUNTRIES.with(|s| *s.borrow_mut() = Some(g));
    }
    if let Ok(list) = root.query_selector_all("[data-static]") {
        let parts = (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
            .filter_map(|el| Some((el.get_attribute("data-static")?, el)))
            .collect();
        STATIC_PARTS.with(|p| *p.borrow_mut() = parts);
    }
}

/// Replaces the static, pre-rendered content of `#app` with the live app.
pub fn mount_app() {
    let doc = document();
    let Some(root) = doc.get_element_by_id("app") else {
        show_fatal("The page is missing its #app element.");
        return;
    };
    // The interface texts come from the page; a page without them (a development build)
    // has its language's table fetched first.
    if !crate::ui_texts::install_from_page() {
        let lang = page_language().as_deref().and_then(crate::lang::Lang::from_code).unwrap_or_default();
        crate::ui_texts::request(lang, move |ok| {
            if ok {
                mount_app();
            } else {
                show_fatal("The atlas's interface texts could not be loaded. Reload the page to try again.");
            }
        });
        return;
    }
    keep_static_parts(&root);
    root.set_inner_html("");
    let _ = doc.document_element().map(|e| e.class_list().add_1("wasm-ready"));
    let root: web_sys::HtmlElement = root.unchecked_into();
    leptos::mount::mount_to(root, crate::App).forget();
}

/// The relative URL of the site's root from this page (`<html data-root>`: `./` at the
/// root, `../` on a language's page).
pub fn page_root() -> String {
    document()
        .document_element()
        .and_then(|e| e.get_attribute("data-root"))
        .filter(|r| r == "./" || r == "../")
        .unwrap_or_else(|| "./".into())
}

/// The language of the page the visitor opened (`<html lang>`, written at build time);
/// read before the app changes it.
pub fn page_language() -> Option<String> {
    document().document_element()?.get_attribute("lang")
}

/// Whether a media query matches now.
pub fn media_matches(query: &str) -> bool {
    window().match_media(query).ok().flatten().is_some_and(|m| m.matches())
}

/// Whether the visitor asked for less motion.
pub fn prefers_reduced_motion() -> bool {
    media_matches("(prefers-reduced-motion: reduce)")
}

/// A listener or an observer that stays attached until this is dropped.
#[must_use = "dropping a subscription detaches it at once"]
pub struct Subscription(Option<Box<dyn FnOnce()>>);

impl Subscription {
    fn new(detach: impl FnOnce() + 'static) -> Subscription {
        Subscription(Some(Box::new(detach)))
    }

    /// Keeps the subscription until the current reactive owner (the component) is cleaned up.
    pub fn until_cleanup(self) {
        let kept = send_wrapper::SendWrapper::new(self);
        on_cleanup(move || drop(kept));
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        if let Some(detach) = self.0.take() {
            detach();
        }
    }
}

/// Calls `on_change` whenever a media query starts or stops matching.
pub fn watch_media(query: &str, on_change: impl Fn(bool) + 'static) -> Option<Subscription> {
    let list = window().match_media(query).ok().flatten()?;
    let cb = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(move |e: web_sys::MediaQueryListEvent| on_change(e.matches()));
    let _ = list.add_event_listener_with_callback("change", cb.as_ref().unchecked_ref());
    Some(Subscription::new(move || {
        let _ = list.remove_event_listener_with_callback("change", cb.as_ref().unchecked_ref());
    }))
}

/// Calls `on_change` with the new device pixel ratio whenever it changes (browser zoom, a
/// move to another screen). One listener at a time: each change replaces it with one for
/// the new ratio.
pub fn watch_pixel_ratio(on_change: impl Fn(f64) + 'static) -> Subscription {
    type Slot = std::rc::Rc<std::cell::RefCell<Option<Subscription>>>;
    fn arm(slot: Slot, on_change: std::rc::Rc<dyn Fn(f64)>) {
        let query = format!("(resolution: {}dppx)", device_pixel_ratio());
        let (next_slot, f) = (slot.clone(), on_change.clone());
        let sub = watch_media(&query, move |_| {
            f(device_pixel_ratio());
            arm(next_slot.clone(), f.clone());
        });
        // Replacing the old subscription detaches its listener.
        let old = std::mem::replace(&mut *slot.borrow_mut(), sub);
        drop(old);
    }
    let slot: Slot = Default::default();
    arm(slot.clone(), std::rc::Rc::new(on_change));
    Subscription::new(move || drop(slot.borrow_mut().take()))
}

/// The device pixel ratio (at least 1).
pub fn device_pixel_ratio() -> f64 {
    window().device_pixel_ratio().max(1.0)
}

/// A CSS custom property of the root element, trimmed.
pub fn css_var(name: &str) -> String {
    let doc = document();
    let Some(root) = doc.document_element() else { return String::new() };
    window().get_computed_style(&root).ok().flatten().and_then(|s| s.get_property_value(name).ok()).unwrap_or_default().trim().to_string()
}

/// Calls `f` with an element's content-box size now and whenever it changes.
pub fn observe_size(el: &web_sys::Element, f: impl Fn(f64, f64) + 'static) -> Option<Subscription> {
    let cb = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(entry) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
            let r = entry.content_rect();
            f(r.width(), r.height());
        }
    });
    let observer = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()).ok()?;
    observer.observe(el);
    Some(Subscription::new(move || {
        observer.disconnect();
        drop(cb);
    }))
}

/// Calls `f` once, when an element comes within a viewport's height of the viewport (so
/// what is below the fold starts before it is scrolled to, and not at start-up).
pub fn when_near_viewport(el: &web_sys::Element, f: impl FnOnce() + 'static) -> Option<Subscription> {
    let f = std::cell::Cell::new(Some(f));
    let cb = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let near = entries.iter().any(|e| e.dyn_ref::<web_sys::IntersectionObserverEntry>().is_some_and(|e| e.is_intersecting()));
        if let Some(f) = near.then(|| f.take()).flatten() {
            f();
        }
    });
    let init = web_sys::IntersectionObserverInit::new();
    init.set_root_margin("100% 0px");
    let observer = web_sys::IntersectionObserver::new_with_options(cb.as_ref().unchecked_ref(), &init).ok()?;
    observer.observe(el);
    Some(Subscription::new(move || {
        observer.disconnect();
        drop(cb);
    }))
}

/// Offers text as a file download.
pub fn download_text(filename: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    download_blob(filename, web_sys::Blob::new_with_str_sequence_and_options(&parts, &blob_options(mime)));
}

/// Offers bytes as a file download.
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    download_blob(filename, web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &blob_options(mime)));
}

fn blob_options(mime: &str) -> web_sys::BlobPropertyBag {
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    opts
}

/// Offers a blob as a file download through a short-lived object URL.
fn download_blob(filename: &str, blob: Result<web_sys::Blob, JsValue>) {
    let Ok(blob) = blob else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    download_url(filename, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The bytes of a base64 data URL (`data:image/png;base64,…`), by the browser's `atob`.
pub fn data_url_bytes(url: &str) -> Vec<u8> {
    let b64 = url.split_once(',').map_or("", |(_, b)| b);
    window().atob(b64).map(|s| s.chars().map(|c| c as u8).collect()).unwrap_or_default()
}

/// Offers a URL (a blob or data URL) as a file download.
pub fn download_url(filename: &str, url: &str) {
    let doc = document();
    let Ok(a) = doc.create_element("a") else { return };
    let a: web_sys::HtmlAnchorElement = a.unchecked_into();
    a.set_href(url);
    a.set_download(filename);
    let _ = web_sys::HtmlElement::style(&a).set_property("display", "none");
    if let Some(body) = doc.body() {
        let _ = body.append_child(&a);
        a.click();
        let _ = body.remove_child(&a);
    }
}

/// Today's date as `YYYY-MM-DD` (the visitor's clock), for file names.
pub fn today_iso() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// Removes every element matching `selector` from the document.
pub fn remove_all(selector: &str) {
    if let Ok(list) = document().query_selector_all(selector) {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                el.remove();
            }
        }
    }
}

/// Opens `lang`'s own page (written at build time) with the current view: the way to
/// another language when its texts cannot be fetched into this page.
pub fn open_language_page(lang: crate::lang::Lang) {
    let mut url = crate::url_state::UrlState::parse(&query_string());
    url.lang = None;
    let query = url.to_query();
    let dir = if lang == crate::lang::Lang::En { String::new() } else { format!("{}/", lang.code()) };
    let query = if query.is_empty() { String::new() } else { format!("?{query}") };
    let hash = window().location().hash().unwrap_or_default();
    let _ = window().location().assign(&format!("{}{dir}{query}{hash}", page_root()));
}

/// The query string of the page, without `?`.
pub fn query_string() -> String {
    window().location().search().unwrap_or_default()
}

/// Rewrites the query string without adding a history entry (nothing when it is already
/// this one: browsers throttle history updates).
pub fn replace_query(query: &str) {
    let loc = window().location();
    if loc.search().unwrap_or_default().trim_start_matches('?') == query {
        return;
    }
    let path = loc.pathname().unwrap_or_default();
    let hash = loc.hash().unwrap_or_default();
    let url = if query.is_empty() { format!("{path}{hash}") } else { format!("{path}?{query}{hash}") };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Adds a history entry with this query string (a card was opened).
pub fn push_query(query: &str) {
    let loc = window().location();
    let path = loc.pathname().unwrap_or_default();
    let url = if query.is_empty() { path } else { format!("{path}?{query}") };
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Goes one entry back in the history (the card's entry, on closing it).
pub fn history_back() {
    if let Ok(history) = window().history() {
        let _ = history.back();
    }
}

/// Calls `f` on every `popstate` (Back, Forward).
pub fn on_popstate(f: impl Fn() + 'static) -> Subscription {
    let w = window();
    let cb = Closure::<dyn Fn()>::new(f);
    let _ = w.add_event_listener_with_callback("popstate", cb.as_ref().unchecked_ref());
    Subscription::new(move || {
        let _ = w.remove_event_listener_with_callback("popstate", cb.as_ref().unchecked_ref());
    })
}

/// The browser's preferred languages, most wanted first.
pub fn browser_languages() -> Vec<String> {
    let nav = window().navigator();
    let list: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

/// Whether the page runs inside a frame.
pub fn in_iframe() -> bool {
    let w = window();
    match w.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &w),
        _ => false,
    }
}

/// Posts the content height to the embedding page, in this app's form and in AMP's.
pub fn post_height(height: f64) {
    let Ok(Some(parent)) = window().parent() else { return };
    let h = JsValue::from_f64(height.ceil());
    let ours = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&ours, &"type".into(), &"astana-atlas:resize".into());
    let _ = js_sys::Reflect::set(&ours, &"height".into(), &h);
    let amp = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&amp, &"sentinel".into(), &"amp".into());
    let _ = js_sys::Reflect::set(&amp, &"type".into(), &"embed-size".into());
    let _ = js_sys::Reflect::set(&amp, &"height".into(), &h);
    let _ = parent.post_message(&ours, "*");
    let _ = parent.post_message(&amp, "*");
}

/// Whether the page may write to the clipboard: `navigator.clipboard` exists only in a
/// secure context (https or localhost).
pub fn clipboard_available() -> bool {
    js_sys::Reflect::get(&window().navigator(), &"clipboard".into()).is_ok_and(|c| !c.is_undefined() && !c.is_null())
}

/// Copies `text`, or where there is no clipboard says it failed (`done(false)`).
pub fn copy_or_fail(text: &str, done: impl FnOnce(bool) + 'static) {
    if clipboard_available() {
        copy_text(text, done);
    } else {
        done(false);
    }
}

/// The page's address without its query or hash (the language page).
pub fn page_address() -> String {
    let loc = window().location();
    format!("{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_default())
}

/// `rel` resolved against the page's address.
pub fn absolute_url(rel: &str) -> String {
    let base = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base(rel, &base).map(|u| u.href()).unwrap_or_else(|_| rel.to_string())
}

/// The rendered height of the first element matching `selector` (0 without one).
pub fn height_of(selector: &str) -> f64 {
    find(selector).map_or(0.0, |e| e.get_bounding_client_rect().height())
}

/// Today's date written out in `lang` ("3 December 2026"), as the cards write dates
/// (the browser's `Intl` lacks Kazakh month names in some builds: "2026 M12 3").
pub fn today_long(lang: crate::lang::Lang) -> String {
    let d = js_sys::Date::new_0();
    let today = crate::data::PartialDate::ymd(d.get_full_year() as u16, d.get_month() as u8 + 1, d.get_date() as u8);
    crate::format::date(lang, today)
}

/// Copies text to the clipboard; `done(true)` on success.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let clipboard = window().navigator().clipboard();
    let promise = clipboard.write_text(text);
    on_settled(promise, done);
}

/// Whether there is a native share sheet (phones and tablets).
pub fn has_native_share() -> bool {
    js_sys::Reflect::has(&window().navigator(), &"share".into()).unwrap_or(false) && media_matches("(pointer: coarse)")
}

/// Opens the native share sheet where there is one; `false` when there is none.
pub fn native_share(title: &str, url: &str) -> bool {
    let nav = window().navigator();
    if !has_native_share() {
        return false;
    }
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    let _ = nav.share_with_data(&data);
    true
}

/// Resolves a promise and reports success, without pulling in an async runtime.
fn on_settled(promise: js_sys::Promise, done: impl FnOnce(bool) + 'static) {
    on_result(promise, move |r| done(r.is_ok()));
}

/// Fetches a file of the site (a URL relative to the page) as bytes; `done` gets `None` on
/// any failure (network, HTTP status, body).
pub fn fetch_bytes(url: &str, done: impl FnOnce(Option<Vec<u8>>) + 'static) {
    on_result(window().fetch_with_str(url), move |r| {
        let Some(response) = r.ok().and_then(|r| r.dyn_into::<web_sys::Response>().ok()).filter(web_sys::Response::ok) else {
            return done(None);
        };
        match response.array_buffer() {
            Ok(body) => on_result(body, move |b| done(b.ok().map(|b| js_sys::Uint8Array::new(&b).to_vec()))),
            Err(_) => done(None),
        }
    });
}

/// Resolves a promise and hands over its value or its error, without an async runtime.
fn on_result(promise: js_sys::Promise, done: impl FnOnce(Result<JsValue, JsValue>) + 'static) {
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let d2 = done.clone();
    let ok = Closure::once(move |v: JsValue| {
        if let Some(f) = done.borrow_mut().take() {
            f(Ok(v))
        }
    });
    let err = Closure::once(move |e: JsValue| {
        if let Some(f) = d2.borrow_mut().take() {
            f(Err(e))
        }
    });
    let _ = promise.then2(&ok, &err);
    ok.forget();
    err.forget();
}

/// Fetches a same-origin file as text; `done` gets the text or why there is none (a
/// network error or an HTTP status other than 2xx).
pub fn fetch_text(url: &str, done: impl FnOnce(Result<String, String>) + 'static) {
    let failed = format!("{url}: no response");
    on_result(window().fetch_with_str(url), move |r| match r.map(|r| r.dyn_into::<web_sys::Response>()) {
        Ok(Ok(r)) if r.ok() => match r.text() {
            Ok(text) => on_result(text, move |t| done(t.map(|v| v.as_string().unwrap_or_default()).map_err(|_| failed))),
            Err(_) => done(Err(failed)),
        },
        Ok(Ok(r)) => done(Err(format!("HTTP {}", r.status()))),
        _ => done(Err(failed)),
    });
}

/// Moves keyboard focus to the first element (HTML or SVG) matching a selector, if any.
pub fn focus_selector(selector: &str) {
    if let Some(el) = find(selector) {
        focus_element(&el);
    }
}

/// Moves keyboard focus to an HTML or SVG element.
fn focus_element(el: &web_sys::Element) {
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    } else if let Some(el) = el.dyn_ref::<web_sys::SvgElement>() {
        let _ = el.focus();
    }
}

/// Sets `<html lang>`.
pub fn set_document_lang(lang: &str) {
    if let Some(root) = document().document_element() {
        // Only a change: setting the attribute restyles the whole page.
        if root.get_attribute("lang").as_deref() != Some(lang) {
            let _ = root.set_attribute("lang", lang);
        }
    }
}

/// Sets `data-theme` on the root element.
pub fn set_root_theme(theme: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-theme", theme);
    }
}

/// Runs `work` again and again in slices of about `slice_ms` of main-thread time, one
/// slice per task, until it returns `true` (done): between slices the page handles input.
pub fn in_slices(slice_ms: f64, work: impl FnMut() -> bool + 'static) {
    let work = std::rc::Rc::new(std::cell::RefCell::new(work));
    fn slice(slice_ms: f64, work: std::rc::Rc<std::cell::RefCell<dyn FnMut() -> bool>>) {
        leptos::prelude::set_timeout(
            move || {
                let start = now_ms();
                loop {
                    if (work.borrow_mut())() {
                        return;
                    }
                    if now_ms() - start >= slice_ms {
                        break;
                    }
                }
                slice(slice_ms, work);
            },
            std::time::Duration::ZERO,
        );
    }
    slice(slice_ms, work);
}

/// Milliseconds since the page started (`performance.now()`).
pub fn now_ms() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// The first element matching `selector`, if any.
pub fn find(selector: &str) -> Option<web_sys::Element> {
    document().query_selector(selector).ok().flatten()
}

/// Runs `f` on every animation frame until it returns `false`.
pub fn animate(f: impl FnMut(f64) -> bool + 'static) {
    let f = std::rc::Rc::new(std::cell::RefCell::new(f));
    fn step(f: std::rc::Rc<std::cell::RefCell<dyn FnMut(f64) -> bool>>) {
        request_animation_frame(move || {
            let again = (f.borrow_mut())(now_ms());
            if again {
                step(f);
            }
        });
    }
    step(f);
}

/// Replaces an element's content with `html`. When focus was on an element with a
/// `data-key` inside it, the element with the same key in the new content gets it back.
pub fn set_html_keeping_focus(el: &web_sys::Element, html: &str) {
    let focused_key = document().active_element().filter(|a| el.contains(Some(a))).and_then(|a| a.get_attribute("data-key"));
    el.set_inner_html(html);
    if let Some(Ok(Some(next))) = focused_key.map(|key| el.query_selector(&format!("[data-key=\"{key}\"]"))) {
        focus_element(&next);
    }
}

/// The `data-key` of the element an event started in, or of its nearest ancestor with one.
pub fn event_data_key(ev: &web_sys::Event) -> Option<String> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest("[data-key]").ok().flatten()?.get_attribute("data-key")
}

/// Marks the row `tr[data-id=id]` of a table as selected (class and `aria-current`) and
/// unmarks any other.
pub fn mark_selected_row(table: &web_sys::Element, id: Option<&str>) {
    if let Ok(rows) = table.query_selector_all("tr.selected") {
        for n in 0..rows.length() {
            if let Some(row) = rows.item(n).and_then(|r| r.dyn_into::<web_sys::Element>().ok()) {
                if id.is_some_and(|id| row.get_attribute("data-id").as_deref() == Some(id)) {
                    continue;
                }
                let _ = row.class_list().remove_1("selected");
                let _ = row.remove_attribute("aria-current");
            }
        }
    }
    if let Some(row) = id.and_then(|id| table.query_selector(&format!("tr[data-id=\"{id}\"]")).ok().flatten()) {
        let _ = row.class_list().add_1("selected");
        let _ = row.set_attribute("aria-current", "true");
    }
}
