//! The Love Connection in plain numbers: drawing the heart dot by dot, sending love to the
//! grown-up, the zap, and the love that comes back. No engine types; the screen follows the
//! phase and answers the events.

/// Dots along the heart's outline; each tap on the hand fills the next one.
pub const DOTS: u8 = 6;
/// Seconds the heart takes to reach the grown-up (and to come back).
pub const FLIGHT_SECONDS: f32 = 1.0;
/// Seconds the grown-up is zapped: the jolt and the "bzzzz".
pub const ZAP_SECONDS: f32 = 1.2;
/// Seconds before the grown-up sends one back: long enough to see it is an answer.
pub const PAUSE_SECONDS: f32 = 0.8;
/// Seconds the child's hand glows when the love arrives.
pub const FELT_SECONDS: f32 = 1.0;

/// Points along the heart's outline drawn on the child's hand: each tap draws the next
/// [`OUTLINE_POINTS`]` / `[`DOTS`] of them, one stroke.
pub const OUTLINE_POINTS: usize = 24;

/// `points` evenly spaced along a heart's outline, in a unit box (x right, y down), starting at
/// the dip between the lobes, down the left lobe to the tip and up the right: the order a
/// finger draws it in.
pub fn heart_outline(points: usize) -> Vec<(f32, f32)> {
    use std::f32::consts::TAU;
    // The classic heart curve, y flipped for the screen; t from 0 to -2π goes left first.
    let curve = |t: f32| {
        let (s, c) = t.sin_cos();
        let x = 16.0 * s * s * s;
        let y = -(13.0 * c - 5.0 * (2.0 * t).cos() - 2.0 * (3.0 * t).cos() - (4.0 * t).cos());
        (x, y)
    };
    // Walk the curve finely, then pick points at equal lengths along it.
    const FINE: usize = 720;
    let fine: Vec<(f32, f32)> = (0..=FINE)
        .map(|i| curve(-TAU * i as f32 / FINE as f32))
        .collect();
    let mut along = vec![0.0f32];
    for pair in fine.windows(2) {
        let step = ((pair[1].0 - pair[0].0).powi(2) + (pair[1].1 - pair[0].1).powi(2)).sqrt();
        along.push(along.last().copied().unwrap_or(0.0) + step);
    }
    let total = along.last().copied().unwrap_or(1.0);
    let (left, right, top, bottom) = fine.iter().fold(
        (f32::MAX, f32::MIN, f32::MAX, f32::MIN),
        |(l, r, t, b), &(x, y)| (l.min(x), r.max(x), t.min(y), b.max(y)),
    );
    let size = (right - left).max(bottom - top);
    (0..points)
        .map(|i| {
            let wanted = total * i as f32 / points as f32;
            let at = along.partition_point(|&d| d < wanted).min(FINE);
            let (x, y) = fine[at];
            (
                (x - left) / size + (1.0 - (right - left) / size) / 2.0,
                (y - top) / size,
            )
        })
        .collect()
}

/// How many outline points are drawn once `dots` taps have been made.
pub fn outline_drawn(dots: u8) -> usize {
    (OUTLINE_POINTS * usize::from(dots.min(DOTS))).div_ceil(usize::from(DOTS))
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Phase {
    /// The heart is being drawn: `dots` of the [`DOTS`] are filled.
    Drawing { dots: u8 },
    /// The heart is drawn: a press sends love.
    Ready,
    /// Love is on its way to the grown-up, `t` seconds in.
    Sending { t: f32 },
    /// The grown-up feels it.
    Zapped { t: f32 },
    /// A breath before the answer.
    Pausing { t: f32 },
    /// The grown-up's love is on its way back.
    Returning { t: f32 },
    /// The child's hand feels it.
    Felt { t: f32 },
}

/// What a press or the passing time set off, for the screen to answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoveEvent {
    /// One more dot of the heart; the number filled so far.
    DotDrawn(u8),
    HeartDrawn,
    Sent,
    Zapped,
    SentBack,
    Felt,
    /// A press while love is travelling: the hand squeezes, nothing else starts.
    AlreadyOnItsWay,
}

/// Which way the heart is flying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flight {
    ToGrownUp,
    ToChild,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LoveConnection {
    phase: Phase,
}

impl Default for LoveConnection {
    fn default() -> Self {
        Self {
            phase: Phase::Drawing { dots: 0 },
        }
    }
}

impl LoveConnection {
    pub fn phase(&self) -> Phase {
        self.phase
    }

    pub fn heart_is_drawn(&self) -> bool {
        !matches!(self.phase, Phase::Drawing { .. })
    }

    /// The child presses their hand.
    pub fn press(&mut self) -> LoveEvent {
        match self.phase {
            Phase::Drawing { dots } => {
                let dots = dots + 1;
                if dots >= DOTS {
                    self.phase = Phase::Ready;
                    LoveEvent::HeartDrawn
                } else {
                    self.phase = Phase::Drawing { dots };
                    LoveEvent::DotDrawn(dots)
                }
            }
            Phase::Ready => {
                self.phase = Phase::Sending { t: 0.0 };
                LoveEvent::Sent
            }
            _ => LoveEvent::AlreadyOnItsWay,
        }
    }

    /// Moves time on; at most one event a call (a frame), the next phase's time starting at 0.
    pub fn tick(&mut self, seconds: f32) -> Option<LoveEvent> {
        let seconds = seconds.max(0.0);
        let (next, event) = match self.phase {
            Phase::Drawing { .. } | Phase::Ready => return None,
            Phase::Sending { t } if t + seconds >= FLIGHT_SECONDS => {
                (Phase::Zapped { t: 0.0 }, Some(LoveEvent::Zapped))
            }
            Phase::Sending { t } => (Phase::Sending { t: t + seconds }, None),
            Phase::Zapped { t } if t + seconds >= ZAP_SECONDS => (Phase::Pausing { t: 0.0 }, None),
            Phase::Zapped { t } => (Phase::Zapped { t: t + seconds }, None),
            Phase::Pausing { t } if t + seconds >= PAUSE_SECONDS => {
                (Phase::Returning { t: 0.0 }, Some(LoveEvent::SentBack))
            }
            Phase::Pausing { t } => (Phase::Pausing { t: t + seconds }, None),
            Phase::Returning { t } if t + seconds >= FLIGHT_SECONDS => {
                (Phase::Felt { t: 0.0 }, Some(LoveEvent::Felt))
            }
            Phase::Returning { t } => (Phase::Returning { t: t + seconds }, None),
            Phase::Felt { t } if t + seconds >= FELT_SECONDS => (Phase::Ready, None),
            Phase::Felt { t } => (Phase::Felt { t: t + seconds }, None),
        };
        self.phase = next;
        event
    }

    /// The travelling heart: which way, and how far along (0 to 1).
    pub fn flight(&self) -> Option<(Flight, f32)> {
        match self.phase {
            Phase::Sending { t } => Some((Flight::ToGrownUp, t / FLIGHT_SECONDS)),
            Phase::Returning { t } => Some((Flight::ToChild, t / FLIGHT_SECONDS)),
            _ => None,
        }
    }

    /// The heart ready at once, for the morning goodbye, which has a minute, not six taps.
    pub fn draw_at_once(&mut self) {
        if !self.heart_is_drawn() {
            self.phase = Phase::Ready;
        }
    }

    /// A screen change lands any love in flight: the heart stays drawn, nothing is left
    /// half-way on a screen that is gone.
    pub fn settle(&mut self) {
        if self.heart_is_drawn() {
            self.phase = Phase::Ready;
        }
    }

    /// `drawing-3`, `ready`, `sending`…: mirrored to the page for tests.
    pub fn label(&self) -> String {
        match self.phase {
            Phase::Drawing { dots } => format!("drawing-{dots}"),
            Phase::Ready => "ready".into(),
            Phase::Sending { .. } => "sending".into(),
            Phase::Zapped { .. } => "zapped".into(),
            Phase::Pausing { .. } => "pausing".into(),
            Phase::Returning { .. } => "returning".into(),
            Phase::Felt { .. } => "felt".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outline_is_a_closed_even_symmetric_heart_drawn_left_lobe_first() {
        let points = heart_outline(OUTLINE_POINTS);
        assert_eq!(points.len(), OUTLINE_POINTS);
        assert!(
            points
                .iter()
                .all(|&(x, y)| (0.0..=1.0).contains(&x) && (0.0..=1.0).contains(&y))
        );
        let gap = |a: (f32, f32), b: (f32, f32)| ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
        // Even steps all the way round, back to the start: a traceable outline, no big holes.
        let gaps: Vec<f32> = (0..OUTLINE_POINTS)
            .map(|i| gap(points[i], points[(i + 1) % OUTLINE_POINTS]))
            .collect();
        let (least, most) = gaps
            .iter()
            .fold((f32::MAX, 0.0f32), |(l, m), &g| (l.min(g), m.max(g)));
        assert!(most < least * 1.15, "steps from {least} to {most}");
        // It starts at the dip in the middle, goes left first and reaches the tip halfway.
        assert!((points[0].0 - 0.5).abs() < 0.01);
        assert!(points[1].0 < 0.5);
        let tip = points[OUTLINE_POINTS / 2];
        assert!((tip.0 - 0.5).abs() < 0.02 && tip.1 > 0.9);
        // Mirror images: the right lobe is the left one flipped.
        for i in 1..OUTLINE_POINTS / 2 {
            let (a, b) = (points[i], points[OUTLINE_POINTS - i]);
            assert!(
                (a.0 + b.0 - 1.0).abs() < 0.02 && (a.1 - b.1).abs() < 0.02,
                "{i}"
            );
        }
    }

    #[test]
    fn each_tap_draws_one_stroke_and_the_last_closes_the_heart() {
        assert_eq!(outline_drawn(0), 0);
        let strokes: Vec<usize> = (1..=DOTS)
            .map(|dots| outline_drawn(dots) - outline_drawn(dots - 1))
            .collect();
        assert!(strokes.iter().all(|&s| s >= 3), "{strokes:?}");
        assert_eq!(outline_drawn(DOTS), OUTLINE_POINTS);
    }

    fn run(love: &mut LoveConnection, seconds: f32) -> Vec<LoveEvent> {
        let frames = (seconds * 30.0).round() as usize;
        (0..frames).filter_map(|_| love.tick(1.0 / 30.0)).collect()
    }

    #[test]
    fn the_heart_is_drawn_one_dot_per_tap() {
        let mut love = LoveConnection::default();
        for dot in 1..DOTS {
            assert_eq!(love.press(), LoveEvent::DotDrawn(dot));
            assert!(!love.heart_is_drawn());
        }
        assert_eq!(love.press(), LoveEvent::HeartDrawn);
        assert!(love.heart_is_drawn());
        assert_eq!(love.phase(), Phase::Ready);
        // Time alone draws nothing and sends nothing.
        assert_eq!(run(&mut love, 10.0), []);
    }

    #[test]
    fn love_goes_out_zaps_the_grown_up_and_comes_back() {
        let mut love = LoveConnection::default();
        for _ in 0..DOTS {
            love.press();
        }
        assert_eq!(love.press(), LoveEvent::Sent);
        assert_eq!(love.flight().map(|(way, _)| way), Some(Flight::ToGrownUp));
        // Presses on the way start nothing new.
        assert_eq!(love.press(), LoveEvent::AlreadyOnItsWay);
        let total = FLIGHT_SECONDS * 2.0 + ZAP_SECONDS + PAUSE_SECONDS + FELT_SECONDS;
        assert_eq!(
            run(&mut love, total + 0.2),
            [LoveEvent::Zapped, LoveEvent::SentBack, LoveEvent::Felt]
        );
        assert_eq!(love.phase(), Phase::Ready);
        assert_eq!(
            love.press(),
            LoveEvent::Sent,
            "and again, as often as wanted"
        );
    }

    #[test]
    fn the_zap_comes_when_the_heart_arrives_and_the_answer_a_moment_later() {
        let mut love = LoveConnection {
            phase: Phase::Ready,
        };
        love.press();
        assert_eq!(run(&mut love, FLIGHT_SECONDS - 0.1), []);
        let (_, along) = love.flight().unwrap();
        assert!(along > 0.85 && along < 1.0, "{along}");
        assert_eq!(run(&mut love, 0.2), [LoveEvent::Zapped]);
        assert_eq!(run(&mut love, ZAP_SECONDS + PAUSE_SECONDS - 0.2), []);
        assert_eq!(run(&mut love, 0.3), [LoveEvent::SentBack]);
        assert_eq!(love.flight().map(|(way, _)| way), Some(Flight::ToChild));
    }

    #[test]
    fn a_screen_change_lands_the_love_and_keeps_the_heart() {
        let mut love = LoveConnection {
            phase: Phase::Ready,
        };
        love.press();
        run(&mut love, 0.5);
        love.settle();
        assert_eq!(love.phase(), Phase::Ready);
        let mut drawing = LoveConnection::default();
        drawing.press();
        drawing.settle();
        assert_eq!(drawing.phase(), Phase::Drawing { dots: 1 });
        // A long frame (a slow tablet) still passes through every event, one a frame.
        let mut love = LoveConnection {
            phase: Phase::Ready,
        };
        love.press();
        let events: Vec<_> = (0..6).filter_map(|_| love.tick(5.0)).collect();
        assert_eq!(
            events,
            [LoveEvent::Zapped, LoveEvent::SentBack, LoveEvent::Felt]
        );
        assert_eq!(love.phase(), Phase::Ready);
    }
}
