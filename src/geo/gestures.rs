//! The map's gestures as a pure reducer: each input (pointer, wheel, touch, key, button)
//! and the current view give the next view, with no DOM in sight, so every gesture is
//! tested natively. The map component turns DOM events into [`Input`]s and applies the
//! [`Response`].

use super::viewport::{Size, View};

/// Keyboard pan step, CSS px.
pub const KEY_PAN: f64 = 80.0;
/// Keyboard and button zoom steps.
pub const KEY_ZOOM: f64 = 1.5;
pub const BUTTON_ZOOM: f64 = 1.6;
/// A finger that moves further than this (CSS px) is scrolling the page, not tapping.
const TAP_SLOP: f64 = 12.0;
/// Two taps this close in time (ms) and space (CSS px) are a double tap.
const DOUBLE_TAP_MS: f64 = 320.0;
const DOUBLE_TAP_PX: f64 = 30.0;

/// What happened, in the map frame's coordinates (CSS px from its top left corner).
#[derive(Clone, Debug, PartialEq)]
pub enum Input<'a> {
    /// A mouse or pen button went down on the map (not on a marker).
    PointerDown {
        x: f64,
        y: f64,
    },
    PointerMove {
        x: f64,
        y: f64,
    },
    PointerUp,
    /// A wheel turn; `focused`: the map has keyboard focus; `modifier`: Ctrl or Cmd held.
    Wheel {
        x: f64,
        y: f64,
        delta_y: f64,
        delta_mode: u32,
        focused: bool,
        modifier: bool,
    },
    DoubleClick {
        x: f64,
        y: f64,
    },
    /// The fingers on the map after a touch starts, at time `t` (ms).
    TouchStart {
        points: &'a [(f64, f64)],
        t: f64,
    },
    TouchMove {
        points: &'a [(f64, f64)],
    },
    /// A finger lifted; `remaining` are still down.
    TouchEnd {
        remaining: usize,
    },
    /// A key pressed while the map itself (not a marker or a button) has focus.
    Key {
        key: &'a str,
    },
    /// The zoom buttons: a factor about the centre.
    ZoomButton {
        factor: f64,
    },
    /// The "show all" button.
    Reset,
}

/// What the map should do about the view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ViewChange {
    /// Show this view (and stop any flight in progress).
    To(View),
    /// Go back to the first view (and stop any flight in progress).
    Home,
}

/// A hint the map shows briefly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    /// The wheel scrolls the page until the map has focus.
    Wheel,
    /// One finger scrolls the page; two move the map.
    Touch,
}

/// The reducer's answer to one input.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Response {
    pub view: Option<ViewChange>,
    /// The DOM event's default action must be prevented (the map used it).
    pub prevent_default: bool,
    /// A drag started: capture the pointer.
    pub capture: bool,
    /// A gesture started: stop any flight in progress.
    pub stop_flight: bool,
    pub hint: Option<Hint>,
}

impl Response {
    fn to(view: View) -> Response {
        Response { view: Some(ViewChange::To(view)), prevent_default: true, ..Response::default() }
    }
}

/// A gesture in progress.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Active {
    Drag { x: f64, y: f64 },
    Pinch { mid: (f64, f64), dist: f64, start: View },
}

/// The state between inputs: the gesture in progress and the last tap.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Gestures {
    active: Option<Active>,
    /// Where and when the current one-finger touch started.
    touch_start: (f64, f64, f64),
    touch_moved: bool,
    /// Where and when the last tap ended, for double taps.
    last_tap: Option<(f64, f64, f64)>,
    /// Where the current (or last) mouse or pen press went down.
    press: (f64, f64),
    /// Whether the last press moved further than a tap may (or was a pinch).
    moved: bool,
}

fn midpoint_and_distance(a: (f64, f64), b: (f64, f64)) -> ((f64, f64), f64) {
    (((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0), ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt().max(1.0))
}

impl Gestures {
    /// Whether a drag or a pinch is in progress.
    pub fn is_active(&self) -> bool {
        self.active.is_some()
    }

    /// Whether the last press (mouse, pen or one finger) ended about where it started: the
    /// click that follows is then a tap on what lies under it, not the end of a pan.
    pub fn was_tap(&self) -> bool {
        !self.moved
    }

    /// The next state and what to do, given an input, the current view and the frame size.
    pub fn handle(&mut self, input: Input, view: View, size: Size) -> Response {
        let centre = (size.w / 2.0, size.h / 2.0);
        match input {
            Input::PointerDown { x, y } => {
                self.active = Some(Active::Drag { x, y });
                (self.press, self.moved) = ((x, y), false);
                Response { capture: true, stop_flight: true, ..Response::default() }
            }
            Input::PointerMove { x, y } => match self.active {
                Some(Active::Drag { x: x0, y: y0 }) => {
                    self.active = Some(Active::Drag { x, y });
                    self.moved |= (x - self.press.0).abs() > TAP_SLOP || (y - self.press.1).abs() > TAP_SLOP;
                    Response::to(view.pan_by(size, x - x0, y - y0))
                }
                _ => Response::default(),
            },
            Input::PointerUp => {
                if matches!(self.active, Some(Active::Drag { .. })) {
                    self.active = None;
                }
                Response::default()
            }
            Input::Wheel { x, y, delta_y, delta_mode, focused, modifier } => {
                if !(focused || modifier) {
                    return Response { hint: Some(Hint::Wheel), ..Response::default() };
                }
                let unit = match delta_mode {
                    1 => 16.0,
                    2 => 400.0,
                    _ => 1.0,
                };
                let factor = (-delta_y * unit * 0.002).exp().clamp(0.5, 2.0);
                Response::to(view.zoom_at(size, (x, y), factor))
            }
            Input::DoubleClick { x, y } => Response::to(view.zoom_at(size, (x, y), 2.0)),
            Input::TouchStart { points, t } => {
                if let [a, b, ..] = points {
                    let (mid, dist) = midpoint_and_distance(*a, *b);
                    self.active = Some(Active::Pinch { mid, dist, start: view });
                    self.moved = true;
                    Response { prevent_default: true, stop_flight: true, ..Response::default() }
                } else if let Some(&(x, y)) = points.first() {
                    (self.touch_moved, self.moved) = (false, false);
                    self.touch_start = (x, y, t);
                    Response::default()
                } else {
                    Response::default()
                }
            }
            Input::TouchMove { points } => match (self.active, points) {
                (Some(Active::Pinch { mid, dist, start }), [a, b, ..]) => {
                    let (m2, d2) = midpoint_and_distance(*a, *b);
                    let zoomed = start.zoom_at(size, mid, d2 / dist);
                    Response::to(zoomed.pan_by(size, m2.0 - mid.0, m2.1 - mid.1))
                }
                (_, [(x, y)]) => {
                    let (x0, y0, _) = self.touch_start;
                    if !self.touch_moved && ((x - x0).abs() > TAP_SLOP || (y - y0).abs() > TAP_SLOP) {
                        (self.touch_moved, self.moved) = (true, true);
                        return Response { hint: Some(Hint::Touch), ..Response::default() };
                    }
                    Response::default()
                }
                _ => Response::default(),
            },
            Input::TouchEnd { remaining } => {
                if matches!(self.active, Some(Active::Pinch { .. })) {
                    if remaining < 2 {
                        self.active = None;
                    }
                    return Response::default();
                }
                if remaining > 0 || self.touch_moved {
                    return Response::default();
                }
                let (x, y, t) = self.touch_start;
                match self.last_tap {
                    Some((lx, ly, lt)) if t - lt < DOUBLE_TAP_MS && (x - lx).abs() < DOUBLE_TAP_PX && (y - ly).abs() < DOUBLE_TAP_PX => {
                        self.last_tap = None;
                        Response::to(view.zoom_at(size, (x, y), 2.0))
                    }
                    _ => {
                        self.last_tap = Some((x, y, t));
                        Response::default()
                    }
                }
            }
            Input::Key { key } => match key {
                "ArrowLeft" => Response::to(view.pan_by(size, KEY_PAN, 0.0)),
                "ArrowRight" => Response::to(view.pan_by(size, -KEY_PAN, 0.0)),
                "ArrowUp" => Response::to(view.pan_by(size, 0.0, KEY_PAN)),
                "ArrowDown" => Response::to(view.pan_by(size, 0.0, -KEY_PAN)),
                "+" | "=" => Response::to(view.zoom_at(size, centre, KEY_ZOOM)),
                "-" | "_" => Response::to(view.zoom_at(size, centre, 1.0 / KEY_ZOOM)),
                "0" => Response { view: Some(ViewChange::Home), prevent_default: true, ..Response::default() },
                _ => Response::default(),
            },
            Input::ZoomButton { factor } => Response::to(view.zoom_at(size, centre, factor)),
            Input::Reset => Response { view: Some(ViewChange::Home), ..Response::default() },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZE: Size = Size { w: 1000.0, h: 500.0 };

    fn zoomed() -> View {
        View::at_lonlat(71.4, 51.2, 4.0).clamped(SIZE)
    }

    fn view_of(r: Response) -> View {
        match r.view {
            Some(ViewChange::To(v)) => v,
            other => panic!("expected a new view, got {other:?}"),
        }
    }

    /// The map point under a screen point.
    fn under(v: View, p: (f64, f64)) -> (f64, f64) {
        v.transform(SIZE).invert(p)
    }

    #[test]
    fn a_drag_moves_the_map_with_the_pointer_and_ends_on_release() {
        let mut g = Gestures::default();
        let v0 = zoomed();
        let down = g.handle(Input::PointerDown { x: 100.0, y: 100.0 }, v0, SIZE);
        assert!(down.capture && down.stop_flight && down.view.is_none());
        let v1 = view_of(g.handle(Input::PointerMove { x: 130.0, y: 90.0 }, v0, SIZE));
        let moved = v1.transform(SIZE).apply(under(v0, (100.0, 100.0)));
        assert!((moved.0 - 130.0).abs() < 1e-6 && (moved.1 - 90.0).abs() < 1e-6, "{moved:?}");
        g.handle(Input::PointerUp, v1, SIZE);
        assert!(!g.is_active());
        assert_eq!(g.handle(Input::PointerMove { x: 300.0, y: 300.0 }, v1, SIZE).view, None, "no drag after release");
    }

    #[test]
    fn a_press_that_stays_put_is_a_tap_and_a_pan_or_pinch_is_not() {
        let v0 = zoomed();
        let mut g = Gestures::default();
        assert!(g.was_tap());
        g.handle(Input::PointerDown { x: 100.0, y: 100.0 }, v0, SIZE);
        g.handle(Input::PointerMove { x: 104.0, y: 97.0 }, v0, SIZE);
        g.handle(Input::PointerUp, v0, SIZE);
        assert!(g.was_tap(), "a jitter of a few pixels is still a click");
        g.handle(Input::PointerDown { x: 100.0, y: 100.0 }, v0, SIZE);
        g.handle(Input::PointerMove { x: 160.0, y: 100.0 }, v0, SIZE);
        g.handle(Input::PointerMove { x: 101.0, y: 100.0 }, v0, SIZE);
        g.handle(Input::PointerUp, v0, SIZE);
        assert!(!g.was_tap(), "a pan that came back is not a click");
        g.handle(Input::TouchStart { points: &[(50.0, 50.0)], t: 0.0 }, v0, SIZE);
        g.handle(Input::TouchEnd { remaining: 0 }, v0, SIZE);
        assert!(g.was_tap());
        g.handle(Input::TouchStart { points: &[(50.0, 50.0)], t: 5000.0 }, v0, SIZE);
        g.handle(Input::TouchMove { points: &[(50.0, 90.0)] }, v0, SIZE);
        assert!(!g.was_tap(), "a scroll is not a tap");
        g.handle(Input::TouchStart { points: &[(50.0, 50.0), (90.0, 50.0)], t: 9000.0 }, v0, SIZE);
        g.handle(Input::TouchEnd { remaining: 0 }, v0, SIZE);
        assert!(!g.was_tap(), "a pinch is not a tap");
    }

    #[test]
    fn the_wheel_zooms_about_the_pointer_only_with_focus_or_a_modifier() {
        let mut g = Gestures::default();
        let v0 = zoomed();
        let idle = g.handle(Input::Wheel { x: 700.0, y: 120.0, delta_y: -100.0, delta_mode: 0, focused: false, modifier: false }, v0, SIZE);
        assert_eq!(idle.view, None);
        assert_eq!(idle.hint, Some(Hint::Wheel));
        assert!(!idle.prevent_default, "the page scrolls");
        let r = g.handle(Input::Wheel { x: 700.0, y: 120.0, delta_y: -100.0, delta_mode: 0, focused: true, modifier: false }, v0, SIZE);
        let v1 = view_of(r);
        assert!(r.prevent_default);
        assert!((v1.zoom / v0.zoom - (0.2f64).exp()).abs() < 1e-9);
        let (a, b) = (under(v0, (700.0, 120.0)), under(v1, (700.0, 120.0)));
        assert!((a.0 - b.0).abs() < 1e-6 && (a.1 - b.1).abs() < 1e-6, "the point under the pointer stays");
        let lines =
            view_of(g.handle(Input::Wheel { x: 0.0, y: 0.0, delta_y: 3.0, delta_mode: 1, focused: false, modifier: true }, v0, SIZE));
        assert!(lines.zoom < v0.zoom, "line deltas count 16 px each");
    }

    #[test]
    fn a_double_click_doubles_the_zoom_about_the_pointer() {
        let v0 = zoomed();
        let v1 = view_of(Gestures::default().handle(Input::DoubleClick { x: 250.0, y: 300.0 }, v0, SIZE));
        assert!((v1.zoom - 2.0 * v0.zoom).abs() < 1e-9);
        let (a, b) = (under(v0, (250.0, 300.0)), under(v1, (250.0, 300.0)));
        assert!((a.0 - b.0).abs() < 1e-6 && (a.1 - b.1).abs() < 1e-6);
    }

    #[test]
    fn two_fingers_pinch_and_pan_one_finger_scrolls_the_page() {
        let mut g = Gestures::default();
        let v0 = zoomed();
        let start = g.handle(Input::TouchStart { points: &[(400.0, 200.0), (600.0, 200.0)], t: 0.0 }, v0, SIZE);
        assert!(start.prevent_default && start.stop_flight);
        // Fingers twice as far apart, midpoint 20 px to the right.
        let v1 = view_of(g.handle(Input::TouchMove { points: &[(320.0, 200.0), (720.0, 200.0)] }, v0, SIZE));
        assert!((v1.zoom - 2.0 * v0.zoom).abs() < 1e-9);
        let moved = v1.transform(SIZE).apply(under(v0, (500.0, 200.0)));
        assert!((moved.0 - 520.0).abs() < 1e-6, "the map point under the midpoint follows it: {moved:?}");
        g.handle(Input::TouchEnd { remaining: 1 }, v1, SIZE);
        assert!(!g.is_active());

        let mut g = Gestures::default();
        g.handle(Input::TouchStart { points: &[(100.0, 100.0)], t: 0.0 }, v0, SIZE);
        let scroll = g.handle(Input::TouchMove { points: &[(100.0, 160.0)] }, v0, SIZE);
        assert_eq!(scroll.view, None, "one finger never moves the map");
        assert_eq!(scroll.hint, Some(Hint::Touch));
        assert!(!scroll.prevent_default);
        assert_eq!(g.handle(Input::TouchEnd { remaining: 0 }, v0, SIZE).view, None, "a scroll is not a tap");
    }

    #[test]
    fn a_double_tap_zooms_in_and_two_slow_taps_do_not() {
        let v0 = zoomed();
        let tap = |g: &mut Gestures, x: f64, t: f64| {
            g.handle(Input::TouchStart { points: &[(x, 100.0)], t }, v0, SIZE);
            g.handle(Input::TouchEnd { remaining: 0 }, v0, SIZE)
        };
        let mut g = Gestures::default();
        assert_eq!(tap(&mut g, 200.0, 0.0).view, None);
        let v1 = view_of(tap(&mut g, 205.0, 200.0));
        assert!((v1.zoom - 2.0 * v0.zoom).abs() < 1e-9);
        assert_eq!(tap(&mut g, 205.0, 300.0).view, None, "a third tap starts a new pair");

        let mut g = Gestures::default();
        tap(&mut g, 200.0, 0.0);
        assert_eq!(tap(&mut g, 200.0, 900.0).view, None, "too slow");
        let mut g = Gestures::default();
        tap(&mut g, 200.0, 0.0);
        assert_eq!(tap(&mut g, 400.0, 100.0).view, None, "too far");
    }

    #[test]
    fn keys_pan_zoom_and_reset() {
        let mut g = Gestures::default();
        let v0 = zoomed();
        let left = view_of(g.handle(Input::Key { key: "ArrowLeft" }, v0, SIZE));
        let shift = left.transform(SIZE).apply((v0.cx, v0.cy)).0 - SIZE.w / 2.0;
        assert!((shift - KEY_PAN).abs() < 1e-6, "ArrowLeft shows what is to the left: {shift}");
        let zin = view_of(g.handle(Input::Key { key: "+" }, v0, SIZE));
        assert!((zin.zoom - v0.zoom * KEY_ZOOM).abs() < 1e-9);
        let zout = view_of(g.handle(Input::Key { key: "-" }, v0, SIZE));
        assert!((zout.zoom - v0.zoom / KEY_ZOOM).abs() < 1e-9);
        let reset = g.handle(Input::Key { key: "0" }, v0, SIZE);
        assert_eq!(reset.view, Some(ViewChange::Home));
        assert!(reset.prevent_default);
        assert_eq!(g.handle(Input::Key { key: "a" }, v0, SIZE), Response::default());
    }

    #[test]
    fn buttons_zoom_about_the_centre() {
        let v0 = zoomed();
        let v1 = view_of(Gestures::default().handle(Input::ZoomButton { factor: BUTTON_ZOOM }, v0, SIZE));
        assert!((v1.zoom - v0.zoom * BUTTON_ZOOM).abs() < 1e-9);
        assert!((v1.cx - v0.cx).abs() < 1e-9 && (v1.cy - v0.cy).abs() < 1e-9);
    }
}
