//! The peekaboo stage posed each frame: where every part is, what it shows and how the
//! grown-up stands, worked out by the pure pose functions from the game right now.

use bevy::{ecs::system::SystemParam, prelude::*};

use super::{
    parts::{PartNode, PicturePerRound},
    pose::{self, Part, View},
    rules::{HidingStyle, Peekaboo, Phase},
    stage::{Hiding, PeekabooGame, StageMemory},
};
use crate::{
    family_photos::FamilyPhotos,
    games::play_loop::PlayClock,
    theme::{
        figure::{ArmsOutOfSight, Doing, FaceOutOfSight},
        interaction::ReducedMotion,
    },
};
use see_you_soon_model::figure::{Gesture, Side};

/// Who hides, and whether they hide as their own photo.
#[derive(SystemParam)]
pub(super) struct Hider<'w> {
    pub(super) hiding: Res<'w, Hiding>,
    photos: Res<'w, FamilyPhotos>,
}

impl Hider<'_> {
    pub(super) fn as_photo(&self) -> bool {
        self.photos.of(self.hiding.0).is_some()
    }
}

/// What the pose functions need to know, right now.
pub(super) fn view_now(
    game: &Peekaboo,
    clock: f32,
    memory: &StageMemory,
    reduced_motion: bool,
    photo: bool,
) -> View {
    View {
        style: game.style(),
        phase: game.phase(),
        toy_cup: game.toy_cup().unwrap_or(0),
        hinted: game.hinted(),
        reduced_motion,
        clock,
        // A lift eases down rather than dropping.
        cup_lifts: memory.cup_lifts.map(|l| (l * 2.0).min(1.0)),
        partly: game.partly_hidden(),
        photo,
    }
}

/// A part of the stage as the pose moves it: its box, whether it shows, its tilt, and its
/// picture where it has one (and the pictures it switches between).
type StagePart = (
    &'static PartNode,
    &'static mut Node,
    &'static mut Visibility,
    &'static mut UiTransform,
    Option<&'static mut ImageNode>,
    Option<&'static PicturePerRound>,
);

/// Everything the pose is worked out from, right now.
#[derive(SystemParam)]
pub(super) struct StageNow<'w> {
    game: Res<'w, PeekabooGame>,
    clock: Res<'w, PlayClock<Peekaboo>>,
    memory: Res<'w, StageMemory>,
    reduced: Res<'w, ReducedMotion>,
    hider: Hider<'w>,
}

pub(super) fn apply_pose(
    now: StageNow,
    mut parts: Query<StagePart>,
    mut grown_up: Query<(Entity, &mut Doing, Has<ArmsOutOfSight>, Has<FaceOutOfSight>)>,
    mut commands: Commands,
    mut due: ResMut<crate::frames::NextDue>,
) {
    let game = &now.game.0;
    // Back again: the grown-up waves hello.
    let gesture = match game.phase() {
        Phase::Revealing { .. } | Phase::Celebrating { .. } => Gesture::Wave { hand: Side::Right },
        // Their own hands go up behind the big peekaboo hands.
        Phase::Hiding { .. } | Phase::Hidden { .. }
            if game.style() == HidingStyle::HandsOverFace =>
        {
            Gesture::CoverFace
        }
        _ => Gesture::Stand,
    };
    let view = view_now(
        game,
        now.clock.seconds,
        &now.memory,
        now.reduced.0,
        now.hider.as_photo(),
    );
    // The hint's cup rests between wiggles: wake for the next.
    if let Some(seconds) = pose::next_hint_wiggle(&view) {
        due.within(seconds);
    }
    // Round the ajar door only the drawn hand shows: the arm is behind the door. While the
    // big hands come up and cover the face, the figure's own arms are out of sight (with
    // them, four hands showed as the big ones rose); the sleeves join the big hands once
    // they are up.
    let arms_out_of_sight =
        pose::place(Part::PeekingHand, &view).shown || gesture == Gesture::CoverFace;
    // Hidden under hands, a blanket or behind the door, the face is out of sight.
    let face_covered = matches!(game.phase(), Phase::Hidden { .. })
        && matches!(
            game.style(),
            HidingStyle::HandsOverFace | HidingStyle::Blanket | HidingStyle::Door
        );
    for (figure, mut doing, tucked, covered) in &mut grown_up {
        if doing.0 != gesture {
            doing.0 = gesture;
        }
        if face_covered && !covered {
            commands.entity(figure).insert(FaceOutOfSight);
        } else if !face_covered && covered {
            commands.entity(figure).remove::<FaceOutOfSight>();
        }
        if arms_out_of_sight && !tucked {
            commands.entity(figure).insert(ArmsOutOfSight);
        } else if !arms_out_of_sight && tucked {
            commands.entity(figure).remove::<ArmsOutOfSight>();
        }
    }
    let door_back = pose::door_shows_its_back(&view);
    for (part, mut node, mut visibility, mut transform, image, per_round) in &mut parts {
        let place = pose::place(part.0, &view);
        match (part.0, image, per_round) {
            (Part::Door, Some(mut image), _) if image.flip_x != door_back => {
                image.flip_x = door_back;
            }
            (_, Some(mut image), Some(pictures)) => {
                let wanted = if (pictures.uses_other)(game.style()) {
                    &pictures.other
                } else {
                    &pictures.usual
                };
                if image.image != *wanted {
                    image.image = wanted.clone();
                }
            }
            _ => {}
        }
        let wanted = if place.shown {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        };
        visibility.set_if_neq(wanted);
        if !place.shown {
            continue;
        }
        let (left, top, width, height) = (
            Val::VMin(place.left),
            Val::VMin(place.top),
            Val::VMin(place.width),
            Val::VMin(place.height),
        );
        if node.left != left || node.top != top || node.width != width || node.height != height {
            node.left = left;
            node.top = top;
            node.width = width;
            node.height = height;
        }
        let rotation = Rot2::radians(place.angle);
        if transform.rotation != rotation {
            transform.rotation = rotation;
        }
    }
}
