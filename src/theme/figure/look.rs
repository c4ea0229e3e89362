//! How a figure looks: skin, hair and clothes, from the look the parent chose. The colours
//! follow `assets/STYLE.md`: soft, warm, no outlines, features in one dark cocoa.

use bevy::prelude::*;
use see_you_soon_model::{
    choices::{Figure, Look, SkinTone},
    figure::Build,
};

/// The hair a figure wears.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hair {
    /// Down past the ears, with a side fringe.
    Long,
    Short,
    /// Grey, gathered in a bun on top.
    Bun,
    /// Thin on top, with a moustache.
    Thinning,
    /// A child's short hair with a curl on top.
    Tuft,
    /// Short hair under a bus driver's peaked cap (in the colour of their top).
    DriverCap,
    /// Fox ears and a muzzle instead of hair.
    Fox,
}

/// Everything needed to draw one figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Appearance {
    pub build: Build,
    pub skin: Color,
    pub hair: Hair,
    pub hair_colour: Color,
    pub top: Color,
    pub legs: Color,
    pub shoes: Color,
    /// Eyes and the smile.
    pub features: Color,
    pub cheeks: Color,
}

const SHOES: Color = Color::srgb(0.36, 0.27, 0.24);
const FOX_ORANGE: Color = Color::srgb(0.93, 0.56, 0.30);
const FOX_DARK: Color = Color::srgb(0.36, 0.24, 0.2);

fn skin(tone: SkinTone) -> Color {
    match tone {
        SkinTone::Light => Color::srgb(0.99, 0.86, 0.76),
        SkinTone::MediumLight => Color::srgb(0.94, 0.76, 0.61),
        SkinTone::Medium => Color::srgb(0.80, 0.60, 0.45),
        SkinTone::MediumDark => Color::srgb(0.61, 0.42, 0.30),
        SkinTone::Dark => Color::srgb(0.42, 0.29, 0.22),
    }
}

/// Dark hair, darker with darker skin, as most families' is.
fn dark_hair(tone: SkinTone) -> Color {
    match tone {
        SkinTone::Light | SkinTone::MediumLight => Color::srgb(0.45, 0.30, 0.22),
        _ => Color::srgb(0.20, 0.14, 0.12),
    }
}

/// Features dark enough to read on every skin tone, and a smile that shows on dark skin.
fn features(tone: SkinTone) -> (Color, Color) {
    match tone {
        SkinTone::MediumDark | SkinTone::Dark => (
            Color::srgb(0.10, 0.07, 0.06),
            Color::srgba(0.95, 0.55, 0.55, 0.45),
        ),
        _ => (
            Color::srgb(0.24, 0.16, 0.14),
            Color::srgba(0.96, 0.52, 0.52, 0.45),
        ),
    }
}

impl Appearance {
    /// The grown-up the parent chose.
    pub fn grown_up(look: Look) -> Appearance {
        let Look::Person { figure, tone } = look else {
            return Appearance::fox(Build::FoxMother);
        };
        let (features, cheeks) = features(tone);
        let grey = Color::srgb(0.80, 0.78, 0.76);
        let (hair, hair_colour, top) = match figure {
            Figure::Woman => (Hair::Long, dark_hair(tone), Color::srgb(0.42, 0.68, 0.66)),
            Figure::Man => (Hair::Short, dark_hair(tone), Color::srgb(0.46, 0.60, 0.82)),
            Figure::OlderWoman => (Hair::Bun, grey, Color::srgb(0.72, 0.56, 0.74)),
            Figure::OlderMan => (Hair::Thinning, grey, Color::srgb(0.56, 0.68, 0.46)),
        };
        Appearance {
            build: Build::GrownUp,
            skin: skin(tone),
            hair,
            hair_colour,
            top,
            legs: Color::srgb(0.33, 0.37, 0.52),
            shoes: SHOES,
            features,
            cheeks,
        }
    }

    /// The child beside that grown-up: the same skin tone (a cub beside the fox).
    pub fn child(look: Look) -> Appearance {
        let Look::Person { tone, .. } = look else {
            return Appearance::fox(Build::FoxCub);
        };
        let (features, cheeks) = features(tone);
        Appearance {
            build: Build::Child,
            skin: skin(tone),
            hair: Hair::Tuft,
            hair_colour: dark_hair(tone),
            top: Color::srgb(0.99, 0.80, 0.40),
            legs: Color::srgb(0.88, 0.52, 0.46),
            shoes: SHOES,
            features,
            cheeks,
        }
    }

    /// The bus's driver: someone else, in a uniform and a peaked cap no one in the family
    /// wears, so the child does not take them for their own grown-up (with grey hair and no
    /// cap, a reader took the driver for a grandpa).
    pub fn bus_driver() -> Appearance {
        let mut driver = Appearance::grown_up(Look::Person {
            figure: Figure::Man,
            tone: SkinTone::Medium,
        });
        driver.top = Color::srgb(0.30, 0.38, 0.58);
        driver.hair = Hair::DriverCap;
        driver
    }

    fn fox(build: Build) -> Appearance {
        Appearance {
            build,
            skin: FOX_ORANGE,
            hair: Hair::Fox,
            hair_colour: Color::srgb(1.0, 0.97, 0.92),
            top: FOX_ORANGE,
            legs: FOX_DARK,
            shoes: FOX_DARK,
            features: Color::srgb(0.20, 0.13, 0.11),
            cheeks: Color::srgba(0.96, 0.52, 0.52, 0.35),
        }
    }

    /// The hands: skin, or a fox's dark paws.
    pub fn hands(&self) -> Color {
        if self.hair == Hair::Fox {
            FOX_DARK
        } else {
            self.skin
        }
    }
}
