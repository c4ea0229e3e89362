//! The game's people as outlines to colour in: the same bodies the model poses for the screen
//! ([`figure::pose`]), each part a white shape with a soft dark edge, drawn back to front so
//! the front part's edge shows where parts overlap.

use see_you_soon_model::figure::{Body, Build, Gesture, Limb, pose};

/// A posed figure in SVG, its feet at (`x`, `y`), `height` pixels for a grown-up's height.
pub fn figure(build: Build, gesture: Gesture, x: f32, y: f32, height: f32) -> String {
    let size = build.proportions();
    let body: Body = pose(build, gesture, 0.3, true, 1);
    // Model units (y up, the grown-up 1 tall) to the page's pixels (y down).
    let at = |(mx, my): (f32, f32)| (x + mx * height, y - my * height);
    let mut svg = String::from("<g class=\"figure\">");
    let limb = |limb: &Limb, width: f32, end: &str| {
        let (x0, y0) = at(limb.joint);
        let (x1, y1) = at(limb.end());
        let length = ((x1 - x0).powi(2) + (y1 - y0).powi(2)).sqrt();
        let angle = (y1 - y0).atan2(x1 - x0).to_degrees();
        let w = width * height;
        format!(
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{w:.1}\" rx=\"{:.1}\" \
             transform=\"translate({x0:.1} {y0:.1}) rotate({angle:.1})\"/>{end}",
            -w / 2.0,
            -w / 2.0,
            length + w,
            w / 2.0,
        )
    };
    let leg_width = size.body_width * 0.3;
    for leg in &body.legs {
        let (fx, fy) = at(leg.end());
        let shoe = (leg_width * 1.5 * height, leg_width * 0.75 * height);
        let toes = fx + leg.side.sign() * leg_width * 0.2 * height;
        let foot = format!(
            "<ellipse cx=\"{toes:.1}\" cy=\"{:.1}\" rx=\"{:.1}\" ry=\"{:.1}\"/>",
            fy - shoe.1 * 0.2,
            shoe.0 / 2.0,
            shoe.1 / 2.0
        );
        svg.push_str(&limb(leg, leg_width, &foot));
    }
    // The body: a rounded block standing on the hips, leaning with the upper body.
    let (hx, hy) = at(body.hips);
    let (bw, bh) = (size.body_width * height, size.body_height * height);
    svg.push_str(&format!(
        "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{bw:.1}\" height=\"{bh:.1}\" rx=\"{:.1}\" \
         transform=\"translate({hx:.1} {hy:.1}) rotate({:.1})\"/>",
        -bw / 2.0,
        -bh,
        bw * 0.4,
        body.lean.to_degrees()
    ));
    let arm_width = size.body_width * 0.27;
    for arm in &body.arms {
        let (ex, ey) = at(arm.end());
        let hand = format!(
            "<circle cx=\"{ex:.1}\" cy=\"{ey:.1}\" r=\"{:.1}\"/>",
            arm_width * 0.65 * height
        );
        svg.push_str(&limb(arm, arm_width, &hand));
    }
    // The head, with the game's calm face: two eyes and a smile.
    let (cx, cy) = at(body.head);
    let r = size.head / 2.0 * height;
    svg.push_str(&format!(
        "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"{r:.1}\"/>\
         <circle class=\"ink\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"{e:.1}\"/><circle class=\"ink\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"{e:.1}\"/>\
         <path class=\"line\" d=\"M {:.1} {:.1} Q {cx:.1} {:.1} {:.1} {:.1}\"/>",
        cx - r * 0.35,
        cy - r * 0.1,
        cx + r * 0.35,
        cy - r * 0.1,
        cx - r * 0.35,
        cy + r * 0.3,
        cy + r * 0.62,
        cx + r * 0.35,
        cy + r * 0.3,
        e = r * 0.09,
    ));
    svg.push_str("</g>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use see_you_soon_model::figure::Side;

    #[test]
    fn a_figure_stands_on_its_feet_and_is_as_tall_as_asked() {
        let svg = figure(Build::GrownUp, Gesture::Stand, 100.0, 300.0, 200.0);
        // Head, body, two arms with hands, two legs with shoes, two eyes and a smile.
        assert_eq!(svg.matches("<rect").count(), 5);
        assert_eq!(svg.matches("<circle").count(), 5);
        assert_eq!(svg.matches("<ellipse").count(), 2);
        // The head's top is the grown-up's standing height above the feet, in pixels.
        let body = pose(Build::GrownUp, Gesture::Stand, 0.3, true, 1);
        let top = 300.0 - body.top(Build::GrownUp.proportions()) * 200.0;
        let expected = 300.0 - Build::GrownUp.proportions().height() * 200.0;
        assert!((top - expected).abs() < 4.0, "{top} {expected}");
        let waving = figure(
            Build::Child,
            Gesture::Wave { hand: Side::Right },
            0.0,
            0.0,
            100.0,
        );
        assert_ne!(
            waving,
            figure(Build::Child, Gesture::Stand, 0.0, 0.0, 100.0)
        );
    }
}
