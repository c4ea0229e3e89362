//! The grown-ups' own photos, as pictures the game can draw. The parent area keeps them on the
//! device (`web/photo.js`); this looks again whenever one is kept or deleted, so a photo never
//! holds up the start: the drawn grown-up shows until it arrives.

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

/// Each grown-up's photo, by place, once it is loaded.
#[derive(Resource, Debug, Default)]
pub struct FamilyPhotos {
    photos: [Option<Handle<Image>>; MOST_GROWN_UPS],
    /// The platform's count of changes when the photos were last read.
    read_at: Option<u32>,
}

impl FamilyPhotos {
    /// The photo of the grown-up at `place`, if the family kept one.
    pub fn of(&self, place: Place) -> Option<&Handle<Image>> {
        self.photos[place.index()].as_ref()
    }
}

fn look_for_new_photos(mut photos: ResMut<FamilyPhotos>, mut images: ResMut<Assets<Image>>) {
    let generation = platform::photo_generation();
    if photos.read_at == Some(generation) {
        return;
    }
    photos.read_at = Some(generation);
    for place in Place::all() {
        let picture = platform::photo_pixels(&page::photo_key(place.index()))
            .and_then(photo_picture)
            .map(|image| images.add(image));
        // Only a real change is written, so views that follow the photos see it once.
        if photos.photos[place.index()] != picture {
            photos.photos[place.index()] = picture;
        }
    }
}

/// The pixels as a picture, if they are the size the page promises.
fn photo_picture(pixels: Vec<u8>) -> Option<Image> {
    let side = page::PHOTO_SIDE;
    if pixels.len() != (side * side * 4) as usize {
        tracing::warn!(
            "a photo of {} bytes is not {side}×{side} RGBA; the drawn grown-up stays",
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
