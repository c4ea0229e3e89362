//! The family's own photos (each grown-up's, and the child's if the parent kept one), as
//! pictures the game can draw. The parent area keeps them on the device (`web/photo.js`); this
//! looks again whenever one is kept or deleted, so a photo never holds up the start: the drawn
//! figure shows until it arrives.

use bevy::{
    asset::RenderAssetUsages,
    prelude::*,
    render::render_resource::{Extent3d, TextureDimension, TextureFormat},
};

use crate::{
    platform::{self, page},
    settings::{MOST_GROWN_UPS, Place},
};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<FamilyPhotos>();
    app.add_systems(PreUpdate, look_for_new_photos);
}

/// Whose photo: a grown-up's, by their place, or the child's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whose {
    GrownUp(Place),
    Child,
}

impl Whose {
    /// Every photo the family can keep.
    fn all() -> impl Iterator<Item = Whose> {
        Place::all().map(Whose::GrownUp).chain([Whose::Child])
    }

    /// The name the page keeps it under.
    pub fn key(self) -> String {
        match self {
            Whose::GrownUp(place) => page::photo_key(place.index()),
            Whose::Child => page::CHILD_PHOTO_KEY.to_string(),
        }
    }

    fn slot(self) -> usize {
        match self {
            Whose::GrownUp(place) => place.index(),
            Whose::Child => MOST_GROWN_UPS,
        }
    }
}

impl From<Place> for Whose {
    fn from(place: Place) -> Self {
        Whose::GrownUp(place)
    }
}

/// Each photo the family kept, once it is loaded.
#[derive(Resource, Debug, Default)]
pub struct FamilyPhotos {
    /// The grown-ups' by place, then the child's.
    photos: [Option<Handle<Image>>; MOST_GROWN_UPS + 1],
    /// The platform's count of changes when the photos were last read.
    read_at: Option<u32>,
}

impl FamilyPhotos {
    /// The photo of the grown-up at a place, or of the child, if the family kept one.
    pub fn of(&self, whose: impl Into<Whose>) -> Option<&Handle<Image>> {
        self.photos[whose.into().slot()].as_ref()
    }
}

fn look_for_new_photos(mut photos: ResMut<FamilyPhotos>, mut images: ResMut<Assets<Image>>) {
    let generation = platform::photo_generation();
    if photos.read_at == Some(generation) {
        return;
    }
    photos.read_at = Some(generation);
    for whose in Whose::all() {
        let picture = platform::photo_pixels(&whose.key())
            .and_then(photo_picture)
            .map(|image| images.add(image));
        // Only a real change is written, so views that follow the photos see it once.
        if photos.photos[whose.slot()] != picture {
            photos.photos[whose.slot()] = picture;
        }
    }
}

/// The pixels as a picture, if they are the size the page promises.
fn photo_picture(pixels: Vec<u8>) -> Option<Image> {
    let side = page::PHOTO_SIDE;
    if pixels.len() != (side * side * 4) as usize {
        tracing::warn!(
            "a photo of {} bytes is not {side}×{side} RGBA; the drawn figure stays",
            pixels.len()
        );
        return None;
    }
    Some(Image::new(
        Extent3d {
            width: side,
            height: side,
            depth_or_array_layers: 1,
        },
        TextureDimension::D2,
        pixels,
        TextureFormat::Rgba8UnormSrgb,
        // Once on the GPU, the game needs no copy of its own (as for every picture).
        RenderAssetUsages::RENDER_WORLD,
    ))
}
