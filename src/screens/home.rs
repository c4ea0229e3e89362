//! Home: three big pictures for the games (peekaboo, the grown-up's journey home, the child's
//! turn to go), two smaller ones below (the week calendar, the morning goodbye practice), and a
//! quiet corner button for grown-ups.

use bevy::prelude::*;

use super::Screen;
use crate::{
    assets::LaunchAssets,
    dom_mirror::DomMirror,
    games::journey::screen::ChildsTurn,
    narration::{Line, Narrator, lines::Key, lines::Words, speech_bubble},
    theme::{hold::HoldComplete, prelude::*, widget::Corner},
};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Home), spawn_home_screen);
}

pub const PEEKABOO_CAPTION: &str = "Peekaboo!";
pub const JOURNEY_CAPTION: &str = "Coming home";
pub const CALENDAR_CAPTION: &str = "Our week";
pub const MY_TURN_CAPTION: &str = "My turn to go";
pub const MORNING_CAPTION: &str = "Goodbye practice";

/// The games' cards, as a share of the screen's shorter side: over 5 cm on a 10-inch tablet.
const GAME_CARD_VMIN: f32 = 28.0;
/// The calendar's and the morning goodbye's cards, below: still over 3.5 cm.
const SMALL_CARD_VMIN: f32 = 20.0;

/// A card on Home: its target id, picture, caption, colour and where it leads. For the
/// journey, whether it is the child's turn to go.
type Card<'a> = (
    &'static str,
    &'a Handle<Image>,
    &'static str,
    Color,
    Screen,
    Option<bool>,
);

fn spawn_home_screen(
    mut commands: Commands,
    assets: Res<LaunchAssets>,
    mut mirror: ResMut<DomMirror>,
    mut narrator: ResMut<Narrator>,
) {
    mirror.screen = "home";
    narrator.say(Line::Game(Key::WhatShallWePlay), &Words::default());

    let root = commands
        .spawn((
            widget::screen_root("Home screen"),
            DespawnOnExit(Screen::Home),
        ))
        .id();
    commands.spawn((speech_bubble(5.5, 9.0), ChildOf(root)));

    let games: [Card; 3] = [
        (
            "peekaboo",
            &assets.peekaboo,
            PEEKABOO_CAPTION,
            palette::PEACH,
            Screen::Peekaboo,
            None,
        ),
        (
            "journey",
            &assets.journey,
            JOURNEY_CAPTION,
            palette::SKY,
            Screen::Journey,
            Some(false),
        ),
        (
            "my-turn",
            &assets.my_turn,
            MY_TURN_CAPTION,
            palette::BUTTER,
            Screen::Journey,
            Some(true),
        ),
    ];
    let more: [Card; 2] = [
        (
            "calendar",
            &assets.calendar,
            CALENDAR_CAPTION,
            palette::MEADOW,
            Screen::Calendar,
            None,
        ),
        (
            "morning",
            &assets.morning,
            MORNING_CAPTION,
            palette::LAVENDER,
            Screen::Morning,
            None,
        ),
    ];
    for (name, cards, side) in [
        ("Games", &games[..], GAME_CARD_VMIN),
        ("Week and goodbye", &more[..], SMALL_CARD_VMIN),
    ] {
        let row = commands
            .spawn((
                Name::new(name),
                Node {
                    // One row where they fit (landscape); they wrap where they don't.
                    flex_direction: FlexDirection::Row,
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
        for &(id, picture, caption, colour, screen, childs_turn) in cards {
            let card = widget::picture_card(
                id,
                picture.clone(),
                caption,
                colour,
                assets.font.clone(),
                side,
            );
            commands.spawn((card, ChildOf(row))).observe(
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
    }

    commands
        .spawn((
            widget::corner_hold_button("parent", assets.parent.clone(), Corner::TopRight),
            ChildOf(root),
        ))
        .observe(|_: On<HoldComplete>, mut next: ResMut<NextState<Screen>>| {
            next.set(Screen::ParentGate);
        });
}
