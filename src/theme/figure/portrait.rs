//! Someone's head and shoulders in a round window: the one away, riding the journey's clock;
//! the grown-up the love is sent to, on the Love Connection's hand. One helper, so every
//! little portrait is framed the same way.

use bevy::prelude::*;

use super::{Appearance, HeadAndShoulders, spawn_figure};

/// How a portrait's window looks.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub glass: Color,
    pub rim: Color,
    /// The rim's width, in vmin.
    pub rim_width: f32,
}

/// A round window at `placement` (its place and size) showing `looks` from the chest up.
/// `figure_height` is the whole figure's height in vmin: about twice the window's width puts
/// the head and shoulders in it.
pub fn spawn_portrait(
    commands: &mut Commands,
    parent: Entity,
    looks: Appearance,
    placement: Node,
    figure_height: f32,
    frame: Frame,
    seed: u32,
) -> Entity {
    let window = commands
        .spawn((
            Name::new("Portrait"),
            Node {
                border: UiRect::all(Val::VMin(frame.rim_width)),
                border_radius: BorderRadius::all(Val::Percent(50.0)),
                overflow: Overflow::clip(),
                justify_content: JustifyContent::Center,
                // The head a little below the top, the shoulders at the bottom edge.
                padding: UiRect::top(Val::Percent(4.0)),
                ..placement
            },
            BackgroundColor(frame.glass),
            BorderColor::all(frame.rim),
            Pickable::IGNORE,
            ChildOf(parent),
        ))
        .id();
    let figure = spawn_figure(commands, window, looks, figure_height, seed);
    commands.entity(figure).insert(HeadAndShoulders);
    window
}
