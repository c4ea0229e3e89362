//! The morning rehearsal in plain numbers: a minute-long goodbye for the drop-off. A hug, a kiss
//! for the palm, the promise, what the child will do meanwhile, love sent from the hand, and
//! "See you soon!". A step the child is asked to do waits for a tap, but never for long: the
//! grown-up does it anyway, so nothing can be done wrong.

use crate::figure::{Gesture, Side, embrace};

/// The rehearsal's steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Hug,
    Kiss,
    Promise,
    Meanwhile,
    Love,
    SeeYouSoon,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::Hug,
        Step::Kiss,
        Step::Promise,
        Step::Meanwhile,
        Step::Love,
        Step::SeeYouSoon,
    ];

    /// Seconds the step waits for the child before the grown-up goes on; for steps that are
    /// only told, how long they are shown.
    pub fn waits(self) -> f32 {
        match self {
            Step::Hug | Step::Kiss => 9.0,
            Step::Promise => 7.0,
            Step::Meanwhile => 9.0,
            Step::Love => 12.0,
            Step::SeeYouSoon => 6.0,
        }
    }

    /// Whether the child is asked to do something (a tap, or love sent from the hand).
    pub fn asks_the_child(self) -> bool {
        matches!(self, Step::Hug | Step::Kiss | Step::Love)
    }

    pub fn name(self) -> &'static str {
        match self {
            Step::Hug => "hug",
            Step::Kiss => "kiss",
            Step::Promise => "promise",
            Step::Meanwhile => "meanwhile",
            Step::Love => "love",
            Step::SeeYouSoon => "see-you-soon",
        }
    }
}

/// Seconds a step stays on screen once the child has done it, so it is seen and heard.
pub const AFTER_ACTING: f32 = 2.5;
/// Seconds the love step stays once the child sent love: the zap and the answer take five.
pub const AFTER_LOVE: f32 = 5.5;

/// What happened, for the screen to say and show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Happening {
    Began(Step),
    /// The child did the step (`by_child`), or the grown-up went on after waiting.
    Done {
        step: Step,
        by_child: bool,
    },
    Finished,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rehearsal {
    index: usize,
    in_step: f32,
    /// Seconds since the step was done, once it is.
    done_for: Option<f32>,
    /// The step was done by the child (love sent stays on screen for its answer).
    by_child: bool,
    finished: bool,
}

impl Rehearsal {
    /// A new rehearsal and its first happening.
    pub fn new() -> (Self, Happening) {
        (
            Self {
                index: 0,
                in_step: 0.0,
                done_for: None,
                by_child: false,
                finished: false,
            },
            Happening::Began(Step::Hug),
        )
    }

    pub fn step(&self) -> Step {
        Step::ALL[self.index]
    }

    pub fn is_finished(&self) -> bool {
        self.finished
    }

    pub fn is_done(&self) -> bool {
        self.done_for.is_some()
    }

    /// The longest a rehearsal can take, with no tap at all.
    pub fn longest() -> f32 {
        Step::ALL
            .iter()
            .map(|step| {
                step.waits()
                    + if step.asks_the_child() {
                        AFTER_ACTING
                    } else {
                        0.0
                    }
            })
            .sum()
    }

    /// What the grown-up's and the child's bodies do now (the child in the doorway on the
    /// left, the grown-up who is leaving outside on the right, as at the journey's door). With `reduced` motion a gesture is shown whole rather than grown into.
    pub fn gestures(&self, reduced: bool) -> (Gesture, Gesture) {
        let whole = |value: f32| if reduced { value.round() } else { value };
        let done = self.done_for.map(|seconds| seconds / AFTER_ACTING);
        match (self.step(), done) {
            (Step::Hug, Some(t)) => {
                let amount = whole(embrace(t));
                (
                    Gesture::Hug {
                        toward: Side::Left,
                        amount,
                    },
                    Gesture::Hug {
                        toward: Side::Right,
                        amount,
                    },
                )
            }
            (Step::Kiss, Some(t)) => {
                let amount = whole(embrace(t));
                (
                    Gesture::ReachOut {
                        toward: Side::Left,
                        amount,
                    },
                    Gesture::ReachOut {
                        toward: Side::Right,
                        amount,
                    },
                )
            }
            // Leaning to the child with a hand out for the promise (a crouch, drawn with
            // straight legs spread, looked like striding off).
            (Step::Promise, _) => (
                Gesture::ReachOut {
                    toward: Side::Left,
                    amount: 0.6,
                },
                Gesture::Stand,
            ),
            (Step::SeeYouSoon, _) => (
                Gesture::Wave { hand: Side::Left },
                Gesture::Wave { hand: Side::Right },
            ),
            _ => (Gesture::Stand, Gesture::Stand),
        }
    }

    /// How far the grown-up and the child step towards each other now, in vmin (the grown-up
    /// to the left, the child to the right): in a hug their arms meet across the doorstep, as
    /// at the journey's door; for the kiss and the promise, half as far.
    pub fn leans(&self, reduced: bool) -> (f32, f32) {
        let amount = match self.gestures(reduced).0 {
            Gesture::Hug { amount, .. } => amount,
            Gesture::ReachOut { amount, .. } => amount * 0.5,
            _ => 0.0,
        };
        let lean = amount * crate::journey::pose::HUG_LEAN;
        (-lean, lean)
    }

    /// A tap anywhere: does the hug or the kiss. Love is sent from the hand, not by a tap.
    pub fn tap(&mut self) -> Vec<Happening> {
        let step = self.step();
        let doing = !self.finished && matches!(step, Step::Hug | Step::Kiss);
        doing
            .then(|| self.done(true))
            .flatten()
            .into_iter()
            .collect()
    }

    /// Love was sent from the child's hand.
    pub fn love_sent(&mut self) -> Option<Happening> {
        (!self.finished && self.step() == Step::Love).then(|| self.done(true))?
    }

    fn done(&mut self, by_child: bool) -> Option<Happening> {
        if self.done_for.is_some() {
            return None;
        }
        self.done_for = Some(0.0);
        self.by_child = by_child;
        Some(Happening::Done {
            step: self.step(),
            by_child,
        })
    }

    /// Moves time on; returns what happened (at most one step change per call).
    pub fn tick(&mut self, seconds: f32) -> Vec<Happening> {
        let mut out = Vec::new();
        if self.finished {
            return out;
        }
        let seconds = seconds.max(0.0);
        self.in_step += seconds;
        let step = self.step();
        match self.done_for.as_mut() {
            Some(done_for) => *done_for += seconds,
            None if self.in_step >= step.waits() => {
                if step.asks_the_child() {
                    out.extend(self.done(false));
                } else {
                    // Told steps are done by being shown.
                    self.done_for = Some(f32::INFINITY);
                }
            }
            None => {}
        }
        let stays = self.stays_after_done();
        if self.done_for.is_some_and(|done_for| done_for >= stays) {
            if self.index + 1 < Step::ALL.len() {
                self.index += 1;
                self.in_step = 0.0;
                self.done_for = None;
                self.by_child = false;
                out.push(Happening::Began(self.step()));
            } else {
                self.finished = true;
                out.push(Happening::Finished);
            }
        }
        out
    }

    /// How long a done step stays before the next begins.
    fn stays_after_done(&self) -> f32 {
        let step = self.step();
        match step {
            Step::Love if self.by_child => AFTER_LOVE,
            _ if step.asks_the_child() => AFTER_ACTING,
            _ => 0.0,
        }
    }

    /// Seconds until time alone moves the goodbye on: a step done for the child, or the next.
    pub fn next_due(&self) -> Option<f32> {
        if self.finished {
            return None;
        }
        let due = match self.done_for {
            Some(done_for) => self.stays_after_done() - done_for,
            None => self.step().waits() - self.in_step,
        };
        Some(due.max(0.0))
    }

    /// `hug:waiting`, `kiss:done`…: mirrored to the page for tests.
    pub fn label(&self) -> String {
        if self.finished {
            return "finished".to_string();
        }
        let doing = if self.done_for.is_some() {
            "done"
        } else {
            "waiting"
        };
        format!("{}:{doing}", self.step().name())
    }
}

impl crate::play::Rules for Rehearsal {
    /// A tap anywhere: the whole screen is the button.
    type Tap = ();
    type Happening = Happening;
    const FINISHED: Happening = Happening::Finished;
    /// The see-you-soon is its own goodbye: the game leaves as it ends.
    const GOODBYE_SECONDS: f32 = 0.0;

    fn tap(&mut self, _anywhere: ()) -> Vec<Happening> {
        Rehearsal::tap(self)
    }

    fn next_due(&self) -> Option<f32> {
        Rehearsal::next_due(self)
    }

    fn tick(&mut self, seconds: f32) -> Vec<Happening> {
        Rehearsal::tick(self, seconds)
    }

    /// A minute at most: the session's end waits for its see-you-soon.
    fn wind_down(&mut self) -> Vec<Happening> {
        Vec::new()
    }

    fn label(&self) -> String {
        Rehearsal::label(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(rehearsal: &mut Rehearsal, seconds: f32) -> Vec<Happening> {
        let frames = (seconds * 30.0).round() as usize;
        (0..frames)
            .flat_map(|_| rehearsal.tick(1.0 / 30.0))
            .collect()
    }

    #[test]
    fn with_no_tap_at_all_it_goes_through_every_step_in_about_a_minute() {
        let (mut rehearsal, first) = Rehearsal::new();
        assert_eq!(first, Happening::Began(Step::Hug));
        let longest = Rehearsal::longest();
        assert!((50.0..=75.0).contains(&longest), "{longest} s");
        let happened = run(&mut rehearsal, longest + 1.0);
        let began: Vec<Step> = happened
            .iter()
            .filter_map(|h| match h {
                Happening::Began(step) => Some(*step),
                _ => None,
            })
            .collect();
        assert_eq!(began, Step::ALL[1..]);
        assert_eq!(happened.last(), Some(&Happening::Finished));
        assert!(happened.contains(&Happening::Done {
            step: Step::Kiss,
            by_child: false
        }));
        assert!(rehearsal.is_finished());
    }

    #[test]
    fn taps_do_the_hug_and_the_kiss_and_love_comes_from_the_hand() {
        let (mut rehearsal, _) = Rehearsal::new();
        assert_eq!(
            rehearsal.tap(),
            [Happening::Done {
                step: Step::Hug,
                by_child: true
            }]
        );
        assert!(rehearsal.tap().is_empty(), "one hug per step");
        assert_eq!(rehearsal.label(), "hug:done");
        assert_eq!(
            run(&mut rehearsal, AFTER_ACTING + 0.1),
            [Happening::Began(Step::Kiss)]
        );
        assert!(!rehearsal.tap().is_empty());
        run(&mut rehearsal, AFTER_ACTING + 0.1);
        assert_eq!(rehearsal.step(), Step::Promise);
        assert!(
            rehearsal.tap().is_empty(),
            "the promise is told, not tapped"
        );
        assert_eq!(rehearsal.love_sent(), None, "love counts on its own step");
        run(
            &mut rehearsal,
            Step::Promise.waits() + Step::Meanwhile.waits() + 0.2,
        );
        assert_eq!(rehearsal.step(), Step::Love);
        assert!(rehearsal.tap().is_empty());
        assert_eq!(
            rehearsal.love_sent(),
            Some(Happening::Done {
                step: Step::Love,
                by_child: true
            })
        );
        assert_eq!(
            run(&mut rehearsal, AFTER_LOVE + 0.1),
            [Happening::Began(Step::SeeYouSoon)]
        );
        assert_eq!(
            run(&mut rehearsal, Step::SeeYouSoon.waits() + 0.1),
            [Happening::Finished]
        );
        assert!(rehearsal.tap().is_empty());
        assert_eq!(rehearsal.label(), "finished");
    }

    #[test]
    fn the_bodies_hug_when_the_child_taps_and_wave_at_the_goodbye() {
        let (mut rehearsal, _) = Rehearsal::new();
        assert_eq!(rehearsal.gestures(false), (Gesture::Stand, Gesture::Stand));
        assert_eq!(rehearsal.leans(false), (0.0, 0.0), "apart until the tap");
        rehearsal.tap();
        rehearsal.tick(AFTER_ACTING / 2.0);
        // They step together, so the arms meet across the doorstep.
        let (grown_up, child) = rehearsal.leans(false);
        assert!(grown_up < -5.0 && child > 5.0, "{grown_up} {child}");
        assert!(matches!(
            rehearsal.gestures(false),
            (
                Gesture::Hug {
                    toward: Side::Left,
                    amount: 1.0
                },
                Gesture::Hug {
                    toward: Side::Right,
                    amount: 1.0
                }
            )
        ));
        while rehearsal.step() != Step::SeeYouSoon {
            rehearsal.tap();
            rehearsal.tick(1.0);
        }
        assert!(matches!(
            rehearsal.gestures(true).1,
            Gesture::Wave { hand: Side::Right }
        ));
    }
}
