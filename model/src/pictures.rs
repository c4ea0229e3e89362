//! The scene pictures of the journey and the morning goodbye, named by a type so a name
//! cannot be mistyped: each is a file `assets/images/journey/<stem>.png`, listed once here.

macro_rules! pictures {
    ($($picture:ident => $stem:literal,)*) => {
        /// A picture from `assets/images/journey/`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ScenePicture {
            $($picture,)*
        }

        impl ScenePicture {
            /// Every picture, in the order of the table (so `picture as usize` indexes it).
            pub const ALL: &[ScenePicture] = &[$(ScenePicture::$picture,)*];

            /// The file's name without `.png`.
            pub fn file_stem(self) -> &'static str {
                match self {
                    $(ScenePicture::$picture => $stem,)*
                }
            }
        }
    };
}

pictures! {
    ArtistPalette => "artist-palette",
    Blueberries => "blueberries",
    Bus => "bus",
    BusStop => "bus-stop",
    DeciduousTree => "deciduous-tree",
    Duck => "duck",
    EvergreenTree => "evergreen-tree",
    Hole => "hole",
    HouseWithGarden => "house-with-garden",
    HuggingFace => "hugging-face",
    KissMark => "kiss-mark",
    Mushroom => "mushroom",
    OfficeBuilding => "office-building",
    Owl => "owl",
    Rabbit => "rabbit",
    Rock => "rock",
    School => "school",
    SheafOfRice => "sheaf-of-rice",
    Sunflower => "sunflower",
    Tulip => "tulip",
    VerticalTrafficLight => "vertical-traffic-light",
    WaterWave => "water-wave",
    WavingHand => "waving-hand",
    Wood => "wood",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_picture_is_in_the_assets_and_in_its_place() {
        // The game's assets are beside this crate, at the top of the repository.
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/images/journey");
        for (index, picture) in ScenePicture::ALL.iter().enumerate() {
            let file = format!("{}.png", picture.file_stem());
            assert!(root.join(&file).is_file(), "{file}");
            assert_eq!(*picture as usize, index);
        }
    }
}
