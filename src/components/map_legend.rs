//! The map's key: Astana, well-sourced and uncertain partner cities.

use super::state::tr;
use crate::i18n::Msg;
use leptos::prelude::*;

/// Astana's star, in pixels around its centre (on the map and in the key).
pub const ORIGIN_STAR: &str = "M0-8L2.4-2.5L8.3-2.5L3.6 1.2L5.3 7L0 3.6L-5.3 7L-3.6 1.2L-8.3-2.5L-2.4-2.5Z";

#[component]
pub fn MapLegend() -> impl IntoView {
    view! {
        <ul class="legend map-legend">
            <li>
                <svg class="legend-mark" viewBox="-10 -10 20 20" aria-hidden="true">
                    <path class="origin-star" d=ORIGIN_STAR></path>
                </svg>
                {tr(Msg::Origin)}
            </li>
            <li>
                <svg class="legend-mark" viewBox="-10 -10 20 20" aria-hidden="true">
                    <circle class="legend-dot" r="6"></circle>
                </svg>
                {tr(Msg::ConfidenceHigh)}
            </li>
            <li>
                <svg class="legend-mark" viewBox="-10 -10 20 20" aria-hidden="true">
                    <circle class="legend-dot medium" r="6"></circle>
                </svg>
                {tr(Msg::ConfidenceMedium)}
            </li>
            <li>
                <svg class="legend-mark wide" viewBox="-22 -10 44 20" aria-hidden="true">
                    <path class="legend-arc low" d="M-20 6Q0-10 12 0"></path>
                    <circle class="legend-dot low" cx="12" cy="0" r="6"></circle>
                </svg>
                {tr(Msg::LowConfidenceLegend)}
            </li>
        </ul>
    }
}
