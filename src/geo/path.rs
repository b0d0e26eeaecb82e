//! Compact SVG path data: an absolute move, then relative steps rounded to 0.1 unit.
//!
//! Shared with `build.rs`; `std` only.

/// Builds one SVG `d` attribute.
#[derive(Default)]
pub struct PathWriter {
    out: String,
    /// The pen in tenths of a unit, after rounding, so rounding errors do not add up.
    pen: (i64, i64),
    started: bool,
}

fn tenths(v: f64) -> i64 {
    (v * 10.0).round() as i64
}

fn push_num(out: &mut String, n: i64) {
    let (sign, a) = if n < 0 { ("-", -n) } else { ("", n) };
    // A minus sign already separates numbers; otherwise a space does.
    if sign.is_empty() && !out.is_empty() && !out.ends_with(['M', 'l', 'L', 'z', 'Z']) {
        out.push(' ');
    }
    out.push_str(sign);
    if a % 10 == 0 {
        out.push_str(&(a / 10).to_string());
    } else {
        out.push_str(&format!("{}.{}", a / 10, a % 10));
    }
}

impl PathWriter {
    pub fn new() -> PathWriter {
        PathWriter::default()
    }

    /// Starts a new subpath at an absolute point.
    pub fn move_to(&mut self, x: f64, y: f64) {
        let p = (tenths(x), tenths(y));
        self.out.push('M');
        push_num(&mut self.out, p.0);
        push_num(&mut self.out, p.1);
        self.out.push('l');
        self.pen = p;
        self.started = true;
    }

    /// A straight line to an absolute point, written relative; zero-length steps vanish.
    pub fn line_to(&mut self, x: f64, y: f64) {
        if !self.started {
            return self.move_to(x, y);
        }
        let p = (tenths(x), tenths(y));
        let (dx, dy) = (p.0 - self.pen.0, p.1 - self.pen.1);
        if dx == 0 && dy == 0 {
            return;
        }
        push_num(&mut self.out, dx);
        push_num(&mut self.out, dy);
        self.pen = p;
    }

    /// Closes the current subpath.
    pub fn close(&mut self) {
        if self.out.ends_with('l') {
            self.out.pop();
        }
        self.out.push('z');
    }

    /// A polyline through the points (a new subpath).
    pub fn polyline(&mut self, points: &[(f64, f64)]) {
        if let Some((&(x, y), rest)) = points.split_first() {
            self.move_to(x, y);
            for &(x, y) in rest {
                self.line_to(x, y);
            }
            if self.out.ends_with('l') {
                self.out.pop();
            }
        }
    }

    pub fn finish(self) -> String {
        self.out
    }
}
