//! The child's hands in the bottom corners of both games. The right hand carries the Love
//! Connection: tapped, it gets a heart drawn on it dot by dot; pressed, it sends a heart flying
//! to the grown-up wherever the game has them (behind the blanket, on the bus), who is zapped
//! ("bzzzz", a jolt, a buzz of the device where it can) and sends one back. The left hand shows
//! once the grown-up has kissed it in a goodbye ritual: pressed, it gives the kiss again.

use bevy::{prelude::*, window::PrimaryWindow};
use see_you_soon_model::{choices::Look, journey::story::Story, pictures::ScenePicture};

use super::{
    drawing::{self, spawn_drawing},
    rules::{FELT_SECONDS, Flight, LoveConnection, LoveEvent, ZAP_SECONDS},
};
use crate::{
    assets::{GameAssets, GrownUpPictures, JourneyPictures},
    dom_mirror::DomMirror,
    flow::{ChildsTurn, Screen},
    games::{PeekabooWith, play},
    narration::{Line, Narrator, lines::Key, words_from},
    platform,
    progress::Progress,
    settings::Settings,
    sound::Sound,
    theme::{
        figure::{Appearance, Frame, Portrait, spawn_portrait},
        interaction::ReducedMotion,
        palette, widget,
    },
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
            drawing::show_the_drawing,
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
pub(super) struct LoveHand;

#[derive(Component)]
struct KissingHand;

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
pub(super) const HAND_VMIN: f32 = 21.0;
/// The portrait of whoever the love goes to, as a share of the hand's side.
const PORTRAIT_SHARE: f32 = 46.0;

#[allow(clippy::too_many_arguments)]
fn spawn_hands(
    mut commands: Commands,
    screen: Res<State<Screen>>,
    love: Res<Love>,
    assets: Res<GameAssets>,
    grown_up: Res<GrownUpPictures>,
    pictures: Res<JourneyPictures>,
    settings: Res<Settings>,
    childs_turn: Res<ChildsTurn>,
    peekaboo_with: Res<PeekabooWith>,
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
            hand_node(Val::Auto, Val::VMin(4.0)),
            ChildOf(layer),
            children![disc(), widget::picture(grown_up.hands.clone(), full())],
        ))
        .observe(press_love_hand)
        .id();
    spawn_drawing(&mut commands, love_hand, &love, &assets, &grown_up);
    // Who the love goes to, at the hand's inner top corner: the two hands were both a palm
    // with a mark on it, and nothing said where this one's heart would go. In the foxes'
    // journey the love goes to the fox mother.
    // In peekaboo it goes to whoever the child chose to play with.
    let foxes = *screen.get() == Screen::Journey
        && Story::new(settings.journey_theme, childs_turn.0) == Story::Foxes;
    let (receiver_place, receiver_look) = if *screen.get() == Screen::Peekaboo {
        let place = peekaboo_with.place(&settings);
        let look = settings
            .grown_ups
            .get(place)
            .map_or(grown_up.look, |g| g.look);
        (place, look)
    } else {
        (grown_up.place, grown_up.look)
    };
    let receiver = if foxes { Look::Fox } else { receiver_look };
    spawn_portrait(
        &mut commands,
        love_hand,
        Portrait {
            looks: Appearance::grown_up(receiver),
            photo_of: (!foxes).then_some(receiver_place.into()),
            placement: Node {
                position_type: PositionType::Absolute,
                left: Val::Percent(-20.0),
                top: Val::Percent(-24.0),
                width: Val::Percent(PORTRAIT_SHARE),
                height: Val::Percent(PORTRAIT_SHARE),
                ..default()
            },
            figure_height: HAND_VMIN * PORTRAIT_SHARE / 100.0 * 1.95,
            frame: Frame {
                glass: palette::SKY,
                rim: palette::PEACH,
                rim_width: 0.8,
            },
            seed: 5,
        },
    );

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
    pictures: Res<JourneyPictures>,
    mut narrator: ResMut<Narrator>,
) {
    press.propagate(false);
    // Pressed on purpose, for comfort: heard whole, never cut off by the game's next prompt.
    narrator.say_kept(Line::Game(Key::KissInYourHand), &words_from(&settings));
    play(&mut commands, Sound::Hug);
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
            LoveEvent::DotDrawn(_) | LoveEvent::Sent => Some(Sound::TapChime),
            LoveEvent::HeartDrawn | LoveEvent::Felt => Some(Sound::Hearts),
            LoveEvent::Zapped => Some(Sound::LoveBuzz),
            LoveEvent::SentBack | LoveEvent::AlreadyOnItsWay => None,
        };
        if let Some(sound) = sound {
            play(&mut self.commands, sound);
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
