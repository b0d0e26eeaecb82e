//! Leptos components, one per file; each reads the shared `AppState` from context.

pub mod about_panel;
pub mod app;
pub mod chart_filters;
pub mod city_card;
pub mod city_search;
pub mod city_table;
pub mod details_card;
pub mod downloads;
pub mod event_card;
pub mod event_table;
pub mod language_switcher;
pub mod live_region;
pub mod map_legend;
pub mod region_filter;
pub mod share_button;
pub mod site_footer;
pub mod state;
pub mod summit_chart;
pub mod table_block;
pub mod theme_switcher;
pub mod toolbar;
pub mod world_map;
pub mod year_filter;
