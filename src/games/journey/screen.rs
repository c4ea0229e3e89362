//! The journey screen: one scene per part of the journey (the ritual at the door, meanwhile,
//! the way home, the reunion), the rules ticking, taps turned into the rules' [`Tap`]s and each
//! [`Happening`] answered with a caption, a sound or hearts.

use bevy::prelude::*;

use super::{
    rules::{CLOCK_MARK, Happening, Journey, PICTURE_AREAS, Part, Phase, Stage, Step, Tap},
    story::{self, PAINTS, Story},
};
use crate::{
    assets::{GameAssets, GrownUpPictures, JourneyPictures},
    dom_mirror::{DomMirror, TapTarget},
    games::{EndGently, love::hands::LoveReceiver, play},
    narration::{self, Line, Narrator, queue::Weight, speech_bubble},
    platform,
    screens::Screen,
    session::Session,
    settings::Settings,
    sound::Sounds,
    theme::{interaction::ReducedMotion, prelude::*, widget},
};

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Happened>();
    app.insert_resource(QuickJourney(platform::quick_play()));
    app.init_resource::<ChildsTurn>();
    app.add_systems(OnEnter(Screen::Journey), start_journey);
    app.add_systems(OnExit(Screen::Journey), leave_journey);
    app.add_systems(
        Update,
        (
            wind_down_when_asked,
            run_rules,
            answer_happenings,
            show_current_part,
            animate_characters,
            follow_the_way,
            show_the_picture,
            turn_clock_hands,
            float_hearts,
        )
            .chain()
            .run_if(in_state(Screen::Journey)),
    );
}

/// The shortest journey instead of one that fills the session: for tests and for trying the
/// game out (`?quick` in the page's address).
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuickJourney(pub bool);

/// The journey in progress.
#[derive(Resource, Debug)]
pub struct JourneyGame(pub Journey);

/// Whose turn it is to go away: set by the card chosen on Home. On the child's turn the child
/// goes to school and comes home, and the grown-up waits.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ChildsTurn(pub bool);

/// How the journey in progress is told (the parent's theme, or the child's turn).
#[derive(Resource, Debug, Clone, Copy)]
pub struct JourneyStory(pub Story);

/// What the screen remembers between frames that the rules do not.
#[derive(Resource, Debug, Default)]
struct SceneMemory {
    clock: f32,
    shown: Option<Part>,
    last_boop: Option<f32>,
    finished_at: Option<f32>,
    /// When the current stage's helper was last tapped, for its little jump.
    helped_at: Option<f32>,
}

#[derive(Message, Debug, Clone, Copy)]
struct Happened(Happening);

/// The node each part's scene is built inside; emptied when the part changes.
#[derive(Component)]
struct SceneHolder;

/// The grown-up or the child in the ritual and the reunion; they move as the steps play.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
enum Character {
    GrownUp,
    Child,
    /// The kiss that floats over, the hand that waves.
    Gesture,
    /// The front door, which opens at the reunion.
    Door,
}

/// The big button of a step: its picture changes with the step; hidden when no tap is wanted.
#[derive(Component)]
struct StepButton;

#[derive(Component)]
struct StepButtonPicture;

/// One area of the colouring picture.
#[derive(Component, Clone, Copy)]
struct PictureArea(u8);

/// One colour of the palette.
#[derive(Component, Clone, Copy)]
struct PaintPot(u8);

/// The grown-up's marker on the way home.
#[derive(Component)]
struct Traveller;

#[derive(Component)]
struct HelperButton;

#[derive(Component)]
struct HelperPicture;

/// The flower the grown-up watches while away: it opens as the time passes.
#[derive(Component)]
struct Flower;

#[derive(Component)]
struct ClockHand;

#[derive(Component)]
struct HeartsLayer;

#[derive(Component)]
struct Heart {
    age: f32,
    drift: f32,
}

/// After the reunion, how long the last caption stays before going Home.
const GOODBYE_SECONDS: f32 = 4.0;
const BOOP_GAP_SECONDS: f32 = 0.35;
/// How long the floating hearts last.
const HEART_SECONDS: f32 = 2.2;

const AREA_TARGETS: [&str; PICTURE_AREAS] = ["area-0", "area-1", "area-2", "area-3", "area-4"];
const PAINT_TARGETS: [&str; 4] = ["paint-0", "paint-1", "paint-2", "paint-3"];

fn part_name(part: Part) -> &'static str {
    match part {
        Part::Ritual => "ritual",
        Part::Meanwhile => "meanwhile",
        Part::WayHome => "way",
        Part::Reunion => "reunion",
        Part::Finished => "finished",
    }
}

fn step_name(step: Step) -> &'static str {
    match step {
        Step::Hug => "hug",
        Step::Kiss => "kiss",
        Step::Wave => "wave",
        Step::Farewell => "farewell",
        Step::Knock => "knock",
        Step::DoorOpens => "door-opens",
        Step::WelcomeHug => "welcome-hug",
        Step::Admire => "admire",
        Step::Promise => "promise",
    }
}

fn stage_name(stage: Stage) -> &'static str {
    match stage {
        Stage::Leaving => "leaving",
        Stage::Waiting => "waiting",
        Stage::Riding => "riding",
        Stage::Park => "park",
        Stage::Street => "street",
        Stage::Door => "door",
    }
}

/// `part:detail:more`, mirrored to the page for tests: `ritual:hug:waiting`,
/// `meanwhile:coloured-2`, `way:riding:helped`, `reunion:knock:acting`, `finished`.
fn state_label(journey: &Journey) -> String {
    let part = part_name(journey.part());
    match journey.phase() {
        Phase::Step { step, acting, .. } => {
            let doing = if acting { "acting" } else { "waiting" };
            format!("{part}:{}:{doing}", step_name(step))
        }
        Phase::Meanwhile { .. } => {
            format!("{part}:coloured-{}", journey.picture().coloured())
        }
        Phase::WayHome => {
            let stage = journey.stage();
            let helped = if journey.helped(stage) {
                "helped"
            } else {
                "not-helped"
            };
            format!("{part}:{}:{helped}", stage_name(stage))
        }
        Phase::Finished => part.to_string(),
    }
}

/// How long the journey runs: what is left of the session, less the reunion, so the reunion
/// lands as the session ends (never less than a whole short journey).
fn journey_length(quick: bool, session: Option<&Session>, settings: &Settings) -> f32 {
    if quick {
        return Journey::shortest();
    }
    let left = session.map_or(settings.session_minutes.seconds(), |s| s.0.remaining());
    left - Journey::reunion_seconds()
}

#[allow(clippy::too_many_arguments)]
fn start_journey(
    mut commands: Commands,
    assets: Res<GameAssets>,
    settings: Res<Settings>,
    session: Option<Res<Session>>,
    quick: Res<QuickJourney>,
    childs_turn: Res<ChildsTurn>,
    mut mirror: ResMut<DomMirror>,
    mut happened: MessageWriter<Happened>,
) {
    let (journey, first) = Journey::new(journey_length(quick.0, session.as_deref(), &settings));
    let story = Story::new(settings.journey_theme, childs_turn.0);
    commands.insert_resource(JourneyStory(story));
    mirror.screen = "journey";
    mirror.state = state_label(&journey);
    happened.write(Happened(first));
    commands.insert_resource(JourneyGame(journey));
    commands.insert_resource(SceneMemory::default());

    let background = match story {
        Story::People | Story::ChildGoes => palette::SKY,
        Story::Foxes => Color::srgb(0.85, 0.93, 0.80),
    };
    let root = commands
        .spawn((
            widget::screen_root("Journey screen"),
            BackgroundColor(background.with_alpha(0.5)),
            DespawnOnExit(Screen::Journey),
        ))
        .observe(tap_elsewhere)
        .id();
    commands
        .spawn((speech_bubble(5.0, 13.0), ChildOf(root)))
        // Narrower than elsewhere: the scenes beside it need the room.
        .insert(Node {
            width: Val::Percent(100.0),
            min_height: Val::VMin(13.0),
            max_width: Val::VMin(110.0),
            flex_shrink: 0.0,
            ..default()
        });
    commands.spawn((
        Name::new("Scene"),
        SceneHolder,
        Node {
            width: Val::Percent(100.0),
            flex_grow: 1.0,
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            justify_content: JustifyContent::Center,
            row_gap: Val::VMin(3.0),
            ..default()
        },
        Pickable::IGNORE,
        ChildOf(root),
    ));
    commands.spawn((
        Name::new("Hearts"),
        HeartsLayer,
        Node {
            position_type: PositionType::Absolute,
            width: Val::Percent(100.0),
            height: Val::Percent(100.0),
            ..default()
        },
        Pickable::IGNORE,
        ChildOf(root),
    ));
    crate::games::spawn_leave_corner(&mut commands, root, assets.home.clone());
}

fn leave_journey(mut commands: Commands, mut mirror: ResMut<DomMirror>) {
    commands.remove_resource::<JourneyGame>();
    commands.remove_resource::<JourneyStory>();
    commands.remove_resource::<SceneMemory>();
    mirror.state.clear();
}

fn send_tap(game: Option<ResMut<JourneyGame>>, mut happened: MessageWriter<Happened>, tap: Tap) {
    if let Some(mut game) = game {
        happened.write(Happened(game.0.tap(tap)));
    }
}

/// Taps on a thing that means something: handled here, not again by the screen behind.
fn tap_as(
    tap: Tap,
) -> impl Fn(On<Pointer<Press>>, Option<ResMut<JourneyGame>>, MessageWriter<Happened>) {
    move |mut press, game, happened| {
        press.propagate(false);
        send_tap(game, happened, tap);
    }
}

fn tap_elsewhere(
    _press: On<Pointer<Press>>,
    game: Option<ResMut<JourneyGame>>,
    happened: MessageWriter<Happened>,
) {
    send_tap(game, happened, Tap::Elsewhere);
}

fn wind_down_when_asked(
    mut asked: MessageReader<EndGently>,
    mut game: ResMut<JourneyGame>,
    mut happened: MessageWriter<Happened>,
) {
    if asked.read().count() > 0 {
        for happening in game.0.wind_down() {
            happened.write(Happened(happening));
        }
    }
}

fn run_rules(
    time: Res<Time>,
    mut game: ResMut<JourneyGame>,
    mut memory: ResMut<SceneMemory>,
    mut happened: MessageWriter<Happened>,
    mut mirror: ResMut<DomMirror>,
    session: Option<Res<Session>>,
    mut next: ResMut<NextState<Screen>>,
) {
    memory.clock += time.delta_secs();
    for happening in game.0.tick(time.delta_secs()) {
        happened.write(Happened(happening));
    }
    let label = state_label(&game.0);
    if mirror.state != label {
        mirror.state = label;
    }
    if let Some(at) = memory.finished_at
        && memory.clock - at >= GOODBYE_SECONDS
    {
        next.set(crate::games::screen_after_the_goodbye(session.as_deref()));
    }
}

#[allow(clippy::too_many_arguments)]
fn answer_happenings(
    mut happened: MessageReader<Happened>,
    game: Res<JourneyGame>,
    mut memory: ResMut<SceneMemory>,
    mut settings: ResMut<Settings>,
    story: Res<JourneyStory>,
    assets: Res<GameAssets>,
    sounds: Res<Sounds>,
    mut commands: Commands,
    mut narrator: ResMut<Narrator>,
    mut bounces: Query<&mut PressBounce, With<SceneHolder>>,
    hearts_layer: Query<Entity, With<HeartsLayer>>,
) {
    let words = narration::words_from(&settings);
    for Happened(happening) in happened.read().copied() {
        let coloured = game.0.picture().coloured() > 0;
        let line = story::line_for(happening, story.0, &settings.reunion_line, coloured);
        match line {
            Some((line, Weight::Passing)) => narrator.say(line, &words),
            Some((line, Weight::Kept)) => narrator.say_kept(line, &words),
            None => {}
        }
        // The clock is explained once the grown-up is away: it is how the child knows when.
        // Said after where the grown-up is; a tap on the paints meanwhile takes its place.
        if happening == Happening::MeanwhileBegan {
            narrator.say(Line::Game(story::clock_line(story.0)), &words);
        }
        // The grown-up's kiss goes into the child's palm, to keep (the Kissing Hand).
        if matches!(
            happening,
            Happening::StepActed {
                step: Step::Kiss,
                ..
            }
        ) && !settings.palm_kissed
        {
            settings.palm_kissed = true;
        }
        let sound = match happening {
            Happening::Wobble => {
                for mut bounce in &mut bounces {
                    bounce.restart();
                }
                let quiet_enough = memory
                    .last_boop
                    .is_none_or(|at| memory.clock - at >= BOOP_GAP_SECONDS);
                if !quiet_enough {
                    continue;
                }
                memory.last_boop = Some(memory.clock);
                Some(&assets.soft_boop)
            }
            Happening::StepActed { step, .. } => {
                if matches!(step, Step::Hug | Step::WelcomeHug | Step::Promise)
                    && let Ok(layer) = hearts_layer.single()
                {
                    release_hearts(&mut commands, layer, &assets.heart);
                }
                Some(match step {
                    Step::Hug | Step::WelcomeHug => &sounds.hug,
                    Step::Knock => &sounds.door_knock,
                    Step::DoorOpens => &assets.reveal_tada,
                    Step::Promise => &sounds.hearts,
                    _ => &assets.tap_chime,
                })
            }
            Happening::Helped(stage) => {
                memory.helped_at = Some(memory.clock);
                let bus_comes =
                    story.0 != Story::Foxes && matches!(stage, Stage::Waiting | Stage::Riding);
                Some(if bus_comes {
                    &sounds.bus_toot
                } else {
                    &assets.tap_chime
                })
            }
            Happening::Coloured { .. } | Happening::BrushChosen(_) => Some(&assets.tap_chime),
            Happening::Finished => {
                memory.finished_at = Some(memory.clock);
                None
            }
            _ => None,
        };
        if let Some(sound) = sound {
            play(&mut commands, sound);
        }
    }
}

/// Builds the scene of the part the journey is in, once per part.
#[allow(clippy::too_many_arguments)]
fn show_current_part(
    mut commands: Commands,
    game: Res<JourneyGame>,
    mut memory: ResMut<SceneMemory>,
    story: Res<JourneyStory>,
    assets: Res<GameAssets>,
    grown_up: Res<GrownUpPictures>,
    pictures: Res<JourneyPictures>,
    holder: Single<Entity, With<SceneHolder>>,
) {
    let part = game.0.part();
    if memory.shown == Some(part) || part == Part::Finished {
        return;
    }
    memory.shown = Some(part);
    let holder = *holder;
    commands.entity(holder).despawn_children();
    let story = story.0;
    let people = Portraits::for_story(story, &grown_up, &pictures);
    match part {
        Part::Ritual => spawn_doorstep(&mut commands, holder, &people, &assets, false),
        Part::Meanwhile => spawn_meanwhile(&mut commands, holder, story, &people, &pictures),
        Part::WayHome => spawn_way_home(&mut commands, holder, story, &people, &pictures),
        Part::Reunion => spawn_doorstep(&mut commands, holder, &people, &assets, true),
        Part::Finished => {}
    }
}

/// The grown-up and the child as this story draws them, and which of them goes away.
struct Portraits {
    grown_up: Handle<Image>,
    child: Handle<Image>,
    child_travels: bool,
}

impl Portraits {
    fn for_story(story: Story, grown_up: &GrownUpPictures, pictures: &JourneyPictures) -> Self {
        let child_travels = story.child_travels();
        match story {
            Story::People | Story::ChildGoes => Self {
                grown_up: grown_up.portrait.clone(),
                child: grown_up.child.clone(),
                child_travels,
            },
            // The fox mother and her cub.
            Story::Foxes => Self {
                grown_up: pictures.fox.clone(),
                child: pictures.fox.clone(),
                child_travels,
            },
        }
    }

    /// Whoever is away meanwhile and on the way home.
    fn traveller(&self) -> Handle<Image> {
        if self.child_travels {
            self.child.clone()
        } else {
            self.grown_up.clone()
        }
    }

    /// Whoever waits at home.
    fn waiting(&self) -> Handle<Image> {
        if self.child_travels {
            self.grown_up.clone()
        } else {
            self.child.clone()
        }
    }
}

/// The front door with the grown-up and the child: the ritual, and (with `reunion`) the
/// homecoming, where the grown-up waits behind the door until it opens.
fn spawn_doorstep(
    commands: &mut Commands,
    holder: Entity,
    people: &Portraits,
    assets: &GameAssets,
    reunion: bool,
) {
    let row = commands
        .spawn((
            Name::new("Doorstep"),
            Node {
                flex_direction: FlexDirection::Row,
                align_items: AlignItems::FlexEnd,
                column_gap: Val::VMin(4.0),
                ..default()
            },
            ChildOf(holder),
        ))
        .observe(tap_as(Tap::Step))
        .id();
    // The door, with the grown-up in front of it (ritual) or behind it (reunion).
    let doorway = commands
        .spawn((
            Name::new("Doorway"),
            LoveReceiver,
            Node {
                width: Val::VMin(30.0),
                height: Val::VMin(40.0),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::FlexEnd,
                ..default()
            },
            ChildOf(row),
        ))
        .id();
    commands.spawn((
        Name::new("Grown-up"),
        Character::GrownUp,
        ImageNode::new(people.grown_up.clone()),
        Node {
            position_type: PositionType::Absolute,
            width: Val::VMin(28.0),
            height: Val::VMin(28.0),
            bottom: Val::VMin(2.0),
            ..default()
        },
        UiTransform::default(),
        Pickable::IGNORE,
        ChildOf(doorway),
    ));
    commands.spawn((
        Name::new("Door"),
        Character::Door,
        ImageNode {
            rect: Some(Rect::new(128.0, 32.0, 384.0, 480.0)),
            image_mode: NodeImageMode::Stretch,
            ..ImageNode::new(assets.door.clone())
        },
        Node {
            position_type: PositionType::Absolute,
            left: Val::VMin(0.0),
            width: Val::VMin(22.0),
            height: Val::VMin(40.0),
            ..default()
        },
        // At the reunion the door stands in front of the grown-up until it opens; at the
        // ritual it is the open doorway behind them.
        ZIndex(if reunion { 1 } else { -1 }),
        UiTransform::default(),
        Pickable::IGNORE,
        ChildOf(doorway),
    ));
    commands.spawn((
        Name::new("Child"),
        Character::Child,
        ImageNode::new(people.child.clone()),
        Node {
            width: Val::VMin(22.0),
            height: Val::VMin(22.0),
            ..default()
        },
        UiTransform::default(),
        Pickable::IGNORE,
        ChildOf(row),
    ));
    commands.spawn((
        Name::new("Gesture"),
        Character::Gesture,
        ImageNode::new(Handle::default()),
        Node {
            position_type: PositionType::Absolute,
            width: Val::VMin(12.0),
            height: Val::VMin(12.0),
            left: Val::VMin(30.0),
            top: Val::VMin(0.0),
            ..default()
        },
        UiTransform::default(),
        Visibility::Hidden,
        Pickable::IGNORE,
        ChildOf(row),
    ));
    if reunion {
        // The picture the child coloured, shown (not tappable) when the grown-up admires it.
        let kept = commands
            .spawn((picture_frame(26.0), Visibility::Hidden, ChildOf(row)))
            .id();
        spawn_picture_areas(commands, kept, false);
    }
    commands
        .spawn((
            Name::new("step"),
            StepButton,
            TapTarget("step"),
            PressBounce::default(),
            Node {
                width: Val::VMin(22.0),
                height: Val::VMin(22.0),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                border_radius: BorderRadius::all(Val::Percent(50.0)),
                ..default()
            },
            BackgroundColor(palette::PEACH),
            Visibility::Hidden,
            ChildOf(holder),
            children![(
                StepButtonPicture,
                ImageNode::new(Handle::default()),
                Node {
                    width: Val::Percent(72.0),
                    height: Val::Percent(72.0),
                    ..default()
                },
                Pickable::IGNORE,
            )],
        ))
        .observe(tap_as(Tap::Step));
}

/// Where a character stands at a moment of a step: a sideways shift (vmin), how visible it
/// is, and a tilt. Pure, so the scene reads as a list of poses.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Pose {
    shift: Vec2,
    alpha: f32,
    angle: f32,
    scale: Vec2,
    shown: bool,
}

impl Pose {
    const STILL: Pose = Pose {
        shift: Vec2::ZERO,
        alpha: 1.0,
        angle: 0.0,
        scale: Vec2::ONE,
        shown: true,
    };
}

fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// Rises then falls back over `t` in 0..1: for leaning in to hug.
fn there_and_back(t: f32) -> f32 {
    (t.clamp(0.0, 1.0) * std::f32::consts::PI).sin()
}

fn pose_of(character: Character, phase: Phase, clock: f32, reduced: bool) -> Pose {
    let Phase::Step {
        step,
        elapsed,
        acting,
    } = phase
    else {
        return Pose::STILL;
    };
    let t = if acting {
        elapsed / step.acting_seconds()
    } else {
        0.0
    };
    // With reduced motion, a scene shows its middle moment instead of moving through it.
    let motion = |value: f32| if reduced { value.round() } else { value };
    let wiggle = if reduced {
        0.0
    } else {
        (clock * 6.0).sin() * 0.25
    };
    let reunion = matches!(
        step,
        Step::Knock | Step::DoorOpens | Step::WelcomeHug | Step::Admire | Step::Promise
    );
    let door_open = match step {
        Step::Knock => 0.0,
        Step::DoorOpens => motion(ease(t)),
        _ => 1.0,
    };
    match character {
        Character::GrownUp => {
            let hug = matches!(step, Step::Hug | Step::WelcomeHug) && acting;
            let lean = if hug {
                motion(there_and_back(t)) * 10.0
            } else {
                0.0
            };
            // The farewell: the grown-up steps back through the door and fades away.
            let (leave, alpha) = if step == Step::Farewell && acting {
                let out = motion(ease((t - 0.45) / 0.55));
                (out * -8.0, 1.0 - out)
            } else {
                (0.0, 1.0)
            };
            Pose {
                shift: Vec2::new(lean + leave, 0.0),
                alpha,
                shown: !(reunion && step == Step::Knock),
                ..Pose::STILL
            }
        }
        Character::Child => {
            let hug = matches!(step, Step::Hug | Step::WelcomeHug) && acting;
            let lean = if hug {
                motion(there_and_back(t)) * -8.0
            } else {
                0.0
            };
            Pose {
                shift: Vec2::new(lean, 0.0),
                ..Pose::STILL
            }
        }
        Character::Gesture => {
            let shown = acting && matches!(step, Step::Kiss | Step::Wave | Step::Knock);
            let (shift, angle) = match step {
                // The kiss floats from the grown-up to the child.
                Step::Kiss => (Vec2::new(motion(ease(t)) * 12.0 - 14.0, -6.0), 0.0),
                Step::Wave => (Vec2::new(-10.0, -10.0), wiggle * 1.6),
                Step::Knock => (Vec2::new(-24.0, 6.0), wiggle),
                _ => (Vec2::ZERO, 0.0),
            };
            Pose {
                shift,
                angle,
                shown,
                ..Pose::STILL
            }
        }
        Character::Door => {
            let knock_shake = if step == Step::Knock && acting {
                wiggle * 0.1
            } else {
                0.0
            };
            if reunion {
                // Swings open on its hinge: narrower and slid to the side.
                Pose {
                    shift: Vec2::new(-door_open * 9.0, 0.0),
                    scale: Vec2::new(1.0 - door_open * 0.82, 1.0),
                    angle: knock_shake,
                    ..Pose::STILL
                }
            } else {
                // At the ritual the front door stands behind the grown-up, who walks out
                // through it at the farewell.
                Pose {
                    shift: Vec2::new(-5.0, 0.0),
                    ..Pose::STILL
                }
            }
        }
    }
}

#[allow(clippy::type_complexity, clippy::too_many_arguments)]
fn animate_characters(
    game: Res<JourneyGame>,
    memory: Res<SceneMemory>,
    reduced: Res<ReducedMotion>,
    pictures: Res<JourneyPictures>,
    assets: Res<GameAssets>,
    mut characters: Query<(
        &Character,
        &mut UiTransform,
        &mut ImageNode,
        &mut Visibility,
    )>,
    mut button: Query<&mut Visibility, (With<StepButton>, Without<Character>)>,
    mut button_picture: Query<&mut ImageNode, (With<StepButtonPicture>, Without<Character>)>,
) {
    let phase = game.0.phase();
    for (character, mut transform, mut image, mut visibility) in &mut characters {
        let pose = pose_of(*character, phase, memory.clock, reduced.0);
        let wanted = UiTransform {
            translation: Val2::new(Val::VMin(pose.shift.x), Val::VMin(pose.shift.y)),
            scale: pose.scale,
            rotation: Rot2::radians(pose.angle),
        };
        if *transform != wanted {
            *transform = wanted;
        }
        let colour = Color::WHITE.with_alpha(pose.alpha);
        if image.color != colour {
            image.color = colour;
        }
        visibility.set_if_neq(if pose.shown {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        });
        if *character == Character::Gesture
            && let Phase::Step { step, .. } = phase
        {
            let wanted = match step {
                Step::Kiss => pictures.get("kiss-mark"),
                Step::Knock => pictures.get("hugging-face"),
                _ => pictures.get("waving-hand"),
            };
            if image.image != wanted {
                image.image = wanted;
            }
        }
    }
    // The step button shows what to do next, and only while a tap is wanted.
    let asking = match phase {
        Phase::Step {
            step,
            acting: false,
            ..
        } if step.wants_a_tap() => Some(step),
        _ => None,
    };
    for mut visibility in &mut button {
        visibility.set_if_neq(if asking.is_some() {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        });
    }
    if let Some(step) = asking {
        let wanted = match story::step_picture(step) {
            Some(name) => pictures.get(name),
            None => assets.door.clone(),
        };
        for mut image in &mut button_picture {
            if image.image != wanted {
                image.image = wanted.clone();
            }
        }
    }
}

/// The picture the child coloured, shown again (not tappable) at the reunion.
#[derive(Component)]
struct PictureView;

/// Meanwhile: the grown-up at their place with a flower about to open and the clock, and the
/// child's picture to colour with a few big pots of paint.
fn spawn_meanwhile(
    commands: &mut Commands,
    holder: Entity,
    told: Story,
    people: &Portraits,
    pictures: &JourneyPictures,
) {
    let row = commands
        .spawn((
            Name::new("Meanwhile"),
            // Side by side in both orientations (26 + 3 + 59.5 vmin fits a portrait width):
            // stacked, a portrait screen overflowed top and bottom.
            Node {
                flex_direction: FlexDirection::Row,
                align_items: AlignItems::Center,
                justify_content: JustifyContent::Center,
                column_gap: Val::VMin(3.0),
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(holder),
        ))
        .id();
    let away = commands
        .spawn((
            Name::new("Away"),
            Node {
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Center,
                row_gap: Val::VMin(2.0),
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(row),
        ))
        .id();
    commands.spawn((
        Name::new("The grown-up's window"),
        LoveReceiver,
        Node {
            width: Val::VMin(26.0),
            height: Val::VMin(24.0),
            border: UiRect::all(Val::VMin(1.2)),
            border_radius: BorderRadius::all(Val::VMin(3.0)),
            justify_content: JustifyContent::SpaceEvenly,
            align_items: AlignItems::FlexEnd,
            padding: UiRect::all(Val::VMin(1.0)),
            ..default()
        },
        BackgroundColor(Color::srgb(0.93, 0.97, 1.0)),
        BorderColor::all(Color::srgb(0.62, 0.44, 0.30)),
        Pickable::IGNORE,
        ChildOf(away),
        children![
            widget::picture(
                people.traveller(),
                Node {
                    width: Val::VMin(14.0),
                    height: Val::VMin(14.0),
                    ..default()
                },
            ),
            (
                widget::picture(
                    pictures.get("seedling"),
                    Node {
                        width: Val::VMin(9.0),
                        height: Val::VMin(9.0),
                        ..default()
                    },
                ),
                Flower,
            ),
            widget::picture(
                pictures.get(story::away_place(told).0),
                Node {
                    position_type: PositionType::Absolute,
                    left: Val::VMin(0.5),
                    top: Val::VMin(0.5),
                    width: Val::VMin(8.0),
                    height: Val::VMin(8.0),
                    ..default()
                },
            ),
        ],
    ));
    spawn_clock(commands, away, 22.0);

    let easel = commands
        .spawn((
            Name::new("Easel"),
            Node {
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Center,
                row_gap: Val::VMin(2.5),
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(row),
        ))
        .id();
    let canvas = commands.spawn((picture_frame(52.0), ChildOf(easel))).id();
    spawn_picture_areas(commands, canvas, true);
    let pots = commands
        .spawn((
            Name::new("Palette"),
            Node {
                flex_direction: FlexDirection::Row,
                column_gap: Val::VMin(2.5),
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(easel),
        ))
        .id();
    for (index, (name, [r, g, b])) in PAINTS.iter().enumerate() {
        let paint = index as u8;
        commands
            .spawn((
                Name::new(format!("{name:?}")),
                PaintPot(paint),
                TapTarget(PAINT_TARGETS[index]),
                PressBounce::default(),
                Node {
                    width: Val::VMin(13.0),
                    height: Val::VMin(13.0),
                    border: UiRect::all(Val::VMin(0.8)),
                    border_radius: BorderRadius::all(Val::Percent(50.0)),
                    ..default()
                },
                BackgroundColor(Color::srgb(*r, *g, *b)),
                BorderColor::all(Color::WHITE),
                ChildOf(pots),
            ))
            .observe(tap_as(Tap::Paint(paint)));
    }
}

/// One area of the picture: where it sits (percent of the picture) and whether it is round.
struct AreaShape {
    name: &'static str,
    left: f32,
    top: f32,
    width: f32,
    height: f32,
    round: bool,
}

/// A house, its roof, a sun, a tree and the grass: big, simple areas.
const AREAS: [AreaShape; PICTURE_AREAS] = [
    AreaShape {
        name: "Sun",
        left: 70.0,
        top: 2.0,
        width: 27.0,
        height: 27.0,
        round: true,
    },
    AreaShape {
        name: "Roof",
        left: 6.0,
        top: 26.0,
        width: 58.0,
        height: 20.0,
        round: false,
    },
    AreaShape {
        name: "House",
        left: 10.0,
        top: 46.0,
        width: 50.0,
        height: 36.0,
        round: false,
    },
    AreaShape {
        name: "Tree",
        left: 66.0,
        top: 36.0,
        width: 30.0,
        height: 30.0,
        round: true,
    },
    AreaShape {
        name: "Grass",
        left: 0.0,
        top: 82.0,
        width: 100.0,
        height: 18.0,
        round: false,
    },
];

const UNPAINTED: Color = Color::WHITE;
const OUTLINE: Color = Color::srgb(0.29, 0.23, 0.21);

fn paint_colour(paint: Option<u8>) -> Color {
    match paint {
        Some(p) => {
            let [r, g, b] = PAINTS[usize::from(p) % PAINTS.len()].1;
            Color::srgb(r, g, b)
        }
        None => UNPAINTED,
    }
}

/// The paper the picture is drawn on, `side` vmin square.
fn picture_frame(side: f32) -> impl Bundle {
    (
        Name::new("Colouring picture"),
        PictureView,
        Node {
            width: Val::VMin(side),
            height: Val::VMin(side),
            border: UiRect::all(Val::VMin(0.6)),
            border_radius: BorderRadius::all(Val::VMin(2.0)),
            overflow: Overflow::clip(),
            ..default()
        },
        BackgroundColor(Color::srgb(0.98, 0.98, 0.96)),
        BorderColor::all(OUTLINE),
        Pickable::IGNORE,
    )
}

fn spawn_picture_areas(commands: &mut Commands, canvas: Entity, tappable: bool) {
    // The tree's trunk: drawn, not coloured.
    commands.spawn((
        Name::new("Trunk"),
        Node {
            position_type: PositionType::Absolute,
            left: Val::Percent(78.0),
            top: Val::Percent(62.0),
            width: Val::Percent(6.0),
            height: Val::Percent(22.0),
            ..default()
        },
        BackgroundColor(Color::srgb(0.55, 0.38, 0.26)),
        Pickable::IGNORE,
        ChildOf(canvas),
    ));
    for (index, shape) in AREAS.iter().enumerate() {
        let radius = if shape.round {
            BorderRadius::all(Val::Percent(50.0))
        } else if shape.name == "Roof" {
            BorderRadius::top(Val::Percent(40.0))
        } else {
            BorderRadius::all(Val::VMin(0.8))
        };
        let mut area = commands.spawn((
            Name::new(shape.name),
            PictureArea(index as u8),
            Node {
                position_type: PositionType::Absolute,
                left: Val::Percent(shape.left),
                top: Val::Percent(shape.top),
                width: Val::Percent(shape.width),
                height: Val::Percent(shape.height),
                border: UiRect::all(Val::VMin(0.6)),
                border_radius: radius,
                ..default()
            },
            BackgroundColor(UNPAINTED),
            BorderColor::all(OUTLINE),
            ChildOf(canvas),
        ));
        if tappable {
            area.insert((TapTarget(AREA_TARGETS[index]), PressBounce::default()))
                .observe(tap_as(Tap::Area(index as u8)));
        } else {
            area.insert(Pickable::IGNORE);
        }
        // The door of the house: part of the house area, drawn on it.
        if shape.name == "House" {
            let house = area.id();
            commands.spawn((
                Name::new("House door"),
                Node {
                    position_type: PositionType::Absolute,
                    left: Val::Percent(38.0),
                    top: Val::Percent(40.0),
                    width: Val::Percent(24.0),
                    height: Val::Percent(60.0),
                    border: UiRect::all(Val::VMin(0.5)),
                    border_radius: BorderRadius::top(Val::VMin(2.0)),
                    ..default()
                },
                BorderColor::all(OUTLINE),
                Pickable::IGNORE,
                ChildOf(house),
            ));
        }
    }
}

/// Keeps every view of the picture (the easel and the reunion's copy) in the child's colours,
/// and the chosen pot ringed.
#[allow(clippy::type_complexity)]
fn show_the_picture(
    game: Res<JourneyGame>,
    mut areas: Query<(&PictureArea, &mut BackgroundColor), Without<PaintPot>>,
    mut pots: Query<(&PaintPot, &mut BorderColor, &mut Node)>,
    mut reunion_view: Query<&mut Visibility, (With<PictureView>, Without<PictureArea>)>,
) {
    let picture = *game.0.picture();
    for (area, mut fill) in &mut areas {
        let wanted = paint_colour(picture.areas[usize::from(area.0)]);
        if fill.0 != wanted {
            fill.0 = wanted;
        }
    }
    for (pot, mut border, mut node) in &mut pots {
        let chosen = pot.0 == picture.brush;
        let (colour, width) = if chosen {
            (OUTLINE, Val::VMin(1.2))
        } else {
            (Color::WHITE, Val::VMin(0.8))
        };
        if border.top != colour {
            *border = BorderColor::all(colour);
        }
        if node.border.top != width {
            node.border = UiRect::all(width);
        }
    }
    // At the reunion the picture appears when the grown-up admires it.
    if let Phase::Step { step, acting, .. } = game.0.phase() {
        // An empty picture is not shown: the grown-up says "I missed you" instead.
        let admiring =
            ((step == Step::Admire && acting) || step == Step::Promise) && picture.coloured() > 0;
        for mut visibility in &mut reunion_view {
            let wanted = if admiring || game.0.part() != Part::Reunion {
                Visibility::Inherited
            } else {
                Visibility::Hidden
            };
            visibility.set_if_neq(wanted);
        }
    }
}

/// The way home: the landmarks in a row from the grown-up's place to home, the grown-up
/// moving along, the child waiting at home, the helper for this stage and the clock.
fn spawn_way_home(
    commands: &mut Commands,
    holder: Entity,
    told: Story,
    people: &Portraits,
    pictures: &JourneyPictures,
) {
    let map = commands
        .spawn((
            Name::new("Map"),
            Node {
                width: Val::Percent(100.0),
                max_width: Val::VMin(120.0),
                height: Val::VMin(30.0),
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(holder),
        ))
        .id();
    // The path itself.
    commands.spawn((
        Name::new("Path"),
        Node {
            position_type: PositionType::Absolute,
            left: Val::Percent(4.0),
            right: Val::Percent(4.0),
            bottom: Val::VMin(4.0),
            height: Val::VMin(3.0),
            border_radius: BorderRadius::all(Val::VMin(1.5)),
            ..default()
        },
        BackgroundColor(Color::srgb(0.87, 0.78, 0.64)),
        Pickable::IGNORE,
        ChildOf(map),
    ));
    for stage in Stage::ALL {
        let story = story::stage_story(told, stage);
        // Each landmark stands where its stage begins; home stands at the very end.
        let at = if stage == Stage::Door {
            1.0
        } else {
            stage.start()
        };
        commands.spawn((
            widget::picture(
                pictures.get(story.landmark),
                Node {
                    position_type: PositionType::Absolute,
                    left: Val::Percent(at * 88.0),
                    bottom: Val::VMin(6.0),
                    width: Val::VMin(11.0),
                    height: Val::VMin(11.0),
                    ..default()
                },
            ),
            ChildOf(map),
        ));
    }
    commands.spawn((
        widget::picture(
            people.waiting(),
            Node {
                position_type: PositionType::Absolute,
                right: Val::Percent(0.0),
                bottom: Val::VMin(17.0),
                width: Val::VMin(10.0),
                height: Val::VMin(10.0),
                ..default()
            },
        ),
        ChildOf(map),
    ));
    commands.spawn((
        widget::picture(
            people.traveller(),
            Node {
                position_type: PositionType::Absolute,
                left: Val::Percent(0.0),
                bottom: Val::VMin(15.0),
                width: Val::VMin(14.0),
                height: Val::VMin(14.0),
                ..default()
            },
        ),
        Traveller,
        LoveReceiver,
        ChildOf(map),
    ));

    let controls = commands
        .spawn((
            Name::new("Helper and clock"),
            Node {
                flex_direction: FlexDirection::Row,
                align_items: AlignItems::Center,
                column_gap: Val::VMin(10.0),
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(holder),
        ))
        .id();
    commands
        .spawn((
            Name::new("help"),
            HelperButton,
            TapTarget("help"),
            PressBounce::default(),
            Node {
                width: Val::VMin(24.0),
                height: Val::VMin(24.0),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                border_radius: BorderRadius::all(Val::Percent(50.0)),
                ..default()
            },
            BackgroundColor(palette::PEACH),
            ChildOf(controls),
            children![(
                HelperPicture,
                widget::picture(
                    Handle::default(),
                    Node {
                        width: Val::Percent(70.0),
                        height: Val::Percent(70.0),
                        ..default()
                    },
                ),
            )],
        ))
        .observe(tap_as(Tap::Help));
    spawn_clock(commands, controls, 22.0);
}

/// The traveller walks along the map; the helper shows this stage's job (dimmed once done).
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
fn follow_the_way(
    game: Res<JourneyGame>,
    memory: Res<SceneMemory>,
    told: Res<JourneyStory>,
    pictures: Res<JourneyPictures>,
    reduced: Res<ReducedMotion>,
    mut traveller: Query<(&mut Node, &mut UiTransform), With<Traveller>>,
    mut helper: Query<&mut BackgroundColor, With<HelperButton>>,
    mut helper_picture: Query<&mut ImageNode, With<HelperPicture>>,
    mut flower: Query<&mut ImageNode, (With<Flower>, Without<HelperPicture>)>,
) {
    let journey = &game.0;
    for (mut node, mut transform) in &mut traveller {
        let left = Val::Percent(journey.way() * 88.0);
        if node.left != left {
            node.left = left;
        }
        // A little hop after each help.
        let hop = memory
            .helped_at
            .map(|at| memory.clock - at)
            .filter(|since| *since < 0.6 && !reduced.0)
            .map_or(0.0, |since| {
                (since / 0.6 * std::f32::consts::PI).sin() * -3.0
            });
        let wanted = Val2::new(Val::ZERO, Val::VMin(hop));
        if transform.translation != wanted {
            transform.translation = wanted;
        }
    }
    let stage = journey.stage();
    let wanted = pictures.get(story::stage_story(told.0, stage).helper);
    let done = journey.helped(stage);
    for mut image in &mut helper_picture {
        if image.image != wanted {
            image.image = wanted.clone();
        }
        let colour = Color::WHITE.with_alpha(if done { 0.45 } else { 1.0 });
        if image.color != colour {
            image.color = colour;
        }
    }
    for mut background in &mut helper {
        let colour = if done {
            palette::PARENT_CHIP
        } else {
            palette::PEACH
        };
        if background.0 != colour {
            background.0 = colour;
        }
    }
    // The flower at the grown-up's window opens halfway through the meanwhile.
    if let Phase::Meanwhile { .. } = journey.phase() {
        let open = journey.away_progress() > 0.5 * (1.0 - super::rules::Timing::MEANWHILE_SHARE);
        let wanted = pictures.get(if open { "tulip" } else { "seedling" });
        for mut image in &mut flower {
            if image.image != wanted {
                image.image = wanted.clone();
            }
        }
    }
}

/// A friendly clock: one big hand, and a heart at the bottom where it points when the
/// grown-up is home.
fn spawn_clock(commands: &mut Commands, parent: Entity, side: f32) {
    let face = commands
        .spawn((
            Name::new("Clock"),
            Node {
                width: Val::VMin(side),
                height: Val::VMin(side),
                border: UiRect::all(Val::VMin(1.2)),
                border_radius: BorderRadius::all(Val::Percent(50.0)),
                ..default()
            },
            BackgroundColor(Color::WHITE),
            BorderColor::all(OUTLINE),
            Pickable::IGNORE,
            ChildOf(parent),
        ))
        .id();
    // Four quiet dots for 12, 3, 6 and 9; the heart sits on 6.
    for (left, top) in [(47.0, 4.0), (90.0, 47.0), (4.0, 47.0)] {
        commands.spawn((
            Node {
                position_type: PositionType::Absolute,
                left: Val::Percent(left),
                top: Val::Percent(top),
                width: Val::Percent(6.0),
                height: Val::Percent(6.0),
                border_radius: BorderRadius::all(Val::Percent(50.0)),
                ..default()
            },
            BackgroundColor(OUTLINE.with_alpha(0.5)),
            Pickable::IGNORE,
            ChildOf(face),
        ));
    }
    commands.spawn((
        Name::new("Home mark"),
        Node {
            position_type: PositionType::Absolute,
            left: Val::Percent(40.0),
            top: Val::Percent(76.0),
            width: Val::Percent(20.0),
            height: Val::Percent(20.0),
            border_radius: BorderRadius::all(Val::Percent(50.0)),
            ..default()
        },
        BackgroundColor(Color::srgb(0.93, 0.45, 0.50)),
        Pickable::IGNORE,
        ChildOf(face),
    ));
    // The hand turns about the clock's middle: it is drawn inside a full-size layer that
    // rotates.
    commands.spawn((
        Name::new("Big hand"),
        ClockHand,
        Node {
            position_type: PositionType::Absolute,
            width: Val::Percent(100.0),
            height: Val::Percent(100.0),
            ..default()
        },
        UiTransform::default(),
        Pickable::IGNORE,
        ChildOf(face),
        children![(
            Node {
                position_type: PositionType::Absolute,
                left: Val::Percent(46.0),
                top: Val::Percent(12.0),
                width: Val::Percent(8.0),
                height: Val::Percent(40.0),
                border_radius: BorderRadius::all(Val::Percent(50.0)),
                ..default()
            },
            BackgroundColor(OUTLINE),
            Pickable::IGNORE,
        )],
    ));
    commands.spawn((
        Name::new("Clock middle"),
        Node {
            position_type: PositionType::Absolute,
            left: Val::Percent(44.0),
            top: Val::Percent(44.0),
            width: Val::Percent(12.0),
            height: Val::Percent(12.0),
            border_radius: BorderRadius::all(Val::Percent(50.0)),
            ..default()
        },
        BackgroundColor(OUTLINE),
        Pickable::IGNORE,
        ChildOf(face),
    ));
}

fn turn_clock_hands(game: Res<JourneyGame>, mut hands: Query<&mut UiTransform, With<ClockHand>>) {
    // Clockwise on screen (the UI's y axis points down).
    let turn = game.0.clock_hand().min(CLOCK_MARK);
    let rotation = Rot2::radians(turn * std::f32::consts::TAU);
    for mut transform in &mut hands {
        if transform.rotation != rotation {
            transform.rotation = rotation;
        }
    }
}

const HEARTS: usize = 7;

fn release_hearts(commands: &mut Commands, layer: Entity, image: &Handle<Image>) {
    for i in 0..HEARTS {
        let drift = (i as f32 - (HEARTS as f32 - 1.0) / 2.0) * 5.0;
        commands.spawn((
            Name::new("Heart"),
            Heart { age: 0.0, drift },
            ImageNode::new(image.clone()),
            Node {
                position_type: PositionType::Absolute,
                left: Val::Percent(50.0),
                top: Val::Percent(55.0),
                width: Val::VMin(8.0),
                height: Val::VMin(8.0),
                ..default()
            },
            UiTransform::default(),
            Pickable::IGNORE,
            ChildOf(layer),
        ));
    }
}

/// Hearts rise gently and fade; with reduced motion they appear in a row and fade in place.
fn float_hearts(
    time: Res<Time>,
    reduced: Res<ReducedMotion>,
    mut commands: Commands,
    mut hearts: Query<(Entity, &mut Heart, &mut UiTransform, &mut ImageNode)>,
) {
    for (entity, mut heart, mut transform, mut image) in &mut hearts {
        heart.age += time.delta_secs();
        if heart.age >= HEART_SECONDS {
            commands.entity(entity).despawn();
            continue;
        }
        let t = heart.age / HEART_SECONDS;
        let rise = if reduced.0 { 0.0 } else { -28.0 * t };
        transform.translation = Val2::new(
            Val::VMin(heart.drift * if reduced.0 { 1.0 } else { 0.4 + t }),
            Val::VMin(rise),
        );
        image.color = Color::WHITE.with_alpha((1.0 - t).clamp(0.0, 1.0));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_labels_name_the_part_and_the_moment() {
        let (mut journey, _) = Journey::new(100.0);
        assert_eq!(state_label(&journey), "ritual:hug:waiting");
        journey.tap(Tap::Step);
        assert_eq!(state_label(&journey), "ritual:hug:acting");
        while journey.part() != Part::Meanwhile {
            journey.tick(0.5);
        }
        journey.tap(Tap::Area(0));
        assert_eq!(state_label(&journey), "meanwhile:coloured-1");
        while journey.part() != Part::WayHome {
            journey.tick(0.5);
        }
        assert_eq!(state_label(&journey), "way:leaving:not-helped");
        journey.tap(Tap::Help);
        assert_eq!(state_label(&journey), "way:leaving:helped");
    }

    #[test]
    fn the_door_is_shut_until_the_reunion_opens_it() {
        let knock = Phase::Step {
            step: Step::Knock,
            elapsed: 0.0,
            acting: false,
        };
        let door = pose_of(Character::Door, knock, 0.0, false);
        assert_eq!(door.scale.x, 1.0, "shut");
        assert!(
            !pose_of(Character::GrownUp, knock, 0.0, false).shown,
            "behind it"
        );
        let hug = Phase::Step {
            step: Step::WelcomeHug,
            elapsed: 0.0,
            acting: false,
        };
        assert!(
            pose_of(Character::Door, hug, 0.0, false).scale.x < 0.5,
            "open"
        );
        assert!(pose_of(Character::GrownUp, hug, 0.0, false).shown);
    }

    #[test]
    fn the_grown_up_fades_out_only_at_the_farewell() {
        let leaving = |t: f32| Phase::Step {
            step: Step::Farewell,
            elapsed: t * Step::Farewell.acting_seconds(),
            acting: true,
        };
        assert_eq!(
            pose_of(Character::GrownUp, leaving(0.1), 0.0, false).alpha,
            1.0
        );
        assert!(pose_of(Character::GrownUp, leaving(1.0), 0.0, false).alpha < 0.05);
        // Reduced motion: no gliding, but the grown-up still goes.
        assert!(pose_of(Character::GrownUp, leaving(1.0), 0.0, true).alpha < 0.05);
    }

    #[test]
    fn a_default_session_gives_a_journey_that_ends_with_it() {
        let settings = Settings::default();
        let length = journey_length(false, None, &settings);
        assert_eq!(
            length + Journey::reunion_seconds(),
            settings.session_minutes.seconds()
        );
        assert_eq!(journey_length(true, None, &settings), Journey::shortest());
    }
}
