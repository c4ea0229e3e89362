//! The pose's promises: where each part is in each phase of each hide.
use super::*;

fn view(style: HidingStyle, phase: Phase) -> View {
    View {
        style,
        phase,
        toy_cup: 1,
        hinted: false,
        reduced_motion: false,
        clock: 0.0,
        cup_lifts: [0.0; 3],
        partly: false,
        photo: false,
    }
}

#[test]
fn hands_over_the_face_hang_on_arms_from_the_shoulders_with_elbows_out() {
    use crate::peekaboo::bones::ends;
    let hidden = view(
        HidingStyle::HandsOverFace,
        Phase::Hidden {
            elapsed: 1.0,
            taps: 0,
        },
    );
    let body_half = Build::GrownUp.proportions().body_width / 2.0 * GROWN_UP_SCALE;
    for side in [Side::Left, Side::Right] {
        let [shoulder, elbow, wrist] = arm_joints(&hidden, side);
        let near = |a: (f32, f32), b: (f32, f32)| (a.0 - b.0).hypot(a.1 - b.1) < 0.01;
        for (part, from, to) in [
            (Part::UpperArm(side), shoulder, elbow),
            (Part::Forearm(side), elbow, wrist),
        ] {
            let place = place(part, &hidden);
            assert!(place.shown, "{part:?}");
            let [a, b] = ends(
                [place.left, place.top, place.width, place.height],
                place.angle,
            );
            assert!(near(a, from) && near(b, to), "{part:?} joins its joints");
        }
        // The wrist is under the big hand, the elbow out beside the body.
        let hand = place(
            if side == Side::Left {
                Part::LeftHand
            } else {
                Part::RightHand
            },
            &hidden,
        );
        assert!(wrist.0 > hand.left && wrist.0 < hand.left + hand.width);
        assert!(wrist.1 > hand.top && wrist.1 < hand.top + hand.height);
        assert!(
            (elbow.0 - GROWN_UP_MIDDLE).abs() > body_half,
            "{side:?} elbow out"
        );
    }
    // At the reveal the figure waves with its own arms: the sleeves go.
    let revealing = view(
        HidingStyle::HandsOverFace,
        Phase::Revealing {
            elapsed: 0.1,
            by_tap: true,
        },
    );
    assert!(!place(Part::Forearm(Side::Left), &revealing).shown);
    assert!(!place(Part::UpperArm(Side::Right), &revealing).shown);
}

/// Where the palm and fingers are down the hand's picture, fingertips to wrist.
const PALM_DOWN: (f32, f32) = (64.0 / 512.0, 500.0 / 512.0);

#[test]
fn the_peekaboo_hands_cover_the_whole_face_with_no_gap() {
    let hidden = view(HidingStyle::HandsOverFace, HIDDEN);
    let figure = place(Part::GrownUp, &hidden);
    let head = Build::GrownUp.proportions().head * GROWN_UP_SCALE;
    let head_middle = figure.left + figure.width / 2.0;
    // The head's top is the figure's top; its middle is half a head down.
    let head_span = (figure.top, figure.top + head);
    let left = place(Part::LeftHand, &hidden);
    let right = place(Part::RightHand, &hidden);
    let left_palm = (
        left.left + PALM_ACROSS.0 * left.width,
        left.left + PALM_ACROSS.1 * left.width,
    );
    // Mirrored: the right hand's palm sits as far from its right edge.
    let right_palm = (
        right.left + (1.0 - PALM_ACROSS.1) * right.width,
        right.left + (1.0 - PALM_ACROSS.0) * right.width,
    );
    assert!(left_palm.1 > right_palm.0, "a gap between the palms");
    assert!(
        left_palm.0 <= head_middle - head / 2.0,
        "the face's left edge shows"
    );
    assert!(
        right_palm.1 >= head_middle + head / 2.0,
        "the face's right edge shows"
    );
    for hand in [left, right] {
        let fingertips = hand.top + PALM_DOWN.0 * hand.height;
        let wrist = hand.top + PALM_DOWN.1 * hand.height;
        assert!(
            fingertips <= head_span.0 + head * 0.2,
            "the eyes show above the fingers"
        );
        assert!(wrist >= head_span.1, "the chin shows below the hands");
    }
}

#[test]
fn a_partly_hidden_grown_up_shows_feet_or_a_hand_and_a_whole_hide_shows_nothing() {
    let partly = |style| View {
        partly: true,
        photo: false,
        ..view(style, HIDDEN)
    };
    let bottom = |p: Place| p.top + p.height;
    let grown_up = place(Part::GrownUp, &partly(HidingStyle::Blanket));
    let blanket = place(Part::Blanket, &partly(HidingStyle::Blanket));
    assert!(
        bottom(grown_up) > bottom(blanket) + 10.0,
        "the legs and feet poke out below the blanket"
    );
    let hand = place(Part::PeekingHand, &partly(HidingStyle::Door));
    let door = place(Part::Door, &partly(HidingStyle::Door));
    assert!(hand.shown);
    assert!(overlaps(hand, door), "the hand holds the door's edge");
    assert!(door.width < 48.0, "the door is ajar");
    // The door never vanishes: open, it stands beside the doorway.
    let open = place(
        Part::Door,
        &view(HidingStyle::Door, Phase::Celebrating { elapsed: 0.0 }),
    );
    assert!(open.shown && open.width >= 10.0 && open.left + open.width <= 16.0);
    // Wholly hidden: the blanket and the shut door reach the floor, and no hand shows.
    for style in [HidingStyle::Blanket, HidingStyle::Door] {
        let cover = place(
            if style == HidingStyle::Blanket {
                Part::Blanket
            } else {
                Part::Door
            },
            &view(style, HIDDEN),
        );
        let grown_up = place(Part::GrownUp, &view(style, HIDDEN));
        assert!(bottom(cover) >= bottom(grown_up), "{style:?}");
        assert!(cover.top <= grown_up.top + 2.0, "{style:?}");
    }
    assert!(!place(Part::PeekingHand, &view(HidingStyle::Door, HIDDEN)).shown);
    let shut = place(Part::Door, &view(HidingStyle::Door, HIDDEN));
    assert!(
        (shut.width - 48.0).abs() < 0.01,
        "shut, the door fills the doorway"
    );
    // Nothing of the hint shows once the grown-up is back.
    let back = View {
        partly: true,
        photo: false,
        ..view(HidingStyle::Door, Phase::Celebrating { elapsed: 0.5 })
    };
    assert!(!place(Part::PeekingHand, &back).shown);
}

fn overlaps(a: Place, b: Place) -> bool {
    a.shown
        && b.shown
        && a.left < b.left + b.width
        && b.left < a.left + a.width
        && a.top < b.top + b.height
        && b.top < a.top + a.height
}

const HIDDEN: Phase = Phase::Hidden {
    elapsed: 0.0,
    taps: 0,
};

#[test]
fn while_hidden_the_grown_up_is_covered_and_when_shown_nothing_covers_them() {
    for style in [
        HidingStyle::HandsOverFace,
        HidingStyle::Blanket,
        HidingStyle::Door,
    ] {
        let cover = |phase| {
            [Part::LeftHand, Part::Blanket, Part::Door]
                .into_iter()
                .map(|part| place(part, &view(style, phase)))
                .filter(|p| p.shown)
                .collect::<Vec<_>>()
        };
        let grown_up = place(Part::GrownUp, &view(style, HIDDEN));
        assert!(grown_up.shown);
        assert!(
            cover(HIDDEN).iter().any(|c| overlaps(*c, grown_up)),
            "{style:?}"
        );
        // Once shown, nothing covers them (the door stands open beside the doorway).
        for phase in [
            Phase::Showing { elapsed: 0.0 },
            Phase::Celebrating { elapsed: 0.0 },
        ] {
            let grown_up = place(Part::GrownUp, &view(style, phase));
            assert!(
                cover(phase).iter().all(|c| !overlaps(*c, grown_up)),
                "{style:?} {phase:?}"
            );
        }
    }
}

#[test]
fn the_toy_ends_up_under_its_cup_and_the_cup_lifts_on_the_reveal() {
    let style = HidingStyle::ToyUnderCups { cups: 3 };
    let toy = place(Part::Toy, &view(style, HIDDEN));
    let cup = place(Part::Cup(1), &view(style, HIDDEN));
    assert!(toy.left >= cup.left && toy.left + toy.width <= cup.left + cup.width);
    assert!(toy.top + toy.height <= cup.top + cup.height);
    let after = place(
        Part::Cup(1),
        &view(style, Phase::Celebrating { elapsed: 0.0 }),
    );
    assert!(!overlaps(after, toy), "the found toy is in plain sight");
    // Even tipped back, its rim's lowest corner stays above the toy's head.
    let tipped_corner = after.top + after.height + after.width / 2.0 * after.angle.abs().sin();
    assert!(tipped_corner < toy.top, "the tipped cup touches the toy");
    let gap = toy.top - (after.top + after.height);
    assert!(gap < 6.0, "the lifted cup floats {gap} vmin above the toy");
    // A hand holds it up: its fingers over the cup's base, wherever the cup tips.
    let hand = place(
        Part::LiftingHand,
        &view(style, Phase::Celebrating { elapsed: 0.0 }),
    );
    assert!(hand.shown);
    let hand_middle = (hand.left + hand.width / 2.0, hand.top + hand.height / 2.0);
    let cup_middle = (
        after.left + after.width / 2.0,
        after.top + after.height / 2.0,
    );
    let (sin, cos) = after.angle.sin_cos();
    // The cup's base, upside down, is near its top edge, turned with it; the fingertips
    // near the hand's bottom edge, the hand being upside down too.
    let to_base = after.height * (0.5 - CUP_BASE_INSET);
    let base = (cup_middle.0 + to_base * sin, cup_middle.1 - to_base * cos);
    let to_tips = hand.height * (0.5 - FINGERTIPS_INSET);
    let fingertips = (hand_middle.0 - to_tips * sin, hand_middle.1 + to_tips * cos);
    let overlap = (fingertips.0 - base.0) * sin - (fingertips.1 - base.1) * cos;
    assert!(
        (-LIFTING_GRIP - 0.01..0.0).contains(&overlap),
        "the fingers reach over the base: {overlap}"
    );
    assert!(hand.top >= 0.0, "the lifting hand stays on the stage");
    assert!(!place(Part::LiftingHand, &view(style, HIDDEN)).shown);
    assert!(
        !place(
            Part::Cup(2),
            &view(HidingStyle::ToyUnderCups { cups: 2 }, HIDDEN)
        )
        .shown
    );
}

#[test]
fn cups_are_big_and_apart() {
    for cups in [2u8, 3] {
        for i in 1..cups {
            let gap = cup_centre(cups, i) - cup_centre(cups, i - 1) - CUP_WIDTH;
            assert!(gap >= 5.0, "{cups} cups: gap {gap} vmin");
        }
    }
}

#[test]
fn with_reduced_motion_nothing_slides_or_wiggles() {
    let mut v = view(HidingStyle::Blanket, Phase::Hiding { elapsed: 0.01 });
    v.reduced_motion = true;
    assert_eq!(
        place(Part::Blanket, &v),
        place(Part::Blanket, &view(HidingStyle::Blanket, HIDDEN))
    );
    let mut cups = view(HidingStyle::ToyUnderCups { cups: 2 }, HIDDEN);
    cups.hinted = true;
    cups.reduced_motion = true;
    cups.clock = 0.3;
    assert_eq!(place(Part::Cup(1), &cups).angle, 0.0);
}

#[test]
fn the_hearts_burst_from_the_cup_the_toy_was_found_under() {
    for cups in [2, 3] {
        for toy_cup in 0..cups {
            let found = View {
                toy_cup,
                ..view(
                    HidingStyle::ToyUnderCups { cups },
                    Phase::Celebrating { elapsed: 0.0 },
                )
            };
            let (across, _) = hearts_origin(&found);
            assert!((across - cup_centre(cups, toy_cup)).abs() < 0.01);
        }
    }
}

#[test]
fn an_open_door_shows_its_back_and_a_shut_one_its_front() {
    let open = view(HidingStyle::Door, Phase::Celebrating { elapsed: 0.0 });
    assert!(door_shows_its_back(&open));
    assert!(!door_shows_its_back(&view(HidingStyle::Door, HIDDEN)));
}

#[test]
fn behind_the_shut_door_the_grown_up_stands_back_from_its_open_edge() {
    let found = place(
        Part::GrownUp,
        &view(HidingStyle::Door, Phase::Celebrating { elapsed: 0.0 }),
    );
    let hidden = place(Part::GrownUp, &view(HidingStyle::Door, HIDDEN));
    assert!(hidden.left <= found.left - DOOR_STEP_BACK + 0.01);
}

fn joints_of(part: Part, view: &View) -> [(f32, f32); 2] {
    let place = place(part, view);
    assert!(place.shown, "{part:?}");
    crate::peekaboo::bones::ends(
        [place.left, place.top, place.width, place.height],
        place.angle,
    )
}

fn apart(a: (f32, f32), b: (f32, f32)) -> f32 {
    (a.0 - b.0).hypot(a.1 - b.1)
}

#[test]
fn the_big_hands_rise_on_arms_that_keep_their_length() {
    let at_face = view(HidingStyle::HandsOverFace, HIDDEN);
    for side in [Side::Left, Side::Right] {
        let [shoulder, elbow, wrist] = arm_joints(&at_face, side);
        // At the face the elbow is out and below the wrist, as drawn.
        assert!(apart(elbow, (wrist.0 + side.sign() * 11.0, wrist.1 + 8.0)) < 0.01);
        let (upper, fore) = (apart(shoulder, elbow), apart(elbow, wrist));
        for share in [0.1, 0.4, 0.7, 0.95] {
            let rising = view(
                HidingStyle::HandsOverFace,
                Phase::Hiding {
                    elapsed: share * HidingStyle::HandsOverFace.hiding_seconds(),
                },
            );
            let [shoulder, elbow, wrist] = arm_joints(&rising, side);
            let [a, b] = joints_of(Part::UpperArm(side), &rising);
            let [c, d] = joints_of(Part::Forearm(side), &rising);
            assert!(
                apart(a, shoulder) < 0.01 && apart(b, elbow) < 0.01,
                "{share}"
            );
            assert!(apart(c, elbow) < 0.01 && apart(d, wrist) < 0.01, "{share}");
            let reach = apart(shoulder, wrist);
            if reach < upper + fore - 0.01 {
                // Bent: each part as long as at the face, the elbow away from the body.
                assert!((apart(shoulder, elbow) - upper).abs() < 0.01, "{share}");
                assert!((apart(elbow, wrist) - fore).abs() < 0.01, "{share}");
                assert!((elbow.0 - wrist.0) * side.sign() > 0.0, "{side:?} {share}");
            } else {
                // Straight down to a hand still low: one line from shoulder to wrist.
                assert!((apart(shoulder, elbow) + apart(elbow, wrist) - reach).abs() < 0.01);
            }
        }
    }
}

#[test]
fn the_lifting_hand_and_the_peeking_hand_are_on_arms() {
    let style = HidingStyle::ToyUnderCups { cups: 3 };
    let lifted = view(style, Phase::Celebrating { elapsed: 0.0 });
    let hand = place(Part::LiftingHand, &lifted);
    let wrist = wrist_of(hand, hand.width);
    let [from, to] = joints_of(Part::LiftingArm, &lifted);
    let (near, far) = if apart(from, wrist) < apart(to, wrist) {
        (from, to)
    } else {
        (to, from)
    };
    assert!(apart(near, wrist) < 0.01, "the arm ends at the wrist");
    assert!(
        (0.0..1.0).contains(&far.1),
        "and comes down from the stage's top edge: {}",
        far.1
    );
    // The wrist is the hand's end away from the cup.
    let cup = place(Part::Cup(lifted.toy_cup), &lifted);
    assert!(wrist.1 < cup.top, "the wrist is above the cup");
    assert!(!place(Part::LiftingArm, &view(style, HIDDEN)).shown);

    let peeking = View {
        partly: true,
        photo: false,
        ..view(HidingStyle::Door, HIDDEN)
    };
    let hand = place(Part::PeekingHand, &peeking);
    let door = place(Part::Door, &peeking);
    let [from, to] = joints_of(Part::PeekingArm, &peeking);
    let wrist = wrist_of(hand, hand.width);
    let ends_at = |point: (f32, f32)| apart(from, point).min(apart(to, point));
    assert!(ends_at(wrist) < 0.01, "the forearm ends at the wrist");
    let edge = door.left + door.width;
    assert!(
        (from.0 - edge).abs() < 0.01 || (to.0 - edge).abs() < 0.01,
        "and comes from the door's edge"
    );
    assert!(!place(Part::PeekingArm, &view(HidingStyle::Door, HIDDEN)).shown);
}

#[test]
fn the_door_reaches_the_threshold_the_grown_up_stands_on() {
    for phase in [HIDDEN, Phase::Celebrating { elapsed: 0.0 }] {
        let doorway = view(HidingStyle::Door, phase);
        let frame = place(Part::DoorFrame, &doorway);
        let door = place(Part::Door, &doorway);
        let grown_up = place(Part::GrownUp, &doorway);
        let feet = grown_up.top + grown_up.height;
        // The shoes' soles are drawn a little below the figure's box.
        assert!(
            frame.top + frame.height >= feet + 1.5,
            "they stand on the threshold"
        );
        assert!(
            door.top + door.height >= feet + 1.5,
            "no sole shows under the shut door"
        );
        assert!(frame.top + frame.height <= STAGE_HEIGHT);
    }
}

#[test]
fn the_blanket_over_the_teddy_covers_its_head_between_the_cloth_s_ears() {
    let hidden = view(HidingStyle::ToyUnderCover, HIDDEN);
    let blanket = place(Part::Blanket, &hidden);
    let toy = place(Part::Toy, &hidden);
    // The dip between the ears of `blanket-over-toy.svg` is 150 of its 512 down; the teddy's
    // picture has a margin of about a tenth above its ears.
    let dip = blanket.top + 150.0 / 512.0 * blanket.height;
    assert!(
        dip < toy.top + toy.height * 0.1,
        "the head shows in the dip"
    );
    assert!(
        blanket.top + blanket.height >= toy.top + toy.height,
        "the feet show"
    );
}

#[test]
fn with_a_photo_the_photo_itself_hides_and_comes_back() {
    let with_photo = |style, phase| View {
        photo: true,
        ..view(style, phase)
    };
    for style in [
        HidingStyle::HandsOverFace,
        HidingStyle::Blanket,
        HidingStyle::Door,
    ] {
        let hidden = with_photo(style, HIDDEN);
        assert!(!place(Part::GrownUp, &hidden).shown, "no drawn figure too");
        let photo = place(Part::Photo, &hidden);
        assert!(photo.shown && photo.width >= 30.0, "{style:?}: large");
        // Hidden, the middle of the photo (the face) is under a cover.
        let face = Place::at(
            photo.left + photo.width * 0.2,
            photo.top + photo.height * 0.2,
            photo.width * 0.6,
            photo.height * 0.6,
        );
        let covers = [Part::LeftHand, Part::RightHand, Part::Blanket, Part::Door]
            .map(|part| place(part, &hidden));
        let inside = |c: &Place| {
            c.shown
                && c.left <= face.left + 0.5 * face.width
                && c.left + c.width >= face.left + 0.5 * face.width
                && c.top <= face.top
                && c.top + c.height >= face.top + face.height
        };
        assert!(covers.iter().any(inside), "{style:?}: the face is covered");
        // Back: nothing over it, and the hearts start round it, not on the face.
        let back = with_photo(style, Phase::Celebrating { elapsed: 0.0 });
        let photo = place(Part::Photo, &back);
        assert!(hearts_clearance(&back) >= photo.width / 2.0);
        for part in [Part::LeftHand, Part::RightHand, Part::Blanket, Part::Door] {
            assert!(!overlaps(place(part, &back), photo), "{style:?} {part:?}");
        }
    }
    // The two palms meet over the face with no gap, and cover most of its width.
    let hidden = with_photo(HidingStyle::HandsOverFace, HIDDEN);
    let (left, right) = (
        place(Part::LeftHand, &hidden),
        place(Part::RightHand, &hidden),
    );
    let photo = place(Part::Photo, &hidden);
    let palms = (
        left.left + PALM_ACROSS.0 * left.width,
        right.left + (1.0 - PALM_ACROSS.0) * right.width,
    );
    assert!(
        left.left + PALM_ACROSS.1 * left.width > right.left + (1.0 - PALM_ACROSS.1) * right.width
    );
    assert!(palms.0 <= photo.left + photo.width * 0.1);
    assert!(palms.1 >= photo.left + photo.width * 0.9);
    for sleeve in [Part::UpperArm(Side::Left), Part::Forearm(Side::Right)] {
        assert!(
            !place(sleeve, &hidden).shown,
            "no sleeves from a drawn body"
        );
    }
    // Partly hidden under the blanket, the chin still shows.
    let partly = View {
        partly: true,
        ..with_photo(HidingStyle::Blanket, HIDDEN)
    };
    let blanket = place(Part::Blanket, &partly);
    let photo = place(Part::Photo, &partly);
    let below = photo.top + photo.height - (blanket.top + blanket.height);
    assert!(below > 5.0 && below < photo.height / 2.0, "{below}");
}

#[test]
fn the_hint_wiggles_in_bursts_and_says_when_the_next_begins() {
    let mut cups = view(
        HidingStyle::ToyUnderCups { cups: 3 },
        Phase::Hidden {
            elapsed: 4.0,
            taps: 0,
        },
    );
    cups.hinted = true;
    let tilt = |clock: f32| {
        let mut at = cups;
        at.clock = clock;
        place(Part::Cup(at.toy_cup), &at).angle
    };
    // A wiggle, then level and still until the next, which the screen is told of.
    assert!(tilt(0.2).abs() > 0.05);
    assert_eq!(tilt(1.0), tilt(1.9));
    let mut resting = cups;
    resting.clock = 1.5;
    assert!((next_hint_wiggle(&resting).unwrap() - 0.5).abs() < 1e-4);
    resting.clock = 0.3;
    assert_eq!(
        next_hint_wiggle(&resting),
        None,
        "while it wiggles the screen draws anyway"
    );
}
