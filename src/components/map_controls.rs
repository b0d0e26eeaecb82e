//! The map's zoom in, zoom out and "show all" buttons.

use super::state::tr;
use crate::geo::gestures::{Input, BUTTON_ZOOM};
use crate::i18n::Msg;
use leptos::prelude::*;

#[component]
pub fn MapControls(
    /// Feeds an input to the map's gesture reducer.
    on_input: Callback<Input<'static>>,
) -> impl IntoView {
    let button = move |msg: Msg, glyph: &'static str, input: Input<'static>| {
        view! {
            <button type="button" class="icon-button" aria-label=tr(msg) title=tr(msg) on:click=move |_| on_input.run(input.clone())>
                {glyph}
            </button>
        }
    };
    view! {
        <div class="map-controls">
            {button(Msg::ZoomIn, "+", Input::ZoomButton { factor: BUTTON_ZOOM })}
            {button(Msg::ZoomOut, "−", Input::ZoomButton { factor: 1.0 / BUTTON_ZOOM })}
            {button(Msg::ResetView, "⤢", Input::Reset)}
        </div>
    }
}
