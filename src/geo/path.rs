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

/// `v` in tenths, rounded: the precision of every path and of the embedded outlines.
pub fn tenths(v: f64) -> i64 {
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

/// Douglas–Peucker simplification: drops points closer than `eps` to the line through their
/// neighbours, always keeping both ends (so arcs shared by two countries still meet).
pub fn simplify(points: &[(f64, f64)], eps: f64) -> Vec<(f64, f64)> {
    if points.len() < 3 || eps <= 0.0 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut stack = vec![(0, points.len() - 1)];
    while let Some((a, b)) = stack.pop() {
        let ((x1, y1), (x2, y2)) = (points[a], points[b]);
        let (dx, dy) = (x2 - x1, y2 - y1);
        let len = (dx * dx + dy * dy).sqrt();
        let mut best = (0.0, 0);
        for (i, &(px, py)) in points.iter().enumerate().take(b).skip(a + 1) {
            let d = if len > 0.0 {
                (dy * px - dx * py + x2 * y1 - y2 * x1).abs() / len
            } else {
                ((px - x1).powi(2) + (py - y1).powi(2)).sqrt()
            };
            if d > best.0 {
                best = (d, i);
            }
        }
        if best.0 > eps {
            keep[best.1] = true;
            stack.push((a, best.1));
            stack.push((best.1, b));
        }
    }
    points.iter().zip(keep).filter(|(_, k)| *k).map(|(p, _)| *p).collect()
}
