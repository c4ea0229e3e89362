//! The child's hands in the bottom corners of both games. The right hand carries the Love
//! Connection: tapped, it gets a heart drawn on it dot by dot; pressed, it sends a heart flying
//! to the grown-up wherever the game has them (behind the blanket, on the bus), who is zapped
//! ("bzzzz", a jolt, a buzz of the device where it can) and sends one back. The left hand shows
//! once the grown-up has kissed it in a goodbye ritual: pressed, it gives the kiss again.

use bevy::{prelude::*, window::PrimaryWindow};
use see_you_soon_model::{figure::ease, pictures::ScenePicture};

use super::rules::{
    FELT_SECONDS, Flight, LoveConnection, LoveEvent, OUTLINE_POINTS, Phase, ZAP_SECONDS,
    heart_outline, outline_drawn,
};
use crate::{
    assets::{GameAssets, GrownUpPictures, JourneyPictures},
    dom_mirror::DomMirror,
    flow::Screen,
    games::play,
    narration::{Line, Narrator, lines::Key, words_from},
    platform,
    progress::Progress,
    settings::Settings,
    sound::Sounds,
    theme::{figure::Appearance, interaction::ReducedMotion, palette, widget},
};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Love>();
    for screen in [Screen::Peekaboo, Screen::Journey, Screen::Morning] {
        app.add_systems(OnEnter(screen), spawn_hands);
        app.add_systems(OnExit(screen), land_the_love);
    }
    app.add_systems(
        Update,
        (
            run_love,
            show_the_drawing,
            show_the_kissing_hand,
            fly_the_heart,
            wiggle_marks,
            jolt,
        )
            .chain()
            .run_if(
                in_state(Screen::Peekaboo)
                    .or_else(in_state(Screen::Journey))
                    .or_else(in_state(Screen::Morning)),
            ),
    );
}

/// The Love Connection of this visit: the heart, once drawn, stays drawn from game to game.
#[derive(Resource, Debug, Default)]
pub struct Love(pub LoveConnection);

/// Where the grown-up is on the current screen: the games put this on whatever shows them
/// (the peekaboo stage, the doorway, the window at work, the traveller on the way home).
#[derive(Component, Debug, Default, Clone, Copy)]
pub struct LoveReceiver;

/// Love has left the child's hand (the morning goodbye waits for it).
#[derive(Event, Debug, Clone, Copy)]
pub struct LoveSent;

#[derive(Component)]
struct LoveHand;

#[derive(Component)]
struct KissingHand;

/// A point of the heart's outline on the palm: its place in drawing order, and where it is
/// (percent of the hand).
#[derive(Component)]
struct OutlinePoint {
    index: usize,
    at: (f32, f32),
}

/// How much of the outline the hand shows: it follows the taps at a finger's pace, so each
/// tap is a stroke drawn, not a jump.
#[derive(Component, Default)]
struct Drawn {
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
struct DrawingFinger;

#[derive(Component)]
struct DrawnHeart;

#[derive(Component)]
struct FlyingHeart;

/// A heart (or a kiss) that wiggles on whoever feels it, then goes.
#[derive(Component)]
struct FeltMark {
    age: f32,
    lasts: f32,
}

/// The grown-up's comic jolt: a quick tilt one way and the other, dying down. Only the tilt is
/// touched, so the games' own moves (a hop on the way home) go on underneath.
#[derive(Component)]
struct Jolt {
    age: f32,
}

/// The hands' side, as a share of the screen's shorter side: over 2 cm on any tablet.
const HAND_VMIN: f32 = 21.0;
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

const POINT_EMPTY: (f32, Color) = (5.0, Color::srgba(1.0, 1.0, 1.0, 0.9));
const POINT_FILLED: (f32, Color) = (6.5, Color::srgb(0.95, 0.45, 0.54));
/// Outline points drawn a second: one tap's stroke of four takes half a second.
const DRAWING_PACE: f32 = 8.0;
/// Seconds the finger stays on the hand after a stroke.
const FINGER_STAYS: f32 = 0.8;
/// The pointing hand's width and height, in percent of the child's hand; its fingertip is
/// the middle of its bottom edge.
const POINTING_HAND: (f32, f32) = (32.0, 58.0);

#[allow(clippy::too_many_arguments)]
fn spawn_hands(
    mut commands: Commands,
    screen: Res<State<Screen>>,
    love: Res<Love>,
    assets: Res<GameAssets>,
    grown_up: Res<GrownUpPictures>,
    pictures: Res<JourneyPictures>,
) {
    let layer = commands
        .spawn((
            Name::new("Hands"),
            Node {
                position_type: PositionType::Absolute,
                width: Val::Percent(100.0),
                height: Val::Percent(100.0),
                ..default()
            },
            // Above the game's own screen, in drawing and in taps.
            GlobalZIndex(10),
            Pickable::IGNORE,
            DespawnOnExit(*screen.get()),
        ))
        .id();
    let hand_node = |left: Val, right: Val| Node {
        position_type: PositionType::Absolute,
        left,
        right,
        bottom: Val::VMin(4.0),
        width: Val::VMin(HAND_VMIN),
        height: Val::VMin(HAND_VMIN),
        ..default()
    };
    let full = || Node {
        position_type: PositionType::Absolute,
        width: Val::Percent(100.0),
        height: Val::Percent(100.0),
        ..default()
    };
    // A soft round button behind each hand, as behind every other thing to press (a hand
    // alone in a corner read as a sticker).
    let disc = || {
        (
            Node {
                position_type: PositionType::Absolute,
                left: Val::Percent(-6.0),
                top: Val::Percent(-6.0),
                width: Val::Percent(112.0),
                height: Val::Percent(112.0),
                border_radius: BorderRadius::all(Val::Percent(50.0)),
                ..default()
            },
            BackgroundColor(palette::PEACH),
            Pickable::IGNORE,
        )
    };

    let love_hand = commands
        .spawn((
            widget::tappable("love-hand"),
            LoveHand,
            // A heart drawn on an earlier screen is already there, not drawn again.
            Drawn::already(outline_target(&love.0)),
            hand_node(Val::Auto, Val::VMin(4.0)),
            ChildOf(layer),
            children![disc(), widget::picture(grown_up.hands.clone(), full())],
        ))
        .observe(press_love_hand)
        .id();
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
    // A pointing hand, as in a picture book: the grown-up's cuff, a fist with curled fingers
    // and the index finger reaching down to the palm (a lone finger read as a stick or a
    // thermometer; a sleeve on a finger, as a bandage). Its edge is darker than the child's
    // hand's, as both are the family's skin tone.
    let looks = Appearance::grown_up(grown_up.look);
    let skin = looks.hands();
    let part = |left: f32, top: f32, width: f32, height: f32| Node {
        position_type: PositionType::Absolute,
        left: Val::Percent(left),
        top: Val::Percent(top),
        width: Val::Percent(width),
        height: Val::Percent(height),
        border: UiRect::all(Val::VMin(0.4)),
        border_radius: BorderRadius::all(Val::Percent(45.0)),
        ..default()
    };
    let pointing_hand = commands
        .spawn((
            Name::new("Drawing finger"),
            DrawingFinger,
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
    // Back to front: the index finger, the fist over its root, the curled finger and the
    // thumb, the cuff.
    for (name, node, colour) in [
        ("Index finger", part(31.0, 40.0, 38.0, 60.0), skin),
        ("Fist", part(4.0, 14.0, 92.0, 38.0), skin),
        ("Curled finger", part(62.0, 38.0, 30.0, 20.0), skin),
        ("Thumb", part(2.0, 34.0, 30.0, 20.0), skin),
        ("Cuff", part(12.0, 0.0, 76.0, 20.0), looks.top),
    ] {
        commands.spawn((
            Name::new(name),
            node,
            BackgroundColor(colour),
            BorderColor::all(colour.darker(0.3)),
            Pickable::IGNORE,
            ChildOf(pointing_hand),
        ));
    }
    // A fingernail, so the finger's end reads as its tip.
    commands.spawn((
        Name::new("Fingernail"),
        Node {
            position_type: PositionType::Absolute,
            left: Val::Percent(39.0),
            bottom: Val::Percent(3.0),
            width: Val::Percent(22.0),
            height: Val::Percent(9.0),
            border_radius: BorderRadius::all(Val::Percent(50.0)),
            ..default()
        },
        BackgroundColor(skin.lighter(0.12)),
        Pickable::IGNORE,
        ChildOf(pointing_hand),
    ));

    commands
        .spawn((
            widget::tappable("kissing-hand"),
            KissingHand,
            hand_node(Val::VMin(4.0), Val::Auto),
            Visibility::Hidden,
            ChildOf(layer),
            children![
                disc(),
                (
                    widget::picture(grown_up.hands.clone(), full()),
                    // The left hand: the same picture, mirrored.
                    UiTransform::from_scale(Vec2::new(-1.0, 1.0)),
                ),
                widget::picture(
                    pictures.get(ScenePicture::KissMark),
                    Node {
                        position_type: PositionType::Absolute,
                        left: Val::Percent(30.0),
                        top: Val::Percent(42.0),
                        width: Val::Percent(40.0),
                        height: Val::Percent(40.0),
                        ..default()
                    },
                ),
            ],
        ))
        .observe(press_kissing_hand);

    commands.spawn((
        FlyingHeart,
        widget::picture(
            assets.heart.clone(),
            Node {
                position_type: PositionType::Absolute,
                ..default()
            },
        ),
        Visibility::Hidden,
        ChildOf(layer),
    ));
}

fn land_the_love(mut love: ResMut<Love>, mut mirror: ResMut<DomMirror>) {
    love.0.settle();
    mirror.love.clear();
}

fn press_love_hand(
    mut press: On<Pointer<Press>>,
    mut love: ResMut<Love>,
    mut answers: AnswerLove,
    hands: Query<Entity, With<LoveHand>>,
) {
    press.propagate(false);
    let event = love.0.press();
    answers.answer(event, &hands, &[]);
}

fn press_kissing_hand(
    mut press: On<Pointer<Press>>,
    mut commands: Commands,
    settings: Res<Settings>,
    sounds: Option<Res<Sounds>>,
    pictures: Res<JourneyPictures>,
    mut narrator: ResMut<Narrator>,
) {
    press.propagate(false);
    // Pressed on purpose, for comfort: heard whole, never cut off by the game's next prompt.
    narrator.say_kept(Line::Game(Key::KissInYourHand), &words_from(&settings));
    if let Some(sounds) = sounds {
        play(&mut commands, &sounds.hug);
    }
    spawn_felt_mark(
        &mut commands,
        press.entity,
        pictures.get(ScenePicture::KissMark),
        FELT_SECONDS,
    );
}

/// What answers a Love Connection event: words, a sound, a buzz, a heart on whoever feels it.
#[derive(bevy::ecs::system::SystemParam)]
struct AnswerLove<'w, 's> {
    commands: Commands<'w, 's>,
    settings: Res<'w, Settings>,
    assets: Res<'w, GameAssets>,
    sounds: Option<Res<'w, Sounds>>,
    narrator: ResMut<'w, Narrator>,
}

impl AnswerLove<'_, '_> {
    /// `hand` is the child's hand; `receivers` where the grown-up is (may be none).
    fn answer(
        &mut self,
        event: LoveEvent,
        hand: &Query<Entity, With<LoveHand>>,
        receivers: &[Entity],
    ) {
        if event == LoveEvent::Sent {
            self.commands.trigger(LoveSent);
        }
        let words = words_from(&self.settings);
        let line = match event {
            LoveEvent::DotDrawn(1) => Some(Key::LoveDrawing),
            LoveEvent::HeartDrawn => Some(Key::LoveHeartDrawn),
            LoveEvent::Zapped => Some(Key::LoveZapped),
            LoveEvent::SentBack => Some(Key::LoveSentBack),
            _ => None,
        };
        if let Some(key) = line {
            self.narrator.say(Line::Game(key), &words);
        }
        let sound = match event {
            LoveEvent::DotDrawn(_) | LoveEvent::Sent => Some(self.assets.tap_chime.clone()),
            LoveEvent::HeartDrawn | LoveEvent::Felt => {
                self.sounds.as_ref().map(|s| s.hearts.clone())
            }
            LoveEvent::Zapped => self.sounds.as_ref().map(|s| s.love_buzz.clone()),
            LoveEvent::SentBack | LoveEvent::AlreadyOnItsWay => None,
        };
        if let Some(sound) = sound {
            play(&mut self.commands, &sound);
        }
        match event {
            LoveEvent::Zapped => {
                // The grown-up's jolt, felt in the child's hands too where the device can.
                platform::vibrate(&[90, 60, 90, 60, 90]);
                if let Some(&receiver) = receivers.first() {
                    self.commands.entity(receiver).insert(Jolt { age: 0.0 });
                    spawn_felt_mark(
                        &mut self.commands,
                        receiver,
                        self.assets.heart.clone(),
                        ZAP_SECONDS,
                    );
                }
            }
            LoveEvent::Felt => {
                platform::vibrate(&[150]);
                if let Ok(hand) = hand.single() {
                    spawn_felt_mark(
                        &mut self.commands,
                        hand,
                        self.assets.heart.clone(),
                        FELT_SECONDS,
                    );
                }
            }
            _ => {}
        }
    }
}

fn spawn_felt_mark(commands: &mut Commands, on: Entity, picture: Handle<Image>, lasts: f32) {
    commands.spawn((
        Name::new("Felt"),
        FeltMark { age: 0.0, lasts },
        Node {
            position_type: PositionType::Absolute,
            width: Val::Percent(100.0),
            height: Val::Percent(100.0),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            ..default()
        },
        UiTransform::default(),
        ZIndex(5),
        Pickable::IGNORE,
        ChildOf(on),
        children![widget::picture(
            picture,
            Node {
                width: Val::Percent(60.0),
                aspect_ratio: Some(1.0),
                ..default()
            },
        )],
    ));
}

fn run_love(
    time: Res<Time>,
    mut love: ResMut<Love>,
    mut answers: AnswerLove,
    hands: Query<Entity, With<LoveHand>>,
    receivers: Query<Entity, With<LoveReceiver>>,
    mut mirror: ResMut<DomMirror>,
) {
    if let Some(event) = love.0.tick(time.delta_secs()) {
        let receivers: Vec<Entity> = receivers.iter().collect();
        answers.answer(event, &hands, &receivers);
    }
    let label = love.0.label();
    if mirror.love != label {
        mirror.love = label;
    }
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
#[allow(clippy::type_complexity)]
fn show_the_drawing(
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

fn show_the_kissing_hand(
    progress: Res<Progress>,
    mut hand: Query<&mut Visibility, With<KissingHand>>,
) {
    for mut visibility in &mut hand {
        visibility.set_if_neq(if progress.palm_kissed {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        });
    }
}

/// Places the travelling heart between the child's hand and the grown-up, on a gentle arc.
/// With reduced motion it does not glide: it shows by the hand, then by the grown-up.
fn fly_the_heart(
    love: Res<Love>,
    reduced: Res<ReducedMotion>,
    window: Option<Single<&Window, With<PrimaryWindow>>>,
    hand: Query<&UiGlobalTransform, With<LoveHand>>,
    receivers: Query<&UiGlobalTransform, With<LoveReceiver>>,
    mut heart: Query<(&mut Node, &mut Visibility), With<FlyingHeart>>,
) {
    let Some(window) = window else {
        return;
    };
    let Ok((mut node, mut visibility)) = heart.single_mut() else {
        return;
    };
    let (Some((way, along)), Ok(hand)) = (love.0.flight(), hand.single()) else {
        visibility.set_if_neq(Visibility::Hidden);
        return;
    };
    // Physical pixels to the layout's logical ones.
    let scale = window.scale_factor().max(0.1);
    let child = hand.translation / scale;
    let grown_up = receivers
        .iter()
        .next()
        .map_or(window.size() / 2.0, |at| at.translation / scale);
    let (from, to) = match way {
        Flight::ToGrownUp => (child, grown_up),
        Flight::ToChild => (grown_up, child),
    };
    let shorter_side = window.width().min(window.height());
    let along = along.clamp(0.0, 1.0);
    let (point, size) = if reduced.0 {
        (if along < 0.5 { from } else { to }, 0.12 * shorter_side)
    } else {
        let eased = along * along * (3.0 - 2.0 * along);
        let arc = (eased * std::f32::consts::PI).sin() * 0.15 * shorter_side;
        (
            from.lerp(to, eased) - Vec2::new(0.0, arc),
            (0.10 + 0.04 * (along * std::f32::consts::PI).sin()) * shorter_side,
        )
    };
    node.left = Val::Px(point.x - size / 2.0);
    node.top = Val::Px(point.y - size / 2.0);
    node.width = Val::Px(size);
    node.height = Val::Px(size);
    visibility.set_if_neq(Visibility::Inherited);
}

/// The zap: the heart on whoever feels it swells and wiggles a little (two and a half times a
/// second, never a flash), then goes. With reduced motion it only shows.
fn wiggle_marks(
    mut commands: Commands,
    time: Res<Time>,
    reduced: Res<ReducedMotion>,
    mut marks: Query<(Entity, &mut FeltMark, &mut UiTransform)>,
) {
    for (entity, mut mark, mut transform) in &mut marks {
        mark.age += time.delta_secs();
        if mark.age >= mark.lasts {
            commands.entity(entity).despawn();
            continue;
        }
        if reduced.0 {
            continue;
        }
        let left = 1.0 - mark.age / mark.lasts;
        let wiggle = (mark.age * std::f32::consts::TAU * 2.5).sin() * 1.5 * left;
        transform.translation = Val2::new(Val::VMin(wiggle), Val::ZERO);
        transform.scale =
            Vec2::splat(1.0 + 0.3 * (mark.age / mark.lasts * std::f32::consts::PI).sin());
    }
}

fn jolt(
    mut commands: Commands,
    time: Res<Time>,
    reduced: Res<ReducedMotion>,
    mut jolted: Query<(Entity, &mut Jolt, &mut UiTransform)>,
) {
    for (entity, mut jolt, mut transform) in &mut jolted {
        jolt.age += time.delta_secs();
        let left = 1.0 - jolt.age / ZAP_SECONDS;
        let tilt = if reduced.0 || left <= 0.0 {
            0.0
        } else {
            (jolt.age * std::f32::consts::TAU * 2.5).sin() * 6.0 * left
        };
        let rotation = Rot2::degrees(tilt);
        if transform.rotation != rotation {
            transform.rotation = rotation;
        }
        if left <= 0.0 {
            commands.entity(entity).remove::<Jolt>();
        }
    }
}
