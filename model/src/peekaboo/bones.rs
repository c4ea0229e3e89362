//! A limb drawn as one straight, round-ended bar between two joints: the box and tilt that put
//! a bar's ends on the joints. Units are the stage's (y grows downwards).

/// The box (left, top, width, height) and clockwise tilt, in radians, of a bar `thickness`
/// wide whose ends are at `from` and `to`: the box is the untilted bar about their middle.
pub fn bar(from: (f32, f32), to: (f32, f32), thickness: f32) -> ([f32; 4], f32) {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let length = dx.hypot(dy);
    let middle = ((from.0 + to.0) / 2.0, (from.1 + to.1) / 2.0);
    let tilt = (-dx).atan2(dy);
    (
        [
            middle.0 - thickness / 2.0,
            middle.1 - length / 2.0,
            thickness,
            length,
        ],
        tilt,
    )
}

/// The ends of a bar's middle line after its clockwise tilt: the inverse of [`bar`].
#[cfg(test)]
pub(crate) fn ends(bounds: [f32; 4], tilt: f32) -> [(f32, f32); 2] {
    let [left, top, width, height] = bounds;
    let middle = (left + width / 2.0, top + height / 2.0);
    let (sin, cos) = tilt.sin_cos();
    // The untilted bar's bottom end is (0, h/2) from its middle; turning clockwise on a
    // screen whose y grows downwards sends it to (-h/2 sin, h/2 cos).
    let half = height / 2.0;
    let bottom = (middle.0 - half * sin, middle.1 + half * cos);
    let top_end = (middle.0 + half * sin, middle.1 - half * cos);
    [top_end, bottom]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn near(a: (f32, f32), b: (f32, f32)) -> bool {
        (a.0 - b.0).abs() < 1e-3 && (a.1 - b.1).abs() < 1e-3
    }

    #[test]
    fn a_bar_s_ends_land_on_its_joints_whichever_way_it_points() {
        for (from, to) in [
            ((10.0, 10.0), (4.0, 20.0)),
            ((10.0, 10.0), (16.0, 20.0)),
            ((10.0, 10.0), (2.0, 4.0)),
            ((0.0, 0.0), (0.0, 8.0)),
        ] {
            let (bounds, tilt) = bar(from, to, 5.0);
            let [a, b] = ends(bounds, tilt);
            assert!(
                near(a, from) && near(b, to),
                "{from:?}→{to:?}: {a:?}, {b:?}"
            );
        }
    }

    #[test]
    fn a_bar_leaning_down_to_the_left_turns_clockwise() {
        let (_, tilt) = bar((10.0, 0.0), (0.0, 10.0), 2.0);
        assert!(tilt > 0.0);
    }
}
