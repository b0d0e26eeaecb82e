//! The name and country of the hovered or focused city, next to its marker (for sighted
//! visitors: the marker's accessible name already says it).

use super::map_shared::MapShared;
use super::state::use_app;
use crate::format::fixed;
use leptos::prelude::*;

#[component]
pub fn MapTooltip() -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let lang = state.lang();
    let MapShared { model, offsets, hovered, transform, size, .. } = expect_context::<MapShared>();
    move || {
        let i = hovered.get()?;
        let l = lang.get();
        let c = &atlas.twin.cities[i];
        let (ox, oy) = offsets.with(|o| o[i]);
        let (sx, sy) = transform.get().apply(model.with_value(|m| m.points[i]));
        let flip = sx + ox > size.get().w * 0.66;
        Some(view! {
            <div class="map-tooltip" class:flip=flip aria-hidden="true" style=format!("left:{}px;top:{}px", fixed(sx + ox, 0), fixed(sy + oy, 0))>
                <strong>{c.name.or_en(l).to_string()}</strong>
                <span>{atlas.country_name(c, l).to_string()}</span>
            </div>
        })
    }
}
