//! The peekaboo screen: the grown-up (or a teddy) in the middle, the rules ticking, taps turned
//! into the rules' [`Tap`]s, and each [`Happening`] answered with a caption, a sound or hearts.

use bevy::prelude::*;

use super::{
    hearts::{HeartsLayer, burst_hearts},
    parts::{
        PartNode, PicturePerRound, door_frame, hinges, part_block, part_image, part_photo,
        stage_area,
    },
    pose::{self, Part, STAGE_HEIGHT, STAGE_WIDTH},
    posing::{Hider, apply_pose, view_now},
    rules::{Happening, HidingStyle, Ladder, Peekaboo, Tap},
};
use crate::{
    assets::{GameAssets, GrownUpPictures},
    dom_mirror::{DomMirror, TapTarget},
    flow::Screen,
    games::{
        PeekabooWith,
        love::hands::LoveReceiver,
        play,
        play_loop::{self, Game, Happened, PlayClock, PlaySystems, send_tap, tap_as, tap_behind},
    },
    narration::{Line, Narrator, lines::Key, lines::Words, queue::Weight, speech_bubble},
    progress::Progress,
    settings::{Place, Settings},
    sound::Sound,
    theme::{
        figure::{Appearance, figure_box, spawn_figure},
        interaction::ReducedMotion,
        prelude::*,
        widget,
    },
};
use see_you_soon_model::figure::Side;

pub(super) fn plugin(app: &mut App) {
    play_loop::add_game::<Peekaboo>(app, Screen::Peekaboo);
    app.add_systems(OnEnter(Screen::Peekaboo), start_game);
    app.add_systems(OnExit(Screen::Peekaboo), |mut commands: Commands| {
        commands.remove_resource::<StageMemory>();
        commands.remove_resource::<Hiding>();
    });
    app.add_systems(
        Update,
        (answer_happenings, settle_cup_lifts, apply_pose)
            .chain()
            .in_set(PlaySystems::Answer)
            .run_if(in_state(Screen::Peekaboo)),
    );
}

/// The game in progress.
pub type PeekabooGame = Game<Peekaboo>;

/// What the stage remembers between frames that the rules and the loop do not: wrong cups
/// still lifted.
#[derive(Resource, Debug, Default)]
pub(super) struct StageMemory {
    pub(super) cup_lifts: [f32; 3],
}

#[derive(Component)]
struct Stage;

/// The grown-up's size on the stage (the pose places the hands over their face by it).
const FIGURE_SCALE: f32 = pose::GROWN_UP_SCALE;

/// How long a wrong cup stays up to show it is empty.
const CUP_LIFT_SECONDS: f32 = 0.9;
/// What is said at a moment of the game, and whether it is heard to the end.
pub fn line_for(happening: Happening, style: HidingStyle) -> Option<(Key, Weight)> {
    let key = match happening {
        Happening::RoundStarted { .. } => Key::PeekabooHere,
        Happening::HideStarted => match style {
            HidingStyle::ToyUnderCups { .. } => Key::PeekabooWatchCups,
            _ => Key::PeekabooWhere,
        },
        Happening::CupHint { .. } => Key::PeekabooPeekingOut,
        Happening::EmptyCup { .. } => Key::PeekabooNotInThere,
        Happening::RevealStarted { .. } if style.hides_grown_up() => Key::PeekabooBack,
        Happening::RevealStarted { .. } => Key::PeekabooToyFound,
        Happening::Finished => return Some((Key::PeekabooByeBye, Weight::Kept)),
        Happening::Hidden | Happening::Wobble | Happening::Celebrate => return None,
    };
    Some((key, Weight::Passing))
}

/// The words for a line: `{who}` is the grown-up hiding, or the toy in the toy rounds.
pub fn words_for(
    style: HidingStyle,
    hiding: Place,
    settings: &Settings,
    narrator: &Narrator,
) -> Words {
    let mut words = settings.words_about(hiding);
    match style {
        HidingStyle::ToyUnderCover => words.who = narrator.text(Key::Teddy),
        HidingStyle::ToyUnderCups { .. } => words.who = narrator.text(Key::Duck),
        _ => {}
    }
    words
}

#[allow(clippy::too_many_arguments)]
fn start_game(
    mut commands: Commands,
    assets: Res<GameAssets>,
    settings: Res<Settings>,
    with: Res<PeekabooWith>,
    server: Res<AssetServer>,
    progress: Res<Progress>,
    time: Res<Time<Real>>,
    mut mirror: ResMut<DomMirror>,
    mut happened: MessageWriter<Happened<Peekaboo>>,
) {
    // Varies which cup the toy picks from one visit to the next.
    let seed = time.elapsed().as_nanos() as u32 ^ 0x9E37_79B9;
    let game = Peekaboo::new(Ladder::starting_at(progress.peekaboo_wait), seed);
    play_loop::start(&mut commands, game, &mut happened, &mut mirror);
    commands.insert_resource(StageMemory::default());
    // Whoever the child chose on Home hides: their look, hands, photo and name.
    let place = with.place(&settings);
    let look = settings
        .grown_ups
        .get(place)
        .map_or(settings.grown_up().look, |g| g.look);
    let pictures = GrownUpPictures::for_grown_up(place, look, settings.childs_look(), &server);
    commands.insert_resource(Hiding(place));

    let root = commands
        .spawn((
            widget::screen_root("Peekaboo screen"),
            DespawnOnExit(Screen::Peekaboo),
        ))
        .observe(tap_behind::<Peekaboo>(Tap::Elsewhere))
        .id();
    commands.spawn((speech_bubble(5.5, 8.0), ChildOf(root)));
    let frame = commands
        .spawn((
            Name::new("Stage frame"),
            // Love sent from the child's hand arrives here, wherever the grown-up hides.
            LoveReceiver,
            Node {
                width: Val::VMin(STAGE_WIDTH),
                height: Val::VMin(STAGE_HEIGHT),
                flex_shrink: 0.0,
                ..default()
            },
            ChildOf(root),
        ))
        .id();
    let stage = commands
        .spawn((
            stage_area(),
            Stage,
            TapTarget("hiding-place"),
            PressBounce::default(),
            ChildOf(frame),
        ))
        .observe(tap_stage)
        .id();

    // The door's frame behind the grown-up: they stand on its threshold.
    commands.spawn((door_frame(), ChildOf(stage)));
    // The grown-up, head to feet, so a blanket can leave the feet showing.
    let grown_up = spawn_figure(
        &mut commands,
        stage,
        Appearance::grown_up(pictures.look),
        FIGURE_SCALE,
        1,
    );
    commands.entity(grown_up).insert((
        Name::new("GrownUp"),
        PartNode(Part::GrownUp),
        Node {
            position_type: PositionType::Absolute,
            ..figure_box(Appearance::grown_up(pictures.look), FIGURE_SCALE)
        },
        Visibility::Hidden,
    ));
    // Their photo, when the family kept one: it hides and comes back instead.
    commands.spawn((part_photo(pictures.place), ChildOf(stage)));
    // Sleeves for the arms that hold the big hands over the face, over the body.
    let sleeve = Appearance::grown_up(pictures.look).top;
    for side in [Side::Left, Side::Right] {
        for part in [Part::UpperArm(side), Part::Forearm(side)] {
            commands.spawn((part_block(part, sleeve), ChildOf(stage)));
        }
    }
    commands.spawn((
        part_image(
            Part::Door,
            // The door fills only the middle of its square picture; show just that part.
            // Stretched, so it can narrow as it swings.
            ImageNode {
                rect: Some(Rect::new(128.0, 32.0, 384.0, 480.0)),
                image_mode: NodeImageMode::Stretch,
                ..ImageNode::new(assets.door.clone())
            },
        ),
        ChildOf(stage),
    ));
    commands.spawn((hinges(), ChildOf(stage)));
    commands.spawn((
        part_image(Part::Toy, ImageNode::new(assets.teddy.clone())),
        // One toy, one size: a big teddy under the blanket, a small duck under the cups (the
        // teddy in two sizes read as two teddies).
        PicturePerRound {
            usual: assets.teddy.clone(),
            other: assets.duck.clone(),
            uses_other: |style| matches!(style, HidingStyle::ToyUnderCups { .. }),
        },
        ChildOf(stage),
    ));
    for cup in 0..3u8 {
        commands
            .spawn((
                part_image(Part::Cup(cup), ImageNode::new(assets.cup.clone())),
                TapTarget(["cup-0", "cup-1", "cup-2"][cup as usize]),
                PressBounce::default(),
                ChildOf(stage),
            ))
            .observe(tap_as::<Peekaboo>(Tap::Cup(cup)));
    }
    commands.spawn((part_block(Part::LiftingArm, sleeve), ChildOf(stage)));
    commands.spawn((
        part_image(Part::LiftingHand, ImageNode::new(pictures.hands.clone())),
        ChildOf(stage),
    ));
    commands.spawn((
        part_image(Part::Blanket, ImageNode::new(assets.blanket.clone())),
        // Over the teddy, the blanket drapes round it, ears and all (flat, it read as a board).
        PicturePerRound {
            usual: assets.blanket.clone(),
            other: assets.blanket_over_toy.clone(),
            uses_other: |style| style == HidingStyle::ToyUnderCover,
        },
        ChildOf(stage),
    ));
    commands.spawn((part_block(Part::PeekingArm, sleeve), ChildOf(stage)));
    commands.spawn((
        part_image(Part::PeekingHand, ImageNode::new(pictures.hands.clone())),
        ChildOf(stage),
    ));
    commands.spawn((
        part_image(Part::LeftHand, ImageNode::new(pictures.hands.clone())),
        ChildOf(stage),
    ));
    commands.spawn((
        part_image(Part::RightHand, ImageNode::new(pictures.hands.clone())),
        // Mirrored, so both thumbs point inwards.
        UiTransform::from_scale(Vec2::new(-1.0, 1.0)),
        ChildOf(stage),
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
        ChildOf(frame),
    ));

    crate::games::spawn_leave_corner(&mut commands, root, assets.home.clone());
}

/// The stage is the hiding place, except in a cup round, where only the cups are.
fn tap_stage(
    mut press: On<Pointer<Press>>,
    game: Option<ResMut<PeekabooGame>>,
    mut happened: MessageWriter<Happened<Peekaboo>>,
) {
    press.propagate(false);
    let tap = match game.as_ref().map(|g| g.0.style()) {
        Some(HidingStyle::ToyUnderCups { .. }) => Tap::Elsewhere,
        _ => Tap::HidingPlace,
    };
    send_tap(game, &mut happened, tap);
}

#[allow(clippy::too_many_arguments)]
fn answer_happenings(
    mut happened: MessageReader<Happened<Peekaboo>>,
    game: Res<PeekabooGame>,
    mut clock: ResMut<PlayClock<Peekaboo>>,
    mut memory: ResMut<StageMemory>,
    settings: Res<Settings>,
    mut progress: ResMut<Progress>,
    assets: Res<GameAssets>,
    reduced: Res<ReducedMotion>,
    mut commands: Commands,
    mut narrator: ResMut<Narrator>,
    mut stage: Query<&mut PressBounce, With<Stage>>,
    hearts_layer: Query<Entity, With<HeartsLayer>>,
    hider: Hider,
) {
    for Happened(happening) in happened.read().copied() {
        let style = game.0.style();
        if let Some((key, weight)) = line_for(happening, style) {
            let words = words_for(style, hider.hiding.0, &settings, &narrator);
            narrator.offer(Line::Game(key), &words, weight);
        }
        match happening {
            Happening::Wobble | Happening::EmptyCup { .. } => {
                if let Happening::EmptyCup { cup } = happening {
                    memory.cup_lifts[usize::from(cup.min(2))] = 1.0;
                } else {
                    for mut bounce in &mut stage {
                        bounce.restart();
                    }
                }
                if clock.boop_now() {
                    play(&mut commands, Sound::SoftBoop);
                }
            }
            Happening::RevealStarted { .. } => {
                play(&mut commands, Sound::RevealTada);
                // The ladder moved: keep it for the next session.
                let wait = game.0.ladder().wait();
                if progress.peekaboo_wait != wait {
                    progress.peekaboo_wait = wait;
                }
            }
            Happening::Celebrate => {
                if let Ok(layer) = hearts_layer.single() {
                    let view =
                        view_now(&game.0, clock.seconds, &memory, reduced.0, hider.as_photo());
                    let (across, down) = pose::hearts_origin(&view);
                    let origin = Vec2::new(across, down);
                    let clearance = pose::hearts_clearance(&view);
                    burst_hearts(
                        &mut commands,
                        layer,
                        &assets.heart,
                        origin,
                        clearance,
                        reduced.0,
                    );
                }
                play(&mut commands, Sound::Hearts);
            }
            _ => {}
        }
    }
}

fn settle_cup_lifts(time: Res<Time>, mut memory: ResMut<StageMemory>) {
    let step = time.delta_secs() / CUP_LIFT_SECONDS;
    for lift in &mut memory.cup_lifts {
        *lift = (*lift - step).max(0.0);
    }
}

/// Who hides in this game: the family's grown-up at this place.
#[derive(Resource, Debug, Clone, Copy)]
pub struct Hiding(pub Place);
