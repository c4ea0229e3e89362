//! The people (and the foxes) of every scene, as bodies made of parts: a head, a body, two arms
//! and two legs, posed by one pure function. A scene says what a figure is doing (a
//! [`Gesture`]) and how far along it is; [`pose`] says where each part is. Nothing here
//! remembers anything, so a figure can never drift from what its scene believes.
//!
//! Units: the grown-up's standing height is 1. The origin is between the figure's feet, `x`
//! to the right of the screen and `y` upwards. Limbs are measured from their joint (shoulder,
//! hip) with an angle from hanging straight down, positive when the limb swings outwards,
//! away from the body's middle, on its own side.

use std::f32::consts::{PI, TAU};

/// Who the figure is, which sets its size and shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Build {
    GrownUp,
    Child,
    FoxMother,
    FoxCub,
}

impl Build {
    /// The grown-up or the fox mother, not a child or a cub.
    pub fn is_grown_up(self) -> bool {
        matches!(self, Build::GrownUp | Build::FoxMother)
    }

    /// The sizes of the parts, in units of the grown-up's height.
    pub fn proportions(self) -> Proportions {
        match self {
            // Friendly, slightly large heads (as in picture books), long enough legs to walk.
            Build::GrownUp | Build::FoxMother => Proportions {
                head: 0.27,
                body_height: 0.34,
                body_width: 0.30,
                arm: 0.31,
                leg: 0.34,
                hip_apart: 0.075,
            },
            // A child is about two thirds of the grown-up, with a bigger head for its size.
            Build::Child | Build::FoxCub => Proportions {
                head: 0.24,
                body_height: 0.20,
                body_width: 0.21,
                arm: 0.21,
                leg: 0.17,
                hip_apart: 0.05,
            },
        }
    }

    pub fn is_fox(self) -> bool {
        matches!(self, Build::FoxMother | Build::FoxCub)
    }
}

/// The sizes of one build's parts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Proportions {
    /// The head's diameter.
    pub head: f32,
    pub body_height: f32,
    pub body_width: f32,
    pub arm: f32,
    pub leg: f32,
    /// How far each hip is from the middle.
    pub hip_apart: f32,
}

impl Proportions {
    /// From the feet to the top of the head, standing.
    pub fn height(self) -> f32 {
        self.leg + self.body_height + self.head * 0.92
    }
}

/// Which side of the screen something is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

impl Side {
    /// -1 for left, +1 for right.
    pub fn sign(self) -> f32 {
        match self {
            Side::Left => -1.0,
            Side::Right => 1.0,
        }
    }

    /// The side across from this one.
    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }
}

/// What the figure is doing. Amounts run from 0 (not at all) to 1 (fully), so a scene can
/// ease into a gesture and out of it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Gesture {
    Stand,
    /// Walking on the spot (the scene moves the figure): a gentle bob, legs and arms swinging.
    Walk,
    /// One arm up and waving, on `hand`'s side.
    Wave {
        hand: Side,
    },
    /// Arms around someone on `toward`'s side, leaning to them.
    Hug {
        toward: Side,
        amount: f32,
    },
    /// The welcome home: a grown-up lifts the child on `toward`'s side into a hug; a child is
    /// lifted, feet off the ground, holding on round the grown-up's neck. Goodbye and welcome
    /// hugs looked the same; being picked up is the welcome a child knows.
    Lift {
        toward: Side,
        amount: f32,
    },
    /// The kiss in the palm (the Kissing Hand): the child holds a palm out to `toward`'s side;
    /// a grown-up bends down to it, holding it from below. (Both only reaching out, the
    /// grown-up's hand stopped short of the child's and nobody seemed to give the kiss.)
    Kiss {
        toward: Side,
        amount: f32,
    },
    /// One hand held out to someone on `toward`'s side (a picture given, or looked at).
    ReachOut {
        toward: Side,
        amount: f32,
    },
    /// Down low, knees bent (behind a blanket, or to be at the child's height).
    Crouch {
        amount: f32,
    },
    /// Leaning round something on `toward`'s side, as when peeking round a door.
    Peek {
        toward: Side,
        amount: f32,
    },
    /// Knocking on a door on `toward`'s side: the arm raised and tapping.
    Knock {
        toward: Side,
    },
    /// Both hands up in front of the face: peekaboo.
    CoverFace,
}

/// A joint's place and how the part hanging from it turns.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limb {
    pub joint: (f32, f32),
    /// Radians from hanging straight down, positive outwards on the limb's own side.
    pub angle: f32,
    pub length: f32,
    pub side: Side,
}

impl Limb {
    /// The far end: the hand or the foot.
    pub fn end(self) -> (f32, f32) {
        let outward = self.side.sign();
        (
            self.joint.0 + outward * self.angle.sin() * self.length,
            self.joint.1 - self.angle.cos() * self.length,
        )
    }
}

/// Where every part is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Body {
    /// The head's centre.
    pub head: (f32, f32),
    /// Radians, clockwise positive as drawn.
    pub head_tilt: f32,
    /// The middle of the body's bottom edge (the hips' line).
    pub hips: (f32, f32),
    /// Radians, clockwise positive as drawn: the lean of the whole upper body.
    pub lean: f32,
    /// Screen-left then screen-right.
    pub arms: [Limb; 2],
    pub legs: [Limb; 2],
    pub eyes_open: bool,
}

impl Body {
    /// The highest point of the head.
    pub fn top(&self, proportions: Proportions) -> f32 {
        self.head.1 + proportions.head / 2.0
    }

    pub fn hand(&self, side: Side) -> (f32, f32) {
        self.arms[index(side)].end()
    }

    pub fn foot(&self, side: Side) -> (f32, f32) {
        self.legs[index(side)].end()
    }
}

fn index(side: Side) -> usize {
    match side {
        Side::Left => 0,
        Side::Right => 1,
    }
}

/// A blink of 0.15 s every few seconds, never in step between two figures (`seed`). At rest a
/// figure otherwise holds still: a slow breath redrew a still screen sixty times a second (a
/// blink costs two frames).
const BLINK_EVERY: f32 = 6.0;
const BLINK_SECONDS: f32 = 0.15;
/// How high a lifted child is raised, in grown-up heights: head to head with the grown-up.
const LIFTED: f32 = 0.3;
/// One step of the walk: slow, a gentle bob.
const STEP_SECONDS: f32 = 0.9;

/// Seconds into this figure's blink cycle: the eyes are shut for the first [`BLINK_SECONDS`].
fn blink_phase(clock: f32, seed: u32) -> f32 {
    (clock + (seed % 97) as f32 * 0.37).rem_euclid(BLINK_EVERY)
}

/// Seconds from `clock` until the figure's eyes next open or close: a still screen wakes for it.
pub fn next_blink_change(clock: f32, seed: u32) -> f32 {
    let phase = blink_phase(clock, seed);
    if phase < BLINK_SECONDS {
        BLINK_SECONDS - phase
    } else {
        BLINK_EVERY - phase
    }
}

/// Where each part of `build` is while it does `gesture`, `clock` seconds into the scene.
/// With `reduced` motion the figure holds its key pose: no bob, no swinging, no breathing.
pub fn pose(build: Build, gesture: Gesture, clock: f32, reduced: bool, seed: u32) -> Body {
    let size = build.proportions();
    let idle = if reduced { 0.0 } else { 1.0 };
    let eyes_open = blink_phase(clock, seed) > BLINK_SECONDS;

    let mut crouch = 0.0;
    let mut lean = 0.0;
    let mut bob = 0.0;
    // Resting arms hang a little away from the body.
    let mut arm_angles = [0.2, 0.2];
    let mut leg_angles = [0.06, 0.06];
    let mut head_tilt = 0.0;
    // Off the ground, when lifted.
    let mut lift = 0.0;

    match gesture {
        Gesture::Stand => {}
        Gesture::Walk => {
            let step = (clock * TAU / STEP_SECONDS).sin() * idle;
            bob = (clock * TAU * 2.0 / STEP_SECONDS).sin().abs() * 0.008 * idle;
            // Opposite arm and leg swing together.
            leg_angles = [0.06 + 0.22 * step, 0.06 - 0.22 * step];
            arm_angles = [0.25 - 0.2 * step, 0.25 + 0.2 * step];
        }
        Gesture::Wave { hand } => {
            // A child's arm is short beside a big head: raised as high, the hand was on the
            // hair; held further out and wagging less, it waves clear of it.
            let (raise, swing) = if build.is_grown_up() {
                (2.7, 0.25)
            } else {
                (2.55, 0.15)
            };
            let wag = (clock * TAU / 1.2).sin() * swing * idle;
            arm_angles[index(hand)] = raise + wag;
            head_tilt = hand.sign() * 0.08;
        }
        Gesture::Hug { toward, amount } => {
            let amount = amount.clamp(0.0, 1.0);
            let near = index(toward);
            let far = 1 - near;
            // The far arm stays down at the side: crossed over, its hand lay on the hugger's
            // own chest.
            arm_angles[far] = 0.2 - amount * 0.1;
            if build.is_grown_up() {
                // Bent over to the child, the near arm down round the child's back (level with
                // the shoulder it passed behind the child's head and read as a push; a fox's paw
                // showed there as a third ear). Knees only a little bent: deeper, the straight
                // legs splayed into a lunge.
                arm_angles[near] = 0.2 + amount * 0.9;
                crouch = amount * 0.25;
                lean = toward.sign() * amount * 0.4;
            } else {
                // The child reaches up round the grown-up's neck: held out level, the hand met
                // the grown-up's hip and the hug read as a push.
                arm_angles[near] = 0.2 + amount * 2.2;
                lean = toward.sign() * amount * 0.1;
            }
            head_tilt = toward.sign() * amount * 0.2;
        }
        Gesture::Lift { toward, amount } => {
            let amount = amount.clamp(0.0, 1.0);
            let near = index(toward);
            if build.is_grown_up() {
                // Standing tall, the near arm across the child's middle, holding them up (drawn
                // in front of the child).
                arm_angles[near] = 0.2 + amount * 0.9;
                lean = toward.sign() * amount * 0.06;
            } else {
                // Up to the grown-up's head height, legs hanging loose, the near arm round
                // their neck.
                lift = amount * LIFTED;
                arm_angles[near] = 0.2 + amount * 2.2;
                leg_angles = [0.06 + amount * 0.12, 0.06 + amount * 0.2];
                lean = toward.sign() * amount * 0.08;
            }
            head_tilt = toward.sign() * amount * 0.2;
        }
        Gesture::Kiss { toward, amount } if build.is_grown_up() => {
            // Bent over the child's hand, the near hand under it: the mouth comes down to the
            // palm. Knees hardly bent: deeper, the legs splayed into a lunge.
            let amount = amount.clamp(0.0, 1.0);
            arm_angles[index(toward)] = 0.2 + amount * 0.75;
            crouch = amount * 0.08;
            lean = toward.sign() * amount * 0.6;
            head_tilt = toward.sign() * amount * 0.25;
        }
        Gesture::Kiss { toward, amount } | Gesture::ReachOut { toward, amount } => {
            let amount = amount.clamp(0.0, 1.0);
            arm_angles[index(toward)] = 0.2 + amount * 1.3;
            lean = toward.sign() * amount * 0.1;
            head_tilt = toward.sign() * amount * 0.1;
        }
        Gesture::Crouch { amount } => {
            crouch = amount.clamp(0.0, 1.0) * 0.5;
            arm_angles = [0.5, 0.5];
        }
        Gesture::Peek { toward, amount } => {
            let amount = amount.clamp(0.0, 1.0);
            lean = toward.sign() * amount * 0.35;
            head_tilt = toward.sign() * amount * 0.25;
            arm_angles[index(toward)] = 0.2 + amount * 0.9;
        }
        Gesture::CoverFace => {
            // Bent up and inwards, so the hands meet in front of the face.
            arm_angles = [-2.4, -2.4];
        }
        Gesture::Knock { toward } => {
            // Two soft taps, a pause: knock-knock, slowly.
            let beat = (clock / 1.4).rem_euclid(1.0);
            let tap = if beat < 0.5 {
                (beat / 0.5 * TAU * 2.0).sin().max(0.0)
            } else {
                0.0
            };
            arm_angles[index(toward)] = 1.9 + tap * 0.2 * idle;
        }
    }

    // Bent knees: the legs splay, so the hips sink and the feet stay on the ground.
    let knee = crouch.clamp(0.0, 0.5);
    if knee > 0.0 {
        leg_angles = [0.06 + knee * 1.6, 0.06 + knee * 1.6];
    }
    // The hips sit where the longer-reaching leg touches the ground.
    let hip_height = size.leg * leg_angles[0].cos().max(leg_angles[1].cos()) + bob + lift;
    let hips = (0.0, hip_height);
    // The upper body turns about the hips by `lean`.
    let turn = |dx: f32, dy: f32| -> (f32, f32) {
        let (sin, cos) = lean.sin_cos();
        (hips.0 + dx * cos + dy * sin, hips.1 - dx * sin + dy * cos)
    };
    let body_top = size.body_height;
    let head = turn(0.0, body_top + size.head * 0.42);
    let shoulder_y = body_top - size.head * 0.1;
    let shoulder_x = size.body_width / 2.0 - 0.02;
    let arms = [Side::Left, Side::Right].map(|side| Limb {
        joint: turn(side.sign() * shoulder_x, shoulder_y),
        // Turning the body clockwise swings a left arm outwards and a right arm inwards.
        angle: arm_angles[index(side)] - side.sign() * lean,
        length: size.arm,
        side,
    });
    let legs = [Side::Left, Side::Right].map(|side| Limb {
        joint: (hips.0 + side.sign() * size.hip_apart, hips.1),
        angle: leg_angles[index(side)],
        length: size.leg,
        side,
    });
    Body {
        head,
        head_tilt: head_tilt + lean * 0.5,
        hips,
        lean,
        arms,
        legs,
        eyes_open,
    }
}

/// Smooth start and smooth stop over `t` in 0..1.
pub fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// Comes together in the first quarter of `t` in 0..1, holds, and lets go in the last: a hug
/// long enough to be seen.
pub fn embrace(t: f32) -> f32 {
    ease(t / 0.25).min(ease((1.0 - t) / 0.25))
}

/// Rises then falls back over `t` in 0..1.
pub fn there_and_back(t: f32) -> f32 {
    (t.clamp(0.0, 1.0) * PI).sin()
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_still_figure_says_when_it_next_blinks() {
        for seed in [0, 1, 7, 96, 1234] {
            let mut clock = 0.0;
            for _ in 0..20 {
                let open = pose(Build::GrownUp, Gesture::Stand, clock, false, seed).eyes_open;
                let change = next_blink_change(clock, seed);
                assert!(change > 0.0 && change <= BLINK_EVERY, "{change}");
                let just_before = pose(
                    Build::GrownUp,
                    Gesture::Stand,
                    clock + change - 0.01,
                    false,
                    seed,
                );
                let just_after = pose(
                    Build::GrownUp,
                    Gesture::Stand,
                    clock + change + 0.01,
                    false,
                    seed,
                );
                assert_eq!(just_before.eyes_open, open, "no change before it is due");
                assert_ne!(just_after.eyes_open, open, "the change comes when due");
                clock += change + 0.01;
            }
        }
    }
    use super::*;

    const BUILDS: [Build; 4] = [
        Build::GrownUp,
        Build::Child,
        Build::FoxMother,
        Build::FoxCub,
    ];

    /// The key pose of `gesture`, held still (reduced motion).
    fn still(build: Build, gesture: Gesture) -> Body {
        pose(build, gesture, 0.0, true, 0)
    }

    fn every_gesture() -> Vec<Gesture> {
        let mut all = vec![Gesture::Stand, Gesture::Walk];
        for side in [Side::Left, Side::Right] {
            all.push(Gesture::Wave { hand: side });
            all.push(Gesture::Knock { toward: side });
            for amount in [0.0, 0.3, 0.7, 1.0] {
                all.push(Gesture::Hug {
                    toward: side,
                    amount,
                });
                all.push(Gesture::Lift {
                    toward: side,
                    amount,
                });
                all.push(Gesture::ReachOut {
                    toward: side,
                    amount,
                });
                all.push(Gesture::Kiss {
                    toward: side,
                    amount,
                });
                all.push(Gesture::Peek {
                    toward: side,
                    amount,
                });
            }
        }
        for amount in [0.0, 0.5, 1.0] {
            all.push(Gesture::Crouch { amount });
        }
        all.push(Gesture::CoverFace);
        all
    }

    fn close(a: f32, b: f32, within: f32) -> bool {
        (a - b).abs() <= within
    }

    #[test]
    fn a_grown_up_is_always_taller_than_the_child() {
        for gesture in [Gesture::Stand, Gesture::Walk] {
            for clock in [0.0, 0.4, 1.3, 2.0, 3.7] {
                let grown_up = pose(Build::GrownUp, gesture, clock, false, 1);
                let child = pose(Build::Child, gesture, clock, false, 2);
                let gap = grown_up.top(Build::GrownUp.proportions())
                    - child.top(Build::Child.proportions());
                assert!(gap > 0.25, "{gesture:?} at {clock}: only {gap} taller");
            }
        }
        // Even a grown-up bending to hug stays taller than a standing child.
        let hugging = pose(
            Build::GrownUp,
            Gesture::Hug {
                toward: Side::Right,
                amount: 1.0,
            },
            0.0,
            false,
            1,
        );
        let child = pose(Build::Child, Gesture::Stand, 0.0, false, 2);
        assert!(hugging.top(Build::GrownUp.proportions()) > child.top(Build::Child.proportions()));
        assert!(Build::Child.proportions().height() < Build::GrownUp.proportions().height() * 0.75);
    }

    #[test]
    fn standing_and_walking_feet_stay_on_the_ground() {
        for build in BUILDS {
            for gesture in [
                Gesture::Stand,
                Gesture::Walk,
                Gesture::Wave { hand: Side::Left },
            ] {
                for clock in [0.0, 0.2, 0.45, 1.1] {
                    let body = pose(build, gesture, clock, false, 3);
                    for side in [Side::Left, Side::Right] {
                        let foot = body.foot(side).1;
                        // The walk's bob lifts the feet by a hair, never more.
                        assert!(
                            (-0.001..0.03).contains(&foot),
                            "{build:?} {gesture:?} at {clock}: {side:?} foot at {foot}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_crouch_is_lower_but_keeps_the_feet_down() {
        for build in BUILDS {
            let standing = pose(build, Gesture::Stand, 0.0, true, 0);
            let crouching = pose(build, Gesture::Crouch { amount: 1.0 }, 0.0, true, 0);
            let height = build.proportions().height();
            assert!(
                crouching.head.1 < standing.head.1 - 0.08 * height,
                "{build:?}"
            );
            for side in [Side::Left, Side::Right] {
                assert!(
                    close(crouching.foot(side).1, 0.0, 0.02),
                    "{build:?} {side:?}"
                );
            }
        }
    }

    #[test]
    fn a_wave_lifts_that_hand_above_the_head_and_leaves_the_other_down() {
        for build in BUILDS {
            for hand in [Side::Left, Side::Right] {
                for clock in [0.0, 0.3, 0.6, 0.9] {
                    let body = pose(build, Gesture::Wave { hand }, clock, false, 0);
                    let other = if hand == Side::Left {
                        Side::Right
                    } else {
                        Side::Left
                    };
                    assert!(
                        body.hand(hand).1 > body.head.1,
                        "{build:?} {hand:?} {clock}"
                    );
                    assert!(
                        body.hand(other).1 < body.hips.1 + 0.15,
                        "{build:?} {hand:?}"
                    );
                    // The waving hand is out on its own side, clear of the head (over a
                    // child's big head, it seemed to scratch the hair).
                    assert!(body.hand(hand).0 * hand.sign() > 0.0);
                    let (x, y) = body.hand(hand);
                    let from_head = (x - body.head.0).hypot(y - body.head.1);
                    let radius = build.proportions().head / 2.0;
                    assert!(
                        from_head > radius * 1.4,
                        "{build:?} {hand:?} {clock}: {from_head} from the head's middle, radius {radius}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_hug_reaches_round_the_other_and_keeps_the_far_hand_off_the_chest() {
        for build in BUILDS {
            for toward in [Side::Left, Side::Right] {
                let body = still(
                    build,
                    Gesture::Hug {
                        toward,
                        amount: 1.0,
                    },
                );
                let rest = still(build, Gesture::Stand);
                let size = build.proportions();
                let near = body.hand(toward).0 * toward.sign();
                // The near hand goes past the body's edge, round the other's back.
                assert!(near > rest.hand(toward).0 * toward.sign() + 0.05);
                assert!(near > size.body_width / 2.0 + 0.1, "{build:?} {toward:?}");
                // The far hand stays on its own side of the body: crossed over the chest, it
                // read as the hugger holding their own heart.
                let far = body.hand(toward.other()).0 * toward.sign();
                assert!(far < 0.0, "{build:?} {toward:?}: far hand at {far}");
                // And the body leans that way.
                assert!(body.head.0 * toward.sign() > 0.0);
            }
        }
    }

    /// Each grown-up with their child, facing each other both ways round, both doing the
    /// gesture `doing` makes for the side each faces, in its key pose: the grown-up's build,
    /// the side they face, the grown-up's body and the child's.
    fn facing_pairs(doing: fn(Side) -> Gesture) -> Vec<(Build, Side, Body, Body)> {
        let mut pairs = Vec::new();
        for (big, small) in [
            (Build::GrownUp, Build::Child),
            (Build::FoxMother, Build::FoxCub),
        ] {
            for toward in [Side::Left, Side::Right] {
                let grown_up = still(big, doing(toward));
                let child = still(small, doing(toward.other()));
                pairs.push((big, toward, grown_up, child));
            }
        }
        pairs
    }

    #[test]
    fn in_a_hug_the_grown_up_bends_down_and_the_child_reaches_up() {
        let hug = |toward| Gesture::Hug {
            toward,
            amount: 1.0,
        };
        for (big, toward, grown_up, child) in facing_pairs(hug) {
            let small = if big.is_fox() {
                Build::FoxCub
            } else {
                Build::Child
            };
            let stand = |build| still(build, Gesture::Stand);
            // The heads come closer together than when both stand.
            let apart = |a: Body, b: Body| a.head.1 - b.head.1;
            assert!(apart(grown_up, child) < apart(stand(big), stand(small)) * 0.85);
            // The grown-up's near hand goes down, round the child's back.
            let arm = grown_up.arms[index(toward)];
            assert!(arm.end().1 < arm.joint.1, "{big:?} {toward:?}");
            // The child's goes up, round the grown-up's neck: held out level, it met the
            // grown-up's hip and the hug read as a push.
            let arm = child.arms[index(toward.other())];
            assert!(arm.end().1 > arm.joint.1 + 0.1, "{small:?} {toward:?}");
        }
    }

    #[test]
    fn for_the_kiss_the_grown_up_bends_down_to_the_palm_the_child_holds_out() {
        let kiss = |toward| Gesture::Kiss {
            toward,
            amount: 1.0,
        };
        for (big, toward, grown_up, child) in facing_pairs(kiss) {
            let standing = still(big, Gesture::Stand);
            // Down and forwards, over the child's hand.
            assert!(grown_up.head.1 < standing.head.1 - 0.08, "{big:?} not bent");
            assert!((grown_up.head.0 - standing.head.0) * toward.sign() > 0.1);
            // The child's palm is out towards the grown-up, at least level with the child's
            // own shoulder, where the bent grown-up's face can reach it.
            let arm = child.arms[index(toward.other())];
            assert!((arm.end().0 - arm.joint.0) * toward.other().sign() > 0.15);
            assert!(
                arm.end().1 > arm.joint.1 - 0.05,
                "{big:?}'s child's palm hangs"
            );
        }
    }

    #[test]
    fn lifted_at_the_welcome_the_child_is_off_the_ground_and_head_to_head() {
        let lift = |toward| Gesture::Lift {
            toward,
            amount: 1.0,
        };
        for (big, toward, grown_up, child) in facing_pairs(lift) {
            let feet = child.foot(Side::Left).1.min(child.foot(Side::Right).1);
            assert!(feet > 0.2, "{big:?}'s child: feet at {feet}");
            // Held up high enough that their heads are side by side.
            let heads = (grown_up.head.1 - child.head.1).abs();
            assert!(heads < big.proportions().head / 2.0, "{heads} apart");
            // The grown-up still stands: both feet on the ground.
            assert!(grown_up.foot(toward).1.abs() < 0.01);
            // The child holds on round the neck, hand up by the grown-up's shoulders.
            let arm = child.arms[index(toward.other())];
            assert!(arm.end().1 > arm.joint.1 + 0.1);
        }
    }

    #[test]
    fn hands_over_the_face_are_at_the_face() {
        for build in BUILDS {
            let body = pose(build, Gesture::CoverFace, 0.0, true, 0);
            let radius = build.proportions().head / 2.0;
            for side in [Side::Left, Side::Right] {
                let (x, y) = body.hand(side);
                let from_face = (x - body.head.0).hypot(y - body.head.1);
                assert!(
                    from_face < radius,
                    "{build:?} {side:?}: {from_face} from the face"
                );
            }
        }
    }

    #[test]
    fn a_reach_holds_one_hand_out_at_about_chest_height() {
        let size = Build::GrownUp.proportions();
        let body = pose(
            Build::GrownUp,
            Gesture::ReachOut {
                toward: Side::Right,
                amount: 1.0,
            },
            0.0,
            true,
            0,
        );
        let (x, y) = body.hand(Side::Right);
        assert!(x > size.body_width / 2.0 + 0.2);
        assert!(y > body.hips.1 && y < body.head.1, "hand at {y}");
    }

    #[test]
    fn a_peek_leans_the_head_out_to_that_side() {
        for toward in [Side::Left, Side::Right] {
            let body = pose(
                Build::GrownUp,
                Gesture::Peek {
                    toward,
                    amount: 1.0,
                },
                0.0,
                true,
                0,
            );
            assert!(body.head.0 * toward.sign() > 0.15);
        }
    }

    #[test]
    fn eyes_blink_briefly_now_and_then_and_never_fast() {
        for seed in [0, 1, 7, 40] {
            let frames: Vec<bool> = (0..60 * 20)
                .map(|frame| {
                    pose(
                        Build::Child,
                        Gesture::Stand,
                        frame as f32 / 60.0,
                        false,
                        seed,
                    )
                })
                .map(|body| body.eyes_open)
                .collect();
            let closed = frames.iter().filter(|open| !**open).count() as f32 / frames.len() as f32;
            let blinks = frames.windows(2).filter(|w| w[0] && !w[1]).count();
            assert!(closed < 0.06, "seed {seed}: eyes shut {closed} of the time");
            assert!(
                (3..=6).contains(&blinks),
                "seed {seed}: {blinks} blinks in 20 s"
            );
        }
        // Two figures do not blink in step.
        let together = (0..600)
            .filter(|frame| {
                let clock = *frame as f32 / 60.0;
                !pose(Build::GrownUp, Gesture::Stand, clock, false, 1).eyes_open
                    && !pose(Build::Child, Gesture::Stand, clock, false, 2).eyes_open
            })
            .count();
        assert_eq!(together, 0);
    }

    #[test]
    fn reduced_motion_holds_the_key_pose() {
        for build in BUILDS {
            for gesture in every_gesture() {
                let first = pose(build, gesture, 0.0, true, 0);
                for clock in [0.3, 1.7, 2.9] {
                    let later = pose(build, gesture, clock, true, 0);
                    assert_eq!(
                        Body {
                            eyes_open: true,
                            ..later
                        },
                        Body {
                            eyes_open: true,
                            ..first
                        },
                        "{build:?} {gesture:?} moved at {clock}"
                    );
                }
            }
        }
    }

    #[test]
    fn motion_is_slow_no_part_jumps_between_frames() {
        for build in BUILDS {
            for gesture in every_gesture() {
                for frame in 0..240 {
                    let a = pose(build, gesture, frame as f32 / 60.0, false, 5);
                    let b = pose(build, gesture, (frame + 1) as f32 / 60.0, false, 5);
                    let moved = |p: (f32, f32), q: (f32, f32)| (p.0 - q.0).hypot(p.1 - q.1);
                    let most = [
                        moved(a.head, b.head),
                        moved(a.hand(Side::Left), b.hand(Side::Left)),
                        moved(a.hand(Side::Right), b.hand(Side::Right)),
                        moved(a.foot(Side::Left), b.foot(Side::Left)),
                        moved(a.foot(Side::Right), b.foot(Side::Right)),
                    ]
                    .into_iter()
                    .fold(0.0, f32::max);
                    // A twentieth of the figure's height per frame at most: 3 heights a second.
                    assert!(most < 0.05, "{build:?} {gesture:?} frame {frame}: {most}");
                }
            }
        }
    }
}
