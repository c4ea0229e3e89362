//! Home: three big pictures for the games (peekaboo, the grown-up's journey home, the child's
//! turn to go), two smaller ones below (the week calendar, the morning goodbye practice), and a
//! quiet corner button for grown-ups.

use bevy::{prelude::*, window::PrimaryWindow};

use super::who_hides;
use crate::{
    assets::LaunchAssets,
    dom_mirror::DomMirror,
    flow::{ChildsTurn, Screen},
    games::PeekabooWith,
    narration::{Line, Narrator, lines::Key, lines::Words, speech_bubble},
    settings::Settings,
    theme::{hold::HoldComplete, letters::GameLetters, prelude::*, widget::Corner},
};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Home), spawn_home_screen);
    app.add_systems(
        Update,
        break_the_row_in_landscape.run_if(in_state(Screen::Home)),
    );
}

#[derive(Component)]
struct HomeRoot;

#[derive(Component)]
struct HomeCards;

/// Peekaboo: with several grown-ups, first the faces to choose who hides; with one, straight
/// to the game with them.
#[allow(clippy::too_many_arguments)]
fn ask_who_hides_or_play(
    _: On<Pointer<Press>>,
    settings: Res<Settings>,
    assets: Res<LaunchAssets>,
    root: Single<Entity, With<HomeRoot>>,
    cards: Single<Entity, With<HomeCards>>,
    mut commands: Commands,
    mut narrator: ResMut<Narrator>,
    mut mirror: ResMut<DomMirror>,
    mut with: ResMut<PeekabooWith>,
    mut next: ResMut<NextState<Screen>>,
    letters: GameLetters,
) {
    if who_hides::asks_who_hides(&settings) {
        who_hides::open(
            &mut commands,
            (*root, *cards),
            &settings,
            (assets.font.clone(), &letters),
            &mut narrator,
            &mut mirror,
        );
    } else {
        with.0 = None;
        next.set(Screen::Peekaboo);
    }
}

/// Ends the games' line on a landscape tablet; gone in portrait and on wide windows.
#[derive(Component)]
struct RowBreak;

/// Width over height from which all five cards fit on one line (148 vmin of cards and gaps,
/// 12 of padding), with a little to spare.
const ONE_LINE_ASPECT: f32 = 1.62;

fn break_the_row_in_landscape(
    window: Option<Single<&Window, With<PrimaryWindow>>>,
    mut breaks: Query<&mut Node, With<RowBreak>>,
) {
    let Some(window) = window else {
        return;
    };
    let aspect = window.width() / window.height().max(1.0);
    let wanted = if (1.0..ONE_LINE_ASPECT).contains(&aspect) {
        Display::Flex
    } else {
        Display::None
    };
    for mut node in &mut breaks {
        // Compared first: a write would mark the layout dirty every frame.
        if node.display != wanted {
            node.display = wanted;
        }
    }
}

/// The cards' captions, in the order they are shown.
pub const CARD_CAPTIONS: [Key; 5] = [
    Key::CardPeekaboo,
    Key::CardJourney,
    Key::CardMyTurn,
    Key::CardCalendar,
    Key::CardMorning,
];

/// The games' cards, as a share of the screen's shorter side: over 5 cm on a 10-inch tablet.
const GAME_CARD_VMIN: f32 = 28.0;
/// The calendar's and the morning goodbye's cards, below: still over 3.5 cm.
const SMALL_CARD_VMIN: f32 = 20.0;

/// A card on Home: its target id, picture, caption, colour and where it leads. For the
/// journey, whether it is the child's turn to go.
type Card<'a> = (
    &'static str,
    &'a Handle<Image>,
    Key,
    Color,
    Screen,
    Option<bool>,
);

fn spawn_home_screen(
    mut commands: Commands,
    assets: Res<LaunchAssets>,
    mut narrator: ResMut<Narrator>,
) {
    narrator.say(Line::Game(Key::WhatShallWePlay), &Words::default());

    let root = commands
        .spawn((
            widget::screen_root("Home screen"),
            HomeRoot,
            DespawnOnExit(Screen::Home),
        ))
        .id();
    commands.spawn((speech_bubble(5.5, 9.0), ChildOf(root)));

    let games: [Card; 3] = [
        (
            "peekaboo",
            &assets.peekaboo,
            Key::CardPeekaboo,
            palette::PEACH,
            Screen::Peekaboo,
            None,
        ),
        (
            "journey",
            &assets.journey,
            Key::CardJourney,
            palette::SKY,
            Screen::Journey,
            Some(false),
        ),
        (
            "my-turn",
            &assets.my_turn,
            Key::CardMyTurn,
            palette::BUTTER,
            Screen::Journey,
            Some(true),
        ),
    ];
    let more: [Card; 2] = [
        (
            "calendar",
            &assets.calendar,
            Key::CardCalendar,
            palette::MEADOW,
            Screen::Calendar,
            None,
        ),
        (
            "morning",
            &assets.morning,
            Key::CardMorning,
            palette::LAVENDER,
            Screen::Morning,
            None,
        ),
    ];
    // One wrapping row for all five. On a landscape tablet a break keeps the two smaller cards
    // on a line of their own below the games; in portrait (no break) the third game joins them,
    // so the page is two rows tall, not three; a wide window has room for all five on one line.
    let cards_area = commands
        .spawn((
            Name::new("Cards"),
            HomeCards,
            Node {
                // The first game is where a reader's eye starts: on the right in Arabic.
                flex_direction: if narrator.language().right_to_left {
                    FlexDirection::RowReverse
                } else {
                    FlexDirection::Row
                },
                flex_wrap: FlexWrap::Wrap,
                align_items: AlignItems::Center,
                justify_content: JustifyContent::Center,
                // Wide gaps, so a palm between two cards presses neither.
                column_gap: Val::VMin(6.0),
                row_gap: Val::VMin(4.0),
                ..default()
            },
            ChildOf(root),
        ))
        .id();
    let spawn_cards = |commands: &mut Commands, cards: &[Card], side: f32| {
        for &(id, picture, caption, colour, screen, childs_turn) in cards {
            let card = widget::picture_card(
                id,
                picture.clone(),
                narrator.text(caption),
                colour,
                assets.font.clone(),
                side,
            );
            let mut card = commands.spawn((card, ChildOf(cards_area)));
            if screen == Screen::Peekaboo {
                card.observe(ask_who_hides_or_play);
                continue;
            }
            card.observe(
                move |_: On<Pointer<Press>>,
                      mut turn: ResMut<ChildsTurn>,
                      mut next: ResMut<NextState<Screen>>| {
                    if let Some(child_goes) = childs_turn {
                        turn.0 = child_goes;
                    }
                    next.set(screen);
                },
            );
        }
    };
    spawn_cards(&mut commands, &games, GAME_CARD_VMIN);
    commands.spawn((
        Name::new("Row break"),
        RowBreak,
        Node {
            width: Val::Percent(100.0),
            height: Val::ZERO,
            ..default()
        },
        Pickable::IGNORE,
        ChildOf(cards_area),
    ));
    spawn_cards(&mut commands, &more, SMALL_CARD_VMIN);

    commands
        .spawn((
            widget::corner_hold_button("parent", assets.parent.clone(), Corner::TopRight),
            ChildOf(root),
        ))
        .observe(|_: On<HoldComplete>, mut next: ResMut<NextState<Screen>>| {
            next.set(Screen::ParentGate);
        });
}
