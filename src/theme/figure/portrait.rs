//! Someone's head and shoulders in a round window: the one away, riding the journey's clock;
//! the grown-up the love is sent to, on the Love Connection's hand; who picks up, on the
//! calendar. One helper, so every little portrait is framed the same way. A grown-up with a
//! photo kept by the family shows in it as themselves; the drawn figure stays until the
//! photo arrives, and when there is none.

use bevy::prelude::*;

use super::{Appearance, HeadAndShoulders, spawn_figure};
use crate::{
    family_photos::{FamilyPhotos, Whose},
    theme::palette,
};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, (show_family_photos, hide_drawn_behind_photos));
}

/// How a portrait's window looks.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub glass: Color,
    pub rim: Color,
    /// The rim's width, in vmin.
    pub rim_width: f32,
}

/// A portrait to spawn: whose drawn looks, where, framed how.
#[derive(Debug, Clone)]
pub struct Portrait {
    pub looks: Appearance,
    /// The family's grown-up or child whose photo shows instead when there is one (`None` for
    /// the foxes, who have no photo).
    pub photo_of: Option<Whose>,
    /// The window's place and size.
    pub placement: Node,
    /// The whole drawn figure's height in vmin: about twice the window's width puts the head
    /// and shoulders in it.
    pub figure_height: f32,
    pub frame: Frame,
    /// Varies the drawn figure's blinks from its neighbours'.
    pub seed: u32,
}

/// A picture that is the photo of a grown-up of the family, or of the child: hidden until
/// there is one.
#[derive(Component, Debug, Clone, Copy)]
#[require(ImageNode, Visibility::Hidden)]
pub struct PhotoOf(pub Whose);

/// A window that shows someone's photo when there is one, else the drawn figure.
#[derive(Component, Debug, Clone, Copy)]
struct PhotoWindow {
    whose: Whose,
    drawn: Entity,
}

/// Spawns the round window with the drawn figure from the chest up (and, for the family's own
/// people, their photo over it, shown once there is one).
pub fn spawn_portrait(commands: &mut Commands, parent: Entity, portrait: Portrait) -> Entity {
    let Portrait {
        looks,
        photo_of,
        placement,
        figure_height,
        frame,
        seed,
    } = portrait;
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
    let drawn = spawn_figure(commands, window, looks, figure_height, seed);
    commands.entity(drawn).insert(HeadAndShoulders);
    if let Some(whose) = photo_of {
        commands.spawn((
            Name::new("Photo"),
            photo_fill(),
            PhotoOf(whose),
            Pickable::IGNORE,
            ChildOf(window),
        ));
        commands.entity(window).insert(PhotoWindow { whose, drawn });
    }
    window
}

/// Someone's photo on its own: a round badge with a soft rim at `placement`, shown only when
/// there is a photo (without one, nothing shows, not an empty ring).
pub fn photo_badge(whose: impl Into<Whose>, placement: Node, rim_width: f32) -> impl Bundle {
    (
        Name::new("Their photo"),
        Node {
            border_radius: BorderRadius::all(Val::Percent(50.0)),
            ..placement
        },
        Outline::new(Val::VMin(rim_width), Val::ZERO, palette::PEACH),
        PhotoOf(whose.into()),
        Pickable::IGNORE,
    )
}

/// A photo fills its round window edge to edge (the picture itself is round).
pub fn photo_fill() -> Node {
    Node {
        position_type: PositionType::Absolute,
        left: Val::Px(0.0),
        top: Val::Px(0.0),
        width: Val::Percent(100.0),
        height: Val::Percent(100.0),
        ..default()
    }
}

/// Puts each photo in (or hides it) when photos come or go and when one is spawned.
fn show_family_photos(
    photos: Res<FamilyPhotos>,
    mut pictures: Query<(Ref<PhotoOf>, &mut ImageNode, &mut Visibility)>,
) {
    for (whose, mut image, mut shown) in &mut pictures {
        if !photos.is_changed() && !whose.is_added() {
            continue;
        }
        let photo = photos.of(whose.0);
        if let Some(photo) = photo
            && image.image != *photo
        {
            image.image = photo.clone();
        }
        shown.set_if_neq(if photo.is_some() {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        });
    }
}

/// A portrait's drawn figure steps aside while the photo shows.
fn hide_drawn_behind_photos(
    photos: Res<FamilyPhotos>,
    windows: Query<Ref<PhotoWindow>>,
    mut visibility: Query<&mut Visibility>,
) {
    for window in &windows {
        if !photos.is_changed() && !window.is_added() {
            continue;
        }
        if let Ok(mut drawn) = visibility.get_mut(window.drawn) {
            drawn.set_if_neq(if photos.of(window.whose).is_some() {
                Visibility::Hidden
            } else {
                Visibility::Inherited
            });
        }
    }
}
