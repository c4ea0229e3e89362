//! A person (or a fox) with a body, drawn from soft shapes so it poses, scales and stays sharp
//! at any size without a picture to download. A scene spawns a figure with [`spawn_figure`]
//! and says what it is doing with [`Doing`]; one system asks the model's
//! [`figure::pose`] where each part is and moves the parts there.

mod held;
pub mod look;
mod portrait;

use bevy::{prelude::*, ui::UiSystems};
use see_you_soon_model::figure::{self, Body, Build, Gesture, Side};

pub use held::{HeldInHand, held_in_hand, held_in_hand_box};
pub use look::{Appearance, Hair};
pub use portrait::{Frame, PhotoOf, Portrait, photo_badge, photo_fill, spawn_portrait};

use super::interaction::ReducedMotion;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(portrait::plugin);
    app.add_systems(
        PostUpdate,
        (
            show_only_head_and_shoulders,
            tuck_arms_out_of_sight,
            pose_figures,
            held::place_held_pictures,
        )
            .chain()
            .before(UiSystems::Layout),
    );
}

/// A figure seen through a window: only its head and body show. The window clips what is
/// below its sill, but not a turned arm or leg (the engine clips by the unturned box), which
/// poked out as sticks and slivers.
#[derive(Component, Debug, Default, Clone, Copy)]
pub struct HeadAndShoulders;

fn show_only_head_and_shoulders(
    mut commands: Commands,
    at_windows: Query<&Rig, Added<HeadAndShoulders>>,
) {
    for rig in &at_windows {
        for limb in rig.arms.iter().chain(&rig.legs).chain(&rig.tail) {
            commands.entity(*limb).insert(Visibility::Hidden);
        }
    }
}

/// A figure whose arms are out of sight behind something, as behind a door left ajar where
/// only a hand drawn round its edge shows (the arm's own round hand read as a second fist).
/// Scenes insert and remove it as the moment changes.
#[derive(Component, Debug, Default, Clone, Copy)]
pub struct ArmsOutOfSight;

/// A figure whose face is covered (hands over it, a blanket, a door): nobody can see it blink,
/// so the screen does not wake for its blinks.
#[derive(Component, Debug, Default, Clone, Copy)]
pub struct FaceOutOfSight;

fn tuck_arms_out_of_sight(
    mut commands: Commands,
    tucked: Query<&Rig, Added<ArmsOutOfSight>>,
    mut untucked: RemovedComponents<ArmsOutOfSight>,
    figures: Query<(&Rig, Has<HeadAndShoulders>)>,
) {
    for rig in &tucked {
        for arm in rig.arms {
            commands.entity(arm).insert(Visibility::Hidden);
        }
    }
    for figure in untucked.read() {
        // A figure at a window keeps its arms hidden.
        if let Ok((rig, false)) = figures.get(figure) {
            for arm in rig.arms {
                commands.entity(arm).insert(Visibility::Inherited);
            }
        }
    }
}

/// What a figure is doing now. Scenes write it; [`pose_figures`] draws it.
#[derive(Component, Debug, Clone, Copy, PartialEq)]
pub struct Doing(pub Gesture);

/// The parts of one figure, so they can be posed.
#[derive(Component, Debug)]
struct Rig {
    build: Build,
    /// The grown-up's height in this scene, in vmin: every figure of a scene shares it, so a
    /// child is always drawn smaller than the grown-up.
    scale: f32,
    seed: u32,
    body: Entity,
    head: Entity,
    arms: [Entity; 2],
    legs: [Entity; 2],
    /// A fox's tail.
    tail: Option<Entity>,
}

/// A soft shape: a box of `size` (vmin) at `at` (vmin from its parent's corner), rounded.
fn shape(colour: Color, at: Vec2, size: Vec2, radius: BorderRadius) -> impl Bundle {
    (
        Node {
            position_type: PositionType::Absolute,
            left: Val::VMin(at.x),
            top: Val::VMin(at.y),
            width: Val::VMin(size.x),
            height: Val::VMin(size.y),
            border_radius: radius,
            ..default()
        },
        BackgroundColor(colour),
        Pickable::IGNORE,
    )
}

fn round() -> BorderRadius {
    BorderRadius::all(Val::Percent(50.0))
}

/// A point with no size that its children hang from, turned about itself. Its place is set
/// here for fixed joints and by [`pose_figures`] for moving ones.
fn joint(name: &'static str, left: Val, top: Val) -> impl Bundle {
    (
        Name::new(name),
        Node {
            position_type: PositionType::Absolute,
            left,
            top,
            width: Val::ZERO,
            height: Val::ZERO,
            ..default()
        },
        UiTransform::default(),
        Pickable::IGNORE,
    )
}

/// The box a figure stands in: as tall as it is, wide enough for its arms at rest. `scale` is
/// the grown-up's height in the scene, in vmin.
pub fn figure_box(looks: Appearance, scale: f32) -> Node {
    let size = looks.build.proportions();
    Node {
        width: Val::VMin(size.body_width * 2.2 * scale),
        height: Val::VMin(size.height() * scale),
        flex_shrink: 0.0,
        ..default()
    }
}

/// Spawns a figure standing in a box as tall as it is, under `parent`. `scale` is the
/// grown-up's height in this scene, in vmin. Returns the box, which carries [`Doing`].
pub fn spawn_figure(
    commands: &mut Commands,
    parent: Entity,
    looks: Appearance,
    scale: f32,
    seed: u32,
) -> Entity {
    let size = looks.build.proportions();
    let s = scale;
    let root = commands
        .spawn((
            Name::new("Figure"),
            Doing(Gesture::Stand),
            figure_box(looks, scale),
            Pickable::IGNORE,
            ChildOf(parent),
        ))
        .id();
    // Everything hangs from a point between the feet.
    let feet = commands
        .spawn((
            joint("feet", Val::Percent(50.0), Val::Percent(100.0)),
            ChildOf(root),
        ))
        .id();

    let mut fox_tail = None;
    if looks.hair == Hair::Fox {
        // The tail, behind everything, out to the side from the hips and a little down: low, so
        // it reads as a tail and not as a third arm.
        let tail = commands
            .spawn((
                joint(
                    "tail",
                    Val::VMin(size.body_width * 0.3 * s),
                    Val::VMin(-size.leg * 1.05 * s),
                ),
                ChildOf(feet),
            ))
            .id();
        commands
            .entity(tail)
            .insert(UiTransform::from_rotation(Rot2::radians(TAIL_TURN)));
        fox_tail = Some(tail);
        let width = size.body_width * 0.5 * s;
        let length = size.body_height * 0.95 * s;
        commands.spawn((
            shape(
                looks.skin,
                Vec2::new(-width / 2.0, 0.0),
                Vec2::new(width, length),
                round(),
            ),
            ChildOf(tail),
            children![shape(
                looks.hair_colour,
                Vec2::new(0.0, length * 0.68),
                Vec2::new(width, length * 0.32),
                BorderRadius::bottom(Val::Percent(50.0)),
            )],
        ));
    }

    let leg_width = size.body_width * 0.3 * s;
    let legs = [Side::Left, Side::Right].map(|side| {
        let leg = commands
            .spawn((joint("leg", Val::ZERO, Val::ZERO), ChildOf(feet)))
            .id();
        let length = size.leg * s;
        commands.spawn((
            shape(
                looks.legs,
                Vec2::new(-leg_width / 2.0, 0.0),
                Vec2::new(leg_width, length),
                BorderRadius::bottom(Val::VMin(leg_width * 0.3)),
            ),
            ChildOf(leg),
        ));
        // The shoe points a little outwards.
        let shoe = Vec2::new(leg_width * 1.5, leg_width * 0.75);
        commands.spawn((
            shape(
                looks.shoes,
                Vec2::new(
                    -shoe.x / 2.0 + side.sign() * leg_width * 0.2,
                    length - shoe.y * 0.75,
                ),
                shoe,
                BorderRadius::top(Val::Percent(50.0)),
            ),
            ChildOf(leg),
        ));
        leg
    });

    let body_size = Vec2::new(size.body_width, size.body_height) * s;
    let body = commands
        .spawn((
            Name::new("body"),
            shape(
                looks.top,
                Vec2::ZERO,
                body_size,
                BorderRadius {
                    top_left: Val::Percent(45.0),
                    top_right: Val::Percent(45.0),
                    bottom_left: Val::Percent(18.0),
                    bottom_right: Val::Percent(18.0),
                },
            ),
            UiTransform::default(),
            ChildOf(feet),
        ))
        .id();
    if looks.hair == Hair::Fox {
        // A pale chest.
        commands.spawn((
            shape(
                looks.hair_colour,
                body_size * Vec2::new(0.25, 0.12),
                body_size * Vec2::new(0.5, 0.6),
                round(),
            ),
            ChildOf(body),
        ));
    }

    let head = commands
        .spawn((joint("head", Val::ZERO, Val::ZERO), ChildOf(feet)))
        .id();
    spawn_face(commands, head, &looks, size.head * s);

    let arm_width = size.body_width * 0.27 * s;
    let arms = [Side::Left, Side::Right].map(|_| {
        let arm = commands
            .spawn((joint("arm", Val::ZERO, Val::ZERO), ChildOf(feet)))
            .id();
        let length = size.arm * s;
        commands.spawn((
            shape(
                looks.top,
                Vec2::new(-arm_width / 2.0, -arm_width / 2.0),
                Vec2::new(arm_width, length),
                round(),
            ),
            ChildOf(arm),
        ));
        let hand = arm_width * 1.3;
        commands.spawn((
            shape(
                looks.hands(),
                Vec2::new(-hand / 2.0, length - hand * 0.75),
                Vec2::splat(hand),
                round(),
            ),
            ChildOf(arm),
        ));
        arm
    });

    commands.entity(root).insert(Rig {
        build: looks.build,
        scale,
        seed,
        body,
        head,
        arms,
        legs,
        tail: fox_tail,
    });
    root
}

/// An eye, which closes for a blink.
#[derive(Component)]
struct Eye;

/// The head: hair behind, the face, hair in front, eyes, cheeks and a smile. `d` is the head's
/// diameter in vmin; the head joint is its centre.
fn spawn_face(commands: &mut Commands, head: Entity, looks: &Appearance, d: f32) {
    let at = |x: f32, y: f32| Vec2::new(x * d, y * d);
    let sized = |w: f32, h: f32| Vec2::new(w * d, h * d);
    let hair = looks.hair_colour;
    match looks.hair {
        Hair::Long => {
            commands.spawn((
                shape(
                    hair,
                    at(-0.6, -0.58),
                    sized(1.2, 1.18),
                    BorderRadius {
                        top_left: Val::Percent(50.0),
                        top_right: Val::Percent(50.0),
                        bottom_left: Val::Percent(22.0),
                        bottom_right: Val::Percent(22.0),
                    },
                ),
                ChildOf(head),
            ));
        }
        Hair::Bun => {
            commands.spawn((
                shape(hair, at(-0.2, -0.78), sized(0.4, 0.4), round()),
                ChildOf(head),
            ));
        }
        Hair::Fox => {
            for side in [-1.0, 1.0] {
                commands.spawn((
                    shape(
                        looks.skin,
                        at(side * 0.3 - 0.18, -0.6),
                        sized(0.36, 0.36),
                        BorderRadius {
                            top_left: Val::Percent(8.0),
                            top_right: Val::Percent(50.0),
                            bottom_left: Val::Percent(50.0),
                            bottom_right: Val::Percent(50.0),
                        },
                    ),
                    UiTransform::from_rotation(Rot2::radians(if side < 0.0 { -0.2 } else { 1.77 })),
                    ChildOf(head),
                ));
            }
        }
        _ => {}
    }
    // The face.
    commands.spawn((
        shape(looks.skin, at(-0.5, -0.5), sized(1.0, 1.0), round()),
        ChildOf(head),
    ));
    match looks.hair {
        Hair::Long | Hair::Short | Hair::Bun | Hair::Tuft => {
            let (height, swept) = match looks.hair {
                Hair::Long => (0.42, 0.7),
                Hair::Short => (0.36, 0.3),
                Hair::Bun => (0.34, 0.3),
                _ => (0.38, 0.4),
            };
            commands.spawn((
                shape(
                    hair,
                    at(-0.53, -0.56),
                    sized(1.06, height),
                    BorderRadius {
                        top_left: Val::Percent(50.0),
                        top_right: Val::Percent(50.0),
                        bottom_left: Val::Percent(swept * 50.0),
                        bottom_right: Val::Percent(10.0),
                    },
                ),
                ChildOf(head),
            ));
            if looks.hair == Hair::Tuft {
                commands.spawn((
                    shape(hair, at(-0.05, -0.66), sized(0.22, 0.2), round()),
                    ChildOf(head),
                ));
            }
        }
        Hair::DriverCap => {
            for side in [-1.0, 1.0] {
                commands.spawn((
                    shape(hair, at(side * 0.44 - 0.1, -0.36), sized(0.2, 0.3), round()),
                    ChildOf(head),
                ));
            }
            // The crown, wider than the head, its band, a badge and the peak over the eyes.
            let dark = Color::srgb(0.16, 0.18, 0.26);
            for (colour, place, size, corners) in [
                (
                    looks.top,
                    at(-0.6, -0.76),
                    sized(1.2, 0.32),
                    BorderRadius::new(
                        Val::Percent(50.0),
                        Val::Percent(50.0),
                        Val::Percent(20.0),
                        Val::Percent(20.0),
                    ),
                ),
                (dark, at(-0.5, -0.48), sized(1.0, 0.13), BorderRadius::ZERO),
                (
                    dark,
                    at(-0.44, -0.37),
                    sized(0.88, 0.12),
                    BorderRadius::new(Val::ZERO, Val::ZERO, Val::Percent(50.0), Val::Percent(50.0)),
                ),
                (
                    Color::srgb(0.98, 0.80, 0.35),
                    at(-0.07, -0.7),
                    sized(0.14, 0.14),
                    round(),
                ),
            ] {
                commands.spawn((shape(colour, place, size, corners), ChildOf(head)));
            }
        }
        Hair::Thinning => {
            for side in [-1.0, 1.0] {
                commands.spawn((
                    shape(hair, at(side * 0.44 - 0.1, -0.3), sized(0.2, 0.34), round()),
                    ChildOf(head),
                ));
            }
            commands.spawn((
                shape(hair, at(-0.18, 0.12), sized(0.36, 0.1), round()),
                ChildOf(head),
            ));
        }
        Hair::Fox => {
            // A pale muzzle and a dark nose.
            commands.spawn((
                shape(hair, at(-0.3, 0.02), sized(0.6, 0.42), round()),
                ChildOf(head),
            ));
            commands.spawn((
                shape(looks.features, at(-0.07, 0.06), sized(0.14, 0.1), round()),
                ChildOf(head),
            ));
        }
    }
    for side in [-1.0, 1.0] {
        commands.spawn((
            shape(
                looks.cheeks,
                at(side * 0.28 - 0.08, 0.1),
                sized(0.16, 0.1),
                round(),
            ),
            ChildOf(head),
        ));
    }
    for side in [-1.0, 1.0] {
        commands.spawn((
            Eye,
            // A blink is drawn in the frame woken for it; no frame after is needed.
            crate::frames::ChangesOnlyWhenDue,
            shape(
                looks.features,
                at(side * 0.19 - 0.05, -0.08),
                sized(0.1, 0.12),
                round(),
            ),
            ChildOf(head),
        ));
    }
    // The smile: the bottom edge of a ring.
    commands.spawn((
        Node {
            position_type: PositionType::Absolute,
            left: Val::VMin(-0.13 * d),
            top: Val::VMin(if looks.hair == Hair::Fox { 0.1 } else { 0.04 } * d),
            width: Val::VMin(0.26 * d),
            height: Val::VMin(0.16 * d),
            border: UiRect::bottom(Val::VMin(0.04 * d)),
            border_radius: BorderRadius::bottom(Val::Percent(50.0)),
            ..default()
        },
        BorderColor {
            bottom: looks.features,
            ..BorderColor::all(Color::NONE)
        },
        Pickable::IGNORE,
        ChildOf(head),
    ));
}

/// Moves every shown figure's parts to where the model says, for what it is doing now. Parts
/// move by their transforms only, never by their layout, so a moving figure costs no layout
/// work.
fn pose_figures(
    time: Res<Time>,
    reduced: Res<ReducedMotion>,
    figures: Query<(Ref<Rig>, &Doing, &InheritedVisibility, Has<FaceOutOfSight>)>,
    eyes: Query<(Entity, &ChildOf), With<Eye>>,
    mut parts: Query<&mut UiTransform>,
    mut due: ResMut<crate::frames::NextDue>,
) {
    let clock = time.elapsed_secs();
    for (rig, doing, visible, face_covered) in &figures {
        // A new figure is posed at once: its visibility is only worked out later in the
        // frame, and its first frame was drawn in the unposed shapes (an arm across the face).
        if !visible.get() && !rig.is_added() {
            continue;
        }
        let body = figure::pose(rig.build, doing.0, clock, reduced.0, rig.seed);
        place_parts(&rig, &body, &mut parts);
        // A still figure still blinks: the screen wakes for it, if the face can be seen.
        if !face_covered {
            due.within(figure::next_blink_change(clock, rig.seed));
        }
        // A blink squeezes the eyes shut.
        let wanted =
            UiTransform::from_scale(Vec2::new(1.0, if body.eyes_open { 1.0 } else { 0.2 }));
        for (eye, parent) in &eyes {
            if parent.parent() == rig.head
                && let Ok(mut transform) = parts.get_mut(eye)
                && *transform != wanted
            {
                *transform = wanted;
            }
        }
    }
}

/// How far a fox's tail turns out from hanging straight down.
const TAIL_TURN: f32 = -1.2;

fn place_parts(rig: &Rig, body: &Body, parts: &mut Query<&mut UiTransform>) {
    let s = rig.scale;
    let size = rig.build.proportions();
    let mut set = |entity: Entity, left: f32, top: f32, turn: f32, height_scale: f32| {
        let Ok(mut transform) = parts.get_mut(entity) else {
            return;
        };
        let wanted = UiTransform {
            translation: Val2::new(Val::VMin(left), Val::VMin(top)),
            rotation: Rot2::radians(turn),
            scale: Vec2::new(1.0, height_scale),
        };
        if *transform != wanted {
            *transform = wanted;
        }
    };
    // The body's middle, turned about the hips by the lean.
    let half = size.body_height / 2.0;
    let middle = (
        body.hips.0 + body.lean.sin() * half,
        body.hips.1 + body.lean.cos() * half,
    );
    set(
        rig.body,
        (middle.0 - size.body_width / 2.0) * s,
        -(middle.1 + size.body_height / 2.0) * s,
        body.lean,
        1.0,
    );
    set(
        rig.head,
        body.head.0 * s,
        -body.head.1 * s,
        body.head_tilt,
        1.0,
    );
    for (entity, limb) in rig
        .arms
        .iter()
        .zip(body.arms)
        .chain(rig.legs.iter().zip(body.legs))
    {
        // Outwards is clockwise on the left and anticlockwise on the right.
        let turn = match limb.side {
            Side::Left => limb.angle,
            Side::Right => -limb.angle,
        };
        set(*entity, limb.joint.0 * s, -limb.joint.1 * s, turn, 1.0);
    }
    // The tail goes where the hips go (left where it was spawned, a lifted cub's tail stayed
    // on the floor).
    if let Some(tail) = rig.tail {
        set(
            tail,
            body.hips.0 * s,
            -(body.hips.1 - size.leg) * s,
            TAIL_TURN,
            1.0,
        );
    }
}
