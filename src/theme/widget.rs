//! Small functions that return the bundles every screen is built from.
//!
//! Sizes use `VMin` (a share of the screen's shorter side), so targets stay large on a tablet
//! in either orientation and on a small laptop window alike.

use bevy::{prelude::*, text::FontSize};

use super::{hold::HoldFill, palette};
use crate::{
    dom_mirror::TapTarget,
    theme::{hold::HoldToActivate, interaction::PressBounce},
};

/// A full-screen node that centres its content and keeps it off the edges, where a child's
/// wrists rest.
pub fn screen_root(name: &'static str) -> impl Bundle {
    (
        Name::new(name),
        Node {
            position_type: PositionType::Absolute,
            width: Val::Percent(100.0),
            height: Val::Percent(100.0),
            padding: UiRect::all(Val::VMin(6.0)),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            justify_content: JustifyContent::Center,
            row_gap: Val::VMin(4.0),
            ..default()
        },
    )
}

/// Large text for a spoken prompt. On screen it is a caption; the voice carries the meaning.
pub fn caption(text: impl Into<String>, font: Handle<Font>, size_vmin: f32) -> impl Bundle {
    (
        Name::new("Caption"),
        Text::new(text),
        TextFont::from_font_size(FontSize::VMin(size_vmin)).with_font(font),
        TextColor(palette::TEXT),
        TextLayout::justify(Justify::Center),
        // Captions never catch taps; the picture or the screen behind them does.
        Pickable::IGNORE,
    )
}

/// What every tappable thing has: a name, a target id for the page mirror, and a squeeze on
/// touch-down.
pub fn tappable(target: &'static str) -> impl Bundle {
    (Name::new(target), TapTarget(target), PressBounce::default())
}

/// A picture that never catches taps itself: the target around it does.
pub fn picture(image: Handle<Image>, node: Node) -> impl Bundle {
    (
        Name::new("Picture"),
        ImageNode::new(image),
        node,
        Pickable::IGNORE,
    )
}

/// Smaller, softer text meant for the grown-up.
pub fn note_for_parent(text: impl Into<String>, font: Handle<Font>) -> impl Bundle {
    (
        Name::new("Parent note"),
        Text::new(text),
        TextFont::from_font_size(FontSize::VMin(3.2)).with_font(font),
        TextColor(palette::TEXT_SOFT),
        TextLayout::justify(Justify::Center),
        Node {
            max_width: Val::VMin(80.0),
            ..default()
        },
        Pickable::IGNORE,
    )
}

/// A picture to tap, with its caption under it, on a soft rounded card.
///
/// `side_vmin` is the card's width; the picture is square inside it.
pub fn picture_card(
    target: &'static str,
    image: Handle<Image>,
    label: impl Into<String>,
    colour: Color,
    font: Handle<Font>,
    side_vmin: f32,
) -> impl Bundle {
    (
        tappable(target),
        Node {
            width: Val::VMin(side_vmin),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            padding: UiRect::all(Val::VMin(2.0)),
            row_gap: Val::VMin(1.0),
            border_radius: BorderRadius::all(Val::VMin(4.0)),
            ..default()
        },
        BackgroundColor(colour),
        children![
            picture(
                image,
                Node {
                    width: Val::Percent(100.0),
                    aspect_ratio: Some(1.0),
                    ..default()
                },
            ),
            // Smaller cards get smaller words, so a two-word caption still fits their width.
            caption(label, font, (side_vmin * 0.16).min(4.6)),
        ],
    )
}

/// Where a small grown-up button sits.
#[derive(Debug, Clone, Copy)]
pub enum Corner {
    TopLeft,
    TopRight,
}

/// A quiet corner button that only acts after a press-and-hold (see [`HoldToActivate`]).
/// Top corners: a child's wrists rest on the bottom edge.
pub fn corner_hold_button(
    target: &'static str,
    icon: Handle<Image>,
    corner: Corner,
) -> impl Bundle {
    let (left, right) = match corner {
        Corner::TopLeft => (Val::VMin(2.5), Val::Auto),
        Corner::TopRight => (Val::Auto, Val::VMin(2.5)),
    };
    (
        tappable(target),
        HoldToActivate::default(),
        Node {
            position_type: PositionType::Absolute,
            top: Val::VMin(2.5),
            left,
            right,
            // Big enough for an adult thumb (at least 48 CSS px), small enough to go unnoticed.
            width: Val::Px(64.0),
            height: Val::Px(64.0),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            border_radius: BorderRadius::all(Val::Px(32.0)),
            overflow: Overflow::clip(),
            ..default()
        },
        BackgroundColor(palette::PARENT_CHIP),
        children![
            (
                Name::new("Hold fill"),
                HoldFill,
                Node {
                    position_type: PositionType::Absolute,
                    bottom: Val::Px(0.0),
                    width: Val::Percent(100.0),
                    height: Val::Percent(0.0),
                    ..default()
                },
                BackgroundColor(palette::HOLD_FILL),
                Pickable::IGNORE,
            ),
            picture(
                icon,
                Node {
                    width: Val::Px(40.0),
                    height: Val::Px(40.0),
                    ..default()
                },
            ),
        ],
    )
}

/// One huge round button with a picture: the Start screen's "tap anywhere here".
pub fn big_round_button(
    target: &'static str,
    image: Handle<Image>,
    colour: Color,
    side_vmin: f32,
) -> impl Bundle {
    (
        tappable(target),
        Node {
            width: Val::VMin(side_vmin),
            height: Val::VMin(side_vmin),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            border_radius: BorderRadius::all(Val::Percent(50.0)),
            ..default()
        },
        BackgroundColor(colour),
        children![picture(
            image,
            Node {
                width: Val::Percent(78.0),
                height: Val::Percent(78.0),
                ..default()
            },
        )],
    )
}

/// A plain corner button for grown-ups that acts on a tap (the way back from grown-up
/// screens, where a child is not expected).
pub fn corner_back_button(target: &'static str, icon: Handle<Image>) -> impl Bundle {
    (
        tappable(target),
        Node {
            position_type: PositionType::Absolute,
            top: Val::VMin(2.5),
            left: Val::VMin(2.5),
            width: Val::Px(64.0),
            height: Val::Px(64.0),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            border_radius: BorderRadius::all(Val::Px(32.0)),
            ..default()
        },
        BackgroundColor(palette::PARENT_CHIP),
        children![picture(
            icon,
            Node {
                width: Val::Px(40.0),
                height: Val::Px(40.0),
                ..default()
            },
        )],
    )
}

/// The box of a number-pad key: adult-sized (at least 48 CSS px), a rounded square.
pub fn text_key_node() -> Node {
    Node {
        justify_content: JustifyContent::Center,
        align_items: AlignItems::Center,
        border_radius: BorderRadius::all(Val::Px(16.0)),
        ..default()
    }
}

/// A key with a short label, for grown-up screens.
pub fn text_key(target: &'static str, label: &str, font: Handle<Font>) -> impl Bundle {
    (
        tappable(target),
        text_key_node(),
        BackgroundColor(palette::PARENT_CHIP),
        children![(
            Text::new(label),
            TextFont::from_font_size(FontSize::Px(36.0)).with_font(font),
            TextColor(palette::TEXT),
            Pickable::IGNORE,
        )],
    )
}
