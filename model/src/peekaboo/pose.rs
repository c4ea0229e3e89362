//! Where every part of the peekaboo stage is at a moment, worked out from the rules' phase
//! alone. Nothing here remembers anything: the picture always follows the rules, so what the
//! child sees can never drift from what the game believes.
//!
//! Units are `vmin` inside the stage, which is [`STAGE_WIDTH`] × [`STAGE_HEIGHT`].

use std::f32::consts::PI;

use super::bones::bar;
use super::rules::{HidingStyle, Phase, Timing};
use crate::figure::{Build, Side};

mod arms;
pub use arms::arm_joints;
use arms::{hand_over_face_left, sleeve, wrist_of};

pub const STAGE_WIDTH: f32 = 80.0;
pub const STAGE_HEIGHT: f32 = 64.0;

/// The moving parts, back to front.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    GrownUp,
    /// The grown-up as their own photo, when the family kept one: the photo itself hides and
    /// comes back, in place of the drawn figure.
    Photo,
    /// The grown-up's sleeves while the big hands cover the face: shoulder to elbow, elbow to
    /// wrist (big hands alone read as having no arms).
    UpperArm(Side),
    Forearm(Side),
    DoorFrame,
    Door,
    /// Where the door hangs on the frame (an open door with nothing holding it read as
    /// floating outside the frame).
    Hinges,
    Toy,
    Cup(u8),
    /// The blanket over the grown-up, or the smaller one over the toy.
    Blanket,
    /// The grown-up's forearm from behind the ajar door's edge to the peeking hand (a hand
    /// alone read as having no arm).
    PeekingArm,
    /// The grown-up's hand round the edge of the door, left ajar in a partly hidden hide.
    PeekingHand,
    LeftHand,
    RightHand,
    /// The arm that comes down from above the stage to the lifting hand.
    LiftingArm,
    /// A hand holding the found toy's cup up by its base (a cup up on its own read as hanging
    /// in mid-air).
    LiftingHand,
}

/// A part's box and tilt. `shown: false` parts are hidden whatever the numbers say.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place {
    pub shown: bool,
    pub left: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
    /// Radians, clockwise positive as drawn.
    pub angle: f32,
}

impl Place {
    const HIDDEN: Place = Place {
        shown: false,
        left: 0.0,
        top: 0.0,
        width: 0.0,
        height: 0.0,
        angle: 0.0,
    };

    fn at(left: f32, top: f32, width: f32, height: f32) -> Place {
        Place {
            shown: true,
            left,
            top,
            width,
            height,
            angle: 0.0,
        }
    }

    fn tilted(self, angle: f32) -> Place {
        Place { angle, ..self }
    }
}

/// Everything the pose depends on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub style: HidingStyle,
    pub phase: Phase,
    pub toy_cup: u8,
    pub hinted: bool,
    pub reduced_motion: bool,
    /// Seconds on this screen, for gentle idle movement (the hint's wiggle).
    pub clock: f32,
    /// How far each wrong cup is lifted right now (0 to 1), after a tap on it.
    pub cup_lifts: [f32; 3],
    /// Whether this hide leaves part of the grown-up showing (the ladder's first rungs).
    pub partly: bool,
    /// Whether the grown-up is their photo rather than a drawn figure.
    pub photo: bool,
}

/// Smooth start and stop.
fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

fn lerp(a: f32, b: f32, t: f32) -> f32 {
    a + (b - a) * t
}

/// How far the hiding animation has gone (0 to 1), or the reveal: `None` in other phases.
/// With reduced motion, things jump instead of sliding.
fn progress(view: &View) -> (Option<f32>, Option<f32>) {
    let snap = |t: f32| if view.reduced_motion { 1.0 } else { ease(t) };
    match view.phase {
        Phase::Hiding { elapsed } => (Some(snap(elapsed / view.style.hiding_seconds())), None),
        Phase::Revealing { elapsed, .. } => (None, Some(snap(elapsed / Timing::REVEALING))),
        _ => (None, None),
    }
}

fn is_hidden(view: &View) -> bool {
    matches!(view.phase, Phase::Hidden { .. })
}

/// A small hop for the found toy during the celebration.
fn hop(view: &View) -> f32 {
    match view.phase {
        Phase::Celebrating { elapsed } if !view.reduced_motion => {
            -3.0 * (elapsed * 2.0 * PI / 0.8).sin().max(0.0)
        }
        _ => 0.0,
    }
}

/// The hint's wiggle comes in bursts: one slow wiggle, then a rest. Still in between, a hidden
/// toy costs no frames (the screen sleeps until the next burst, [`next_hint_wiggle`]).
const HINT_WIGGLE_SECONDS: f32 = 0.8;
const HINT_WIGGLE_EVERY: f32 = 2.0;

/// The hinted cup's tilt, radians, `clock` seconds into the screen: one whole wiggle from level
/// back to level, then level until the next.
fn hint_wiggle(clock: f32) -> f32 {
    let at = clock.rem_euclid(HINT_WIGGLE_EVERY);
    if at < HINT_WIGGLE_SECONDS {
        0.12 * (at / HINT_WIGGLE_SECONDS * 2.0 * PI).sin()
    } else {
        0.0
    }
}

/// Seconds until the hint's next wiggle begins, while the cup rests between them (`None` while
/// it wiggles, when the screen draws anyway, or when there is no wiggle to wait for).
pub fn next_hint_wiggle(view: &View) -> Option<f32> {
    let wiggling = matches!(view.style, HidingStyle::ToyUnderCups { .. })
        && is_hidden(view)
        && view.hinted
        && !view.reduced_motion;
    let at = view.clock.rem_euclid(HINT_WIGGLE_EVERY);
    (wiggling && at >= HINT_WIGGLE_SECONDS).then_some(HINT_WIGGLE_EVERY - at)
}

/// Centre of cup `index` when there are `cups`.
pub fn cup_centre(cups: u8, index: u8) -> f32 {
    match cups {
        2 => [26.0, 54.0][index.min(1) as usize],
        _ => [14.0, 40.0, 66.0][index.min(2) as usize],
    }
}

/// Where the grown-up's feet stand, in vmin from the stage's top.
const FLOOR: f32 = 61.0;
/// The grown-up's size on the stage: vmin per unit of the figure's proportions.
pub const GROWN_UP_SCALE: f32 = 60.0;
/// The grown-up stands in the middle of the stage's door frame, at this x.
const GROWN_UP_MIDDLE: f32 = 40.0;
/// How far the grown-up steps back towards the hinge behind a shut door, in vmin.
const DOOR_STEP_BACK: f32 = 4.0;
/// The photo: a large circle where the drawn grown-up's head and chest would be, all of it
/// under the big hands. Partly hidden under the blanket, the chin still shows.
const PHOTO_SIZE: f32 = 42.0;
const PHOTO_TOP: f32 = 8.0;
/// The big hands over a photo, and their top: the palms' middle on the photo's middle.
const PHOTO_HAND_SIZE: f32 = 47.0;
const PHOTO_HANDS_TOP: f32 = PHOTO_TOP + PHOTO_SIZE / 2.0 - 0.55 * PHOTO_HAND_SIZE;
const BLANKET_PARTLY_OVER_PHOTO: f32 = 36.0;
/// Where the hands over the face are: over the grown-up's head.
const HANDS_TOP: f32 = 1.0;
/// Where the wrist is on the hand's picture (`tools/art/hand.svg`): across, and down to a
/// little inside its bottom edge, so the sleeve's end tucks under the hand.
const WRIST_AT: (f32, f32) = (261.0 / 512.0, 0.92);
/// The sleeves: as wide as the wrist at the forearm, a little narrower above; the elbow sits
/// out to the side and below the wrist, as when hands are held over a face.
const FOREARM_WIDTH: f32 = 7.0;
const UPPER_ARM_WIDTH: f32 = 6.0;
const ELBOW_FROM_WRIST: (f32, f32) = (11.0, 8.0);
/// The door's hinge: the inner left edge of its frame.
const HINGE: f32 = 16.0;
/// Each big peekaboo hand is a square picture this wide.
const HAND_SIZE: f32 = 28.0;
/// Where the palm and fingers are across the left hand's picture (`tools/art/hand.svg`,
/// thumb on the left); the right hand is its mirror image.
const PALM_ACROSS: (f32, f32) = (146.0 / 512.0, 386.0 / 512.0);
/// How far the two palms overlap in the middle, so no gap shows the face between them.
const PALMS_OVERLAP: f32 = 2.0;
/// The blanket's height when it leaves the feet showing, and how far the door stays open.
const BLANKET_PARTLY: f32 = 46.0;
/// How far below the peeking hand's wrist its forearm leaves the door's edge.
const PEEKING_ARM_DROP: f32 = 5.0;
const DOOR_AJAR: f32 = 0.8;
const CUP_WIDTH: f32 = 20.0;
const CUP_HEIGHT: f32 = 24.0;
const CUP_DOWN: f32 = 30.0;
/// Lifted, a cup's rim is just above the toy's head (higher, it read as floating away), and
/// it tips back a little, as a hand lifting it would.
const CUP_UP: f32 = 10.0;
const CUP_UP_TIP: f32 = 0.25;
const CUP_TOY: f32 = 13.0;
/// The hand that lifts the cup, and how far its fingers reach down over the cup's base.
const LIFTING_HAND: f32 = 15.0;
const LIFTING_GRIP: f32 = 3.0;
/// Where the cup's base is down its picture (`cup.png`, drawn upside down), and where the
/// fingertips are from the top of the hand's (`tools/art/hand.svg`): both pictures have a
/// margin round what they draw.
const CUP_BASE_INSET: f32 = 27.0 / 256.0;
const FINGERTIPS_INSET: f32 = 64.0 / 512.0;
/// The toy's top edge: its feet stay inside the cup's rim when the cup is down.
const CUP_TOY_TOP: f32 = 38.0;

pub fn place(part: Part, view: &View) -> Place {
    let (hiding, revealing) = progress(view);
    let hidden = is_hidden(view);
    let covering = hiding.is_some() || hidden || revealing.is_some();
    match (view.style, part) {
        // With a photo, the drawn grown-up and their sleeves step aside: the photo is who hides.
        (_, Part::GrownUp | Part::UpperArm(_) | Part::Forearm(_)) if view.photo => Place::HIDDEN,
        (style, Part::Photo) if style.hides_grown_up() && view.photo => {
            // Behind the door, it moves back towards the hinge as the door shuts, like the
            // drawn grown-up.
            let back = if style == HidingStyle::Door {
                DOOR_STEP_BACK * door_closed(hiding, revealing, covering)
            } else {
                0.0
            };
            let left = GROWN_UP_MIDDLE - PHOTO_SIZE / 2.0 - back;
            Place::at(left, PHOTO_TOP, PHOTO_SIZE, PHOTO_SIZE)
        }
        // The grown-up stands in the middle of the stage, feet on its floor (the figure is drawn
        // from this box's bottom middle).
        (style, Part::GrownUp) if style.hides_grown_up() => {
            let height = Build::GrownUp.proportions().height() * GROWN_UP_SCALE;
            // Behind the door they step back towards its hinge as it shuts, so no shoe pokes
            // out past its edge (one read as a stray foot).
            let back = if style == HidingStyle::Door {
                DOOR_STEP_BACK * door_closed(hiding, revealing, covering)
            } else {
                0.0
            };
            Place::at(GROWN_UP_MIDDLE - 22.0 - back, FLOOR - height, 44.0, height)
        }

        // Hands rise from below to cover the face, meeting in the middle, then open sideways:
        // "Peekaboo!"
        (HidingStyle::HandsOverFace, Part::LeftHand | Part::RightHand) if covering => {
            let left_side = part == Part::LeftHand;
            // A photo is bigger than a drawn face: bigger hands cover it.
            let (size, hands_top) = if view.photo {
                (PHOTO_HAND_SIZE, PHOTO_HANDS_TOP)
            } else {
                (HAND_SIZE, HANDS_TOP)
            };
            let side = if left_side { Side::Left } else { Side::Right };
            let cover_left = hand_over_face_left(side, size);
            let out_left = if left_side { -size - 2.0 } else { 82.0 };
            let (left, top) = match (hiding, revealing) {
                (Some(p), _) => (cover_left, lerp(70.0, hands_top, p)),
                (_, Some(p)) => (lerp(cover_left, out_left, p), hands_top),
                _ => (cover_left, hands_top),
            };
            Place::at(left, top, size, size)
        }

        // The sleeves carry the hands up from below and hold them at the face (rising alone,
        // the hands read as having no arms); at the reveal the figure's own arms wave.
        (HidingStyle::HandsOverFace, Part::UpperArm(side) | Part::Forearm(side))
            if hidden || hiding.is_some() =>
        {
            let [shoulder, elbow, wrist] = arm_joints(view, side);
            let (bounds, tilt) = match part {
                Part::UpperArm(_) => bar(shoulder, elbow, UPPER_ARM_WIDTH),
                _ => bar(elbow, wrist, FOREARM_WIDTH),
            };
            let [left, top, width, height] = bounds;
            Place::at(left, top, width, height).tilted(tilt)
        }

        // The blanket drops from above; a tap pulls it off to the side.
        // A lump over the whole grown-up, down to the floor; partly hidden, it stops short and
        // the legs and feet poke out.
        (HidingStyle::Blanket, Part::Blanket) if covering => {
            let height = match (view.partly, view.photo) {
                (false, _) => FLOOR,
                (true, false) => BLANKET_PARTLY,
                (true, true) => BLANKET_PARTLY_OVER_PHOTO,
            };
            blanket(hiding, revealing, (10.0, 1.0), 60.0, height)
        }

        // Its foot is the threshold the grown-up stands on (drawn behind them, so the shoes
        // stand on it rather than under it).
        (HidingStyle::Door, Part::DoorFrame) => Place::at(14.0, 0.0, 52.0, FLOOR + 2.0),
        // Over the frame's left edge, where the door turns.
        (HidingStyle::Door, Part::Hinges) => Place::at(HINGE - 3.0, 0.0, 4.0, FLOOR),
        // The door turns on its left hinge: open, it stands out to the left of the frame (never
        // gone, never edge-on for long); it swings shut over the grown-up and opens again.
        (HidingStyle::Door, Part::Door) => {
            let closed = door_closed(hiding, revealing, covering);
            // Partly hidden, the door stays ajar.
            let most = if view.partly { DOOR_AJAR } else { 1.0 };
            door(closed * most)
        }
        // A hand round the ajar door's edge while it is (nearly) shut.
        (HidingStyle::Door, Part::PeekingHand) if covering && view.partly => {
            let closed = door_closed(hiding, revealing, covering);
            let ajar = door(DOOR_AJAR);
            let mut place = Place::at(ajar.left + ajar.width - 5.0, 24.0, 13.0, 13.0);
            place.shown = closed > 0.9;
            place.tilted(-0.35)
        }

        // The forearm comes out from behind the door's edge, a little below the hand, to its
        // wrist.
        (HidingStyle::Door, Part::PeekingArm) => {
            let hand = place(Part::PeekingHand, view);
            if !hand.shown {
                return Place::HIDDEN;
            }
            let wrist = wrist_of(hand, hand.width);
            let edge = door(DOOR_AJAR);
            let from = (edge.left + edge.width, wrist.1 + PEEKING_ARM_DROP);
            sleeve(from, wrist, FOREARM_WIDTH * hand.width / HAND_SIZE)
        }

        (HidingStyle::ToyUnderCover, Part::Toy) => Place::at(26.0, 22.0 + hop(view), 28.0, 28.0),
        // Draped over the teddy, the cloth's ears sit over its ears and the dip between
        // them above its head (lower, the head showed in the dip).
        (HidingStyle::ToyUnderCover, Part::Blanket) if covering => {
            blanket(hiding, revealing, (16.0, 10.0), 48.0, 46.0)
        }

        (HidingStyle::ToyUnderCups { cups }, Part::Toy) => {
            let target = cup_centre(cups, view.toy_cup);
            // First half of the hide: the toy slides to its cup. Then the cups come down.
            let centre = match view.phase {
                Phase::Showing { .. } => 40.0,
                Phase::Hiding { .. } => {
                    lerp(40.0, target, hiding.map_or(1.0, |p| (p * 2.0).min(1.0)))
                }
                _ => target,
            };
            Place::at(
                centre - CUP_TOY / 2.0,
                CUP_TOY_TOP + hop(view),
                CUP_TOY,
                CUP_TOY,
            )
        }
        (HidingStyle::ToyUnderCups { cups }, Part::Cup(index)) if index < cups => {
            let is_toys = index == view.toy_cup;
            let lowered = match view.phase {
                Phase::Showing { .. } => 0.0,
                Phase::Hiding { .. } => hiding.map_or(1.0, |p| (p * 2.0 - 1.0).max(0.0)),
                Phase::Hidden { .. } => 1.0,
                Phase::Revealing { .. } if is_toys => 1.0 - revealing.unwrap_or(1.0),
                Phase::Revealing { .. } => 1.0,
                Phase::Celebrating { .. } | Phase::Finished => {
                    if is_toys {
                        0.0
                    } else {
                        1.0
                    }
                }
            };
            let mut top = lerp(CUP_UP, CUP_DOWN, lowered);
            let mut angle = CUP_UP_TIP * (1.0 - lowered) * if index % 2 == 0 { -1.0 } else { 1.0 };
            if hidden {
                top -= 16.0 * view.cup_lifts[index as usize].clamp(0.0, 1.0);
                if is_toys && view.hinted {
                    // The toy peeks out: the cup tips up a little and, unless motion is
                    // reduced, wiggles slowly.
                    top -= 7.0;
                    if !view.reduced_motion {
                        angle = hint_wiggle(view.clock);
                    }
                }
            }
            Place::at(
                cup_centre(cups, index) - CUP_WIDTH / 2.0,
                top,
                CUP_WIDTH,
                CUP_HEIGHT,
            )
            .tilted(angle)
        }
        // From the moment the cup starts up, a hand holds it by its base, fingers down,
        // turning with it.
        (HidingStyle::ToyUnderCups { .. }, Part::LiftingHand)
            if matches!(
                view.phase,
                Phase::Revealing { .. } | Phase::Celebrating { .. } | Phase::Finished
            ) =>
        {
            let cup = place(Part::Cup(view.toy_cup), view);
            let middle = (cup.left + cup.width / 2.0, cup.top + cup.height / 2.0);
            // From the cup's middle up to its base, then on to the hand's middle, less the
            // fingers over the base.
            let base = cup.height * (0.5 - CUP_BASE_INSET);
            let reach = base + LIFTING_HAND * (0.5 - FINGERTIPS_INSET) - LIFTING_GRIP;
            let (sin, cos) = cup.angle.sin_cos();
            let hand = (middle.0 + reach * sin, middle.1 - reach * cos);
            Place::at(
                hand.0 - LIFTING_HAND / 2.0,
                hand.1 - LIFTING_HAND / 2.0,
                LIFTING_HAND,
                LIFTING_HAND,
            )
            .tilted(cup.angle + PI)
        }
        // The lifting hand's arm reaches down from above the stage, in line with the hand.
        (HidingStyle::ToyUnderCups { .. }, Part::LiftingArm) => {
            let hand = place(Part::LiftingHand, view);
            if !hand.shown {
                return Place::HIDDEN;
            }
            let wrist = wrist_of(hand, hand.width);
            // Up the arm is on from the wrist, away from the fingers: the picture's own
            // downwards, turned with the hand (which hangs upside down).
            // It stops at the stage's top edge: the stage does not clip a turned part, and
            // longer, it crossed the page above.
            let (sin, cos) = hand.angle.sin_cos();
            let up = (-sin, cos);
            // The square end's corners touch the edge, neither poking past it nor short of it.
            let corner = FOREARM_WIDTH * hand.width / HAND_SIZE / 2.0 * up.0.abs();
            let reach = if up.1 < -0.2 {
                (wrist.1 - corner) / -up.1
            } else {
                0.0
            };
            let to_edge = (wrist.0 + reach * up.0, wrist.1 + reach * up.1);
            sleeve(wrist, to_edge, FOREARM_WIDTH * hand.width / HAND_SIZE)
        }
        _ => Place::HIDDEN,
    }
}

/// The door at `closed` (0 open, 1 shut): its hinge is at the frame's left edge. Past a third
/// shut it covers the doorway; before, it stands open outside the frame, to the left.
/// How far the door is shut: 0 open, 1 shut (or as far as it goes).
fn door_closed(hiding: Option<f32>, revealing: Option<f32>, covering: bool) -> f32 {
    match (hiding, revealing) {
        (Some(p), _) => p,
        (_, Some(p)) => 1.0 - p,
        _ if covering => 1.0,
        _ => 0.0,
    }
}

fn door(closed: f32) -> Place {
    const OPEN_WIDTH: f32 = 13.0;
    let closed = closed.clamp(0.0, 1.0);
    if closed >= 1.0 / 3.0 {
        let width = 48.0 * (closed - 1.0 / 3.0) * 1.5;
        Place::at(HINGE, 2.0, width, FLOOR)
    } else {
        let width = OPEN_WIDTH * (1.0 - closed * 3.0);
        Place::at(HINGE - width, 2.0, width, FLOOR)
    }
}

/// A blanket of `width` × `height` whose resting corner is `rest`: drops from above the stage,
/// and is pulled off up and to the right with a little twist.
fn blanket(
    hiding: Option<f32>,
    revealing: Option<f32>,
    rest: (f32, f32),
    width: f32,
    height: f32,
) -> Place {
    let (left, top) = rest;
    match (hiding, revealing) {
        (Some(p), _) => Place::at(left, lerp(-height - 2.0, top, p), width, height),
        (_, Some(p)) => Place::at(
            lerp(left, STAGE_WIDTH + 4.0, p),
            lerp(top, top - 10.0, p),
            width,
            height,
        )
        .tilted(0.35 * p),
        _ => Place::at(left, top, width, height),
    }
}

/// Whether the door has swung out past its hinge, showing its back: its knob is then on the
/// far edge, away from the hinges (drawn unturned, the knob sat beside them).
pub fn door_shows_its_back(view: &View) -> bool {
    let door = place(Part::Door, view);
    door.shown && door.left < HINGE - 0.01
}

/// Where the celebration's hearts burst from: the found toy (over the middle cup they seemed
/// to land on a wrong one), or the middle of whoever came back.
pub fn hearts_origin(view: &View) -> (f32, f32) {
    let found = if view.style.hides_grown_up() && view.photo {
        Part::Photo
    } else if view.style.hides_grown_up() {
        Part::GrownUp
    } else {
        Part::Toy
    };
    let place = place(found, view);
    (
        place.left + place.width / 2.0,
        place.top + place.height / 2.0,
    )
}

/// How far from [`hearts_origin`] the hearts start: clear of a photo, so they do not cover
/// the face that has just come back (over a drawn grown-up they start in the middle).
pub fn hearts_clearance(view: &View) -> f32 {
    if view.style.hides_grown_up() && view.photo {
        place(Part::Photo, view).width / 2.0
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests;
