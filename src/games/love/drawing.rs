//! The Love Connection drawn on the child's palm: a dotted heart outline, the grown-up's
//! pointing hand drawing it a stroke per tap at a finger's pace, the hand shown big while it
//! is drawn, and the heart filled in once the outline closes.

use bevy::prelude::*;
use see_you_soon_model::figure::ease;

use super::{
    hands::{HAND_VMIN, Love, LoveHand},
    rules::{LoveConnection, OUTLINE_POINTS, Phase, heart_outline, outline_drawn},
};
use crate::{
    assets::{GameAssets, GrownUpPictures},
    theme::{figure::Appearance, interaction::ReducedMotion, widget},
};

/// A point of the heart's outline on the palm: its place in drawing order, and where it is
/// (percent of the hand).
#[derive(Component)]
pub(super) struct OutlinePoint {
    index: usize,
    at: (f32, f32),
}

/// How much of the outline the hand shows: it follows the taps at a finger's pace, so each
/// tap is a stroke drawn, not a jump.
#[derive(Component, Default)]
pub(super) struct Drawn {
    points: f32,
    /// Seconds since the finger last drew: it stays a moment, so it is seen and does not blink.
    resting: f32,
    /// Seconds since the last stroke on this screen, if there was one: the hand is shown big
    /// while the heart is being drawn, and a moment after.
    since_stroke: Option<f32>,
    /// How far the hand has grown towards its drawing size, 0 to 1.
    grown: f32,
}

impl Drawn {
    fn already(points: usize) -> Self {
        Self {
            points: points as f32,
            resting: FINGER_STAYS,
            ..default()
        }
    }
}

/// While the grown-up draws, the hand grows up and inwards from its corner to this many times
/// its size (at its corner size the pointing hand and the outline were too small to read),
/// for as long as strokes follow each other and this long after the last one.
const DRAWING_SCALE: f32 = 1.8;
const BIG_AFTER_STROKE: f32 = 2.5;
const GROWING_SECONDS: f32 = 0.4;

/// The grown-up's finger, drawing the heart on the child's palm.
#[derive(Component)]
pub(super) struct DrawingFinger;

#[derive(Component)]
pub(super) struct DrawnHeart;

/// Where the heart's outline sits on the palm: its left, top and width, in percent of the hand.
const OUTLINE_BOX: (f32, f32, f32) = (33.0, 50.0, 38.0);
/// Where the heart picture draws its heart in its 512-square (`tools/art/heart.svg`): left,
/// top, right, bottom.
const HEART_ART: [f32; 4] = [40.0, 58.0, 472.0, 462.0];
/// The filled heart is a little smaller than the outline, so the dots ring its edge.
const FILLED_INSET: f32 = 0.92;

/// The heart picture's box (left, top, side, in percent of the hand) that puts its heart in
/// the middle of `outline` (the points in their unit box, placed by [`OUTLINE_BOX`]).
fn filled_heart_box(outline: &[(f32, f32)]) -> (f32, f32, f32) {
    let (left, top, width) = OUTLINE_BOX;
    let outline_height = outline
        .iter()
        .fold(0.0f32, |lowest, point| lowest.max(point.1))
        * width;
    let art = HEART_ART.map(|edge| edge / 512.0);
    let side = width * FILLED_INSET / (art[2] - art[0]);
    let middle = (left + width / 2.0, top + outline_height / 2.0);
    let art_middle = ((art[0] + art[2]) / 2.0, (art[1] + art[3]) / 2.0);
    (
        middle.0 - art_middle.0 * side,
        middle.1 - art_middle.1 * side,
        side,
    )
}

/// The outline to trace is small rose dots, as in a tracing book (bigger white ones read as
/// a pearl necklace).
const POINT_EMPTY: (f32, Color) = (3.4, Color::srgba(0.86, 0.33, 0.45, 0.75));
const POINT_FILLED: (f32, Color) = (6.5, Color::srgb(0.95, 0.45, 0.54));
/// Outline points drawn a second: one tap's stroke of four takes half a second.
const DRAWING_PACE: f32 = 8.0;
/// Seconds the finger stays on the hand after a stroke.
const FINGER_STAYS: f32 = 0.8;
/// The pointing hand's width and height, in percent of the child's hand; its fingertip is
/// the middle of its bottom edge.
const POINTING_HAND: (f32, f32) = (38.0, 60.0);

/// The outline, the pointing hand and the filled heart, on `love_hand`; a heart drawn on an
/// earlier screen is already there, not drawn again.
pub(super) fn spawn_drawing(
    commands: &mut Commands,
    love_hand: Entity,
    love: &Love,
    assets: &GameAssets,
    grown_up: &GrownUpPictures,
) {
    commands
        .entity(love_hand)
        .insert(Drawn::already(outline_target(&love.0)));
    // The heart filled in, under its outline, once the outline is closed.
    let outline = heart_outline(OUTLINE_POINTS);
    let (heart_left, heart_top, heart_size) = filled_heart_box(&outline);
    commands.spawn((
        DrawnHeart,
        widget::picture(
            assets.heart.clone(),
            Node {
                position_type: PositionType::Absolute,
                left: Val::Percent(heart_left),
                top: Val::Percent(heart_top),
                width: Val::Percent(heart_size),
                height: Val::Percent(heart_size),
                ..default()
            },
        ),
        Visibility::Hidden,
        ChildOf(love_hand),
    ));
    // The outline to trace: small pale dots all round the heart, filled stroke by stroke.
    let (left, top, width) = OUTLINE_BOX;
    for (index, (x, y)) in outline.into_iter().enumerate() {
        let at = (left + x * width, top + y * width);
        commands.spawn((
            Name::new("Heart outline"),
            OutlinePoint { index, at },
            point_node(at, POINT_EMPTY.0),
            BackgroundColor(POINT_EMPTY.1),
            Pickable::IGNORE,
            ChildOf(love_hand),
        ));
    }
    // A pointing hand, as in a picture book: the back of the grown-up's hand, a fist with
    // the index finger reaching down to the palm, and their sleeve's cuff. The picture is
    // drawn white and tinted with the family's skin tone (a hand built of rounded boxes read
    // as a bottle or a head with ears; a lone finger as a stick).
    let looks = Appearance::grown_up(grown_up.look);
    let pointing_hand = commands
        .spawn((
            Name::new("Drawing finger"),
            DrawingFinger,
            // A shade darker than the child's palm, which is the same skin tone.
            ImageNode::new(assets.pointing_hand.clone()).with_color(looks.hands().darker(0.06)),
            Node {
                position_type: PositionType::Absolute,
                width: Val::Percent(POINTING_HAND.0),
                height: Val::Percent(POINTING_HAND.1),
                ..default()
            },
            Visibility::Hidden,
            Pickable::IGNORE,
            ChildOf(love_hand),
        ))
        .id();
    commands.spawn((
        Name::new("Cuff"),
        Node {
            position_type: PositionType::Absolute,
            left: Val::Percent(26.0),
            width: Val::Percent(50.0),
            top: Val::ZERO,
            height: Val::Percent(17.0),
            border_radius: BorderRadius::all(Val::Percent(40.0)),
            ..default()
        },
        BackgroundColor(looks.top),
        Pickable::IGNORE,
        ChildOf(pointing_hand),
    ));
}

/// A point of the outline `size` percent of the hand across, centred on `at`.
fn point_node(at: (f32, f32), size: f32) -> Node {
    Node {
        position_type: PositionType::Absolute,
        left: Val::Percent(at.0 - size / 2.0),
        top: Val::Percent(at.1 - size / 2.0),
        width: Val::Percent(size),
        height: Val::Percent(size),
        border_radius: BorderRadius::all(Val::Percent(50.0)),
        ..default()
    }
}

/// How many outline points the taps so far have asked for.
fn outline_target(love: &LoveConnection) -> usize {
    match love.phase() {
        Phase::Drawing { dots } => outline_drawn(dots),
        _ => OUTLINE_POINTS,
    }
}

/// The grown-up's finger draws the outline as far as the taps have asked, a stroke at a time;
/// once it is closed, the heart fills in.
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
pub(super) fn show_the_drawing(
    love: Res<Love>,
    time: Res<Time>,
    reduced: Res<ReducedMotion>,
    mut hand: Query<(&mut Drawn, &mut Node), With<LoveHand>>,
    mut points: Query<(&OutlinePoint, &mut Node, &mut BackgroundColor), Without<LoveHand>>,
    mut finger: Query<
        (&mut Node, &mut Visibility),
        (
            With<DrawingFinger>,
            Without<OutlinePoint>,
            Without<LoveHand>,
        ),
    >,
    mut heart: Query<&mut Visibility, (With<DrawnHeart>, Without<DrawingFinger>)>,
    mut due: ResMut<crate::frames::NextDue>,
) {
    let Ok((mut drawn, mut hand_node)) = hand.single_mut() else {
        return;
    };
    let target = outline_target(&love.0) as f32;
    // A long frame draws no faster than a finger would.
    let step = if reduced.0 {
        f32::MAX
    } else {
        DRAWING_PACE * time.delta_secs().min(0.1)
    };
    let now = (drawn.points + step).min(target);
    if now != drawn.points {
        drawn.points = now;
    }
    let drawing = drawn.points < target;
    if drawing {
        drawn.resting = 0.0;
    } else if drawn.resting < FINGER_STAYS {
        drawn.resting += time.delta_secs();
    }
    let finger_shown = drawing || drawn.resting < FINGER_STAYS;
    drawn.since_stroke = if drawing {
        Some(0.0)
    } else {
        drawn.since_stroke.map(|since| since + time.delta_secs())
    };
    // Big while drawing: anchored at its corner (right and bottom), so it grows inwards.
    let big = drawn
        .since_stroke
        .is_some_and(|since| since < BIG_AFTER_STROKE);
    // The finger's rest and the hand's shrinking back come by themselves: wake for them.
    if !drawing && drawn.resting < FINGER_STAYS {
        due.within(FINGER_STAYS - drawn.resting);
    }
    if let Some(since) = drawn.since_stroke.filter(|since| *since < BIG_AFTER_STROKE) {
        due.within(BIG_AFTER_STROKE - since);
    }
    let towards = if big { 1.0 } else { 0.0 };
    let grown = if reduced.0 {
        towards
    } else {
        let step = time.delta_secs().min(0.1) / GROWING_SECONDS;
        drawn.grown + (towards - drawn.grown).clamp(-step, step)
    };
    if grown != drawn.grown {
        drawn.grown = grown;
        let side = Val::VMin(HAND_VMIN * (1.0 + (DRAWING_SCALE - 1.0) * ease(grown)));
        hand_node.width = side;
        hand_node.height = side;
    }
    let filled = drawn.points.floor() as usize;
    let mut finger_at = None;
    for (point, mut node, mut colour) in &mut points {
        let (size, wanted) = if point.index < filled {
            POINT_FILLED
        } else {
            POINT_EMPTY
        };
        if colour.0 != wanted {
            colour.0 = wanted;
            *node = point_node(point.at, size);
        }
        // The fingertip rests on the last point drawn.
        if point.index == filled.clamp(1, OUTLINE_POINTS) - 1 {
            finger_at = Some(point.at);
        }
    }
    for (mut node, mut visibility) in &mut finger {
        visibility.set_if_neq(if finger_shown {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        });
        // The fingertip on the point being drawn.
        if let (true, Some((x, y))) = (finger_shown, finger_at) {
            let left = Val::Percent(x - POINTING_HAND.0 / 2.0);
            let top = Val::Percent(y - POINTING_HAND.1 + 2.0);
            if node.left != left || node.top != top {
                node.left = left;
                node.top = top;
            }
        }
    }
    let closed = love.0.heart_is_drawn() && !drawing;
    for mut visibility in &mut heart {
        visibility.set_if_neq(if closed {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        });
    }
}
