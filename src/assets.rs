//! The files the game loads. Only what Start and Home show ([`LaunchAssets`]) is fetched
//! before the Start screen; the games' pictures follow once Home has been shown a
//! moment (or as soon as a game is chosen), so a first visit on a slow connection reaches
//! something to tap sooner. The grown-up's pictures
//! are reloaded whenever the parent picks another look.
//!
//! A file that fails to load does not stop the game: the loading screen moves on, a missing
//! picture is replaced by a soft round shape (so what it showed is still there to see and
//! tap). Sounds are the page's (`sound.rs`).

use bevy::{
    asset::{AssetLoadFailedEvent, AssetPath, LoadState, RenderAssetUsages, UntypedAssetId},
    image::ImageLoaderSettings,
    prelude::*,
    render::render_resource::{Extent3d, TextureDimension, TextureFormat},
};

use see_you_soon_model::pictures::ScenePicture;

use crate::{
    flow::Screen,
    settings::{Look, Place, Settings},
};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<LaunchAssets>();
    app.add_systems(
        Update,
        load_the_games_after_a_moment_on_home.run_if(in_state(Screen::Home)),
    );
    // A card pressed sooner than that: the game's files are asked for as it opens.
    app.add_systems(OnExit(Screen::Home), load_what_the_games_need);
    app.add_systems(
        PreUpdate,
        follow_the_chosen_look.run_if(resource_changed::<Settings>),
    );
    app.add_systems(Update, stand_in_for_missing_pictures);
    app.add_systems(Update, lend_the_font_to_the_page);
}

/// The page draws the speech bubble in the canvas's own letters. It gets them from the copy
/// the game already fetched: a stylesheet `url()` would fetch the same file a second time on a
/// first visit (a font request and a script request do not share a download).
fn lend_the_font_to_the_page(
    launch: Res<LaunchAssets>,
    fonts: Res<Assets<Font>>,
    mut lent: Local<bool>,
) {
    if *lent {
        return;
    }
    if let Some(font) = fonts.get(&launch.font) {
        crate::platform::lend_font_to_page(PAGE_FONT_FAMILY, font.data.data());
        *lent = true;
    }
}

/// The name `web/style.css` gives the bubble's font.
const PAGE_FONT_FAMILY: &str = "See You Soon";

/// Seconds Home is shown before the games' files are asked for: Home first has the connection
/// and the tablet to itself.
pub const HOME_FIRST_SECONDS: f32 = 1.0;

/// Home has been on screen a moment: fetch what the games show while the child chooses. Only
/// the first time loads anything.
fn load_the_games_after_a_moment_on_home(
    commands: Commands,
    time: Res<Time<Real>>,
    loaded: Option<Res<GameAssets>>,
    mut on_home: Local<f32>,
    mut due: ResMut<crate::frames::NextDue>,
) {
    if loaded.is_some() {
        return;
    }
    *on_home += time.delta_secs();
    if *on_home >= HOME_FIRST_SECONDS {
        load_what_the_games_need(commands);
    } else {
        due.within(HOME_FIRST_SECONDS - *on_home);
    }
}

fn load_what_the_games_need(mut commands: Commands) {
    commands.init_resource::<GameAssets>();
    commands.init_resource::<GrownUpPictures>();
    commands.init_resource::<JourneyPictures>();
}

fn stand_in_for_missing_pictures(
    mut failed: MessageReader<AssetLoadFailedEvent<Image>>,
    mut images: ResMut<Assets<Image>>,
) {
    for failure in failed.read() {
        tracing::warn!(
            "{} could not be loaded; a plain shape stands in",
            failure.path
        );
        if images.insert(failure.id, stand_in_picture()).is_err() {
            tracing::warn!("no stand-in for {}", failure.path);
        }
    }
}

/// A warm round shape with a soft edge, drawn at any size a picture would have.
pub fn stand_in_picture() -> Image {
    const SIZE: u32 = 64;
    const WARM: [u8; 3] = [0xF2, 0xC1, 0x8D];
    let centre = (SIZE as f32 - 1.0) / 2.0;
    let mut pixels = Vec::with_capacity((SIZE * SIZE * 4) as usize);
    for y in 0..SIZE {
        for x in 0..SIZE {
            let from_centre = Vec2::new(x as f32 - centre, y as f32 - centre).length() / centre;
            let alpha = ((1.0 - from_centre) * 10.0).clamp(0.0, 1.0);
            pixels.extend_from_slice(&WARM);
            pixels.push((alpha * 255.0).round() as u8);
        }
    }
    Image::new(
        Extent3d {
            width: SIZE,
            height: SIZE,
            depth_or_array_layers: 1,
        },
        TextureDimension::D2,
        pixels,
        TextureFormat::Rgba8UnormSrgb,
        RenderAssetUsages::RENDER_WORLD,
    )
}

/// Paths below `assets/`. Kept in one place so tests can check that every one exists.
pub mod paths {
    pub const FONT: &str = "fonts/NotoSans-Bold-subset.ttf";
    pub const START: &str = "images/start.png";
    pub const PEEKABOO: &str = "images/peekaboo.png";
    pub const JOURNEY: &str = "images/journey.png";
    pub const HOME: &str = "images/home.png";
    pub const PARENT: &str = "images/parent.png";
    pub const BLANKET: &str = "images/peekaboo/blanket.png";
    pub const BLANKET_OVER_TOY: &str = "images/peekaboo/blanket-over-toy.png";
    pub const CUP: &str = "images/peekaboo/cup.png";
    pub const TEDDY: &str = "images/peekaboo/teddy-bear.png";
    /// Peekaboo's cup toy is the duck from the way home's park.
    pub const DUCK: &str = "images/journey/duck.png";
    pub const DOOR: &str = "images/peekaboo/door.png";
    pub const HEART: &str = "images/peekaboo/heart.png";
    pub const POINTING_HAND: &str = "images/hands/pointing-hand.png";
    pub const CALENDAR: &str = "images/cards/spiral-calendar.png";
    pub const MY_TURN: &str = "images/cards/backpack.png";
    pub const MORNING: &str = "images/cards/sunrise.png";
    pub const SCHOOL: &str = "images/journey/school.png";
    pub const MOON: &str = "images/calendar/crescent-moon.png";
    pub const SUN: &str = "images/calendar/sun.png";

    pub const ALL: [&str; 20] = [
        FONT,
        START,
        PEEKABOO,
        JOURNEY,
        HOME,
        PARENT,
        BLANKET,
        BLANKET_OVER_TOY,
        CUP,
        TEDDY,
        DUCK,
        DOOR,
        HEART,
        POINTING_HAND,
        CALENDAR,
        MY_TURN,
        MORNING,
        SCHOOL,
        MOON,
        SUN,
    ];
}

/// What the Start and Home screens show: the only files fetched
/// before the Start screen.
#[derive(Resource, Clone)]
pub struct LaunchAssets {
    pub font: Handle<Font>,
    pub start: Handle<Image>,
    pub peekaboo: Handle<Image>,
    pub journey: Handle<Image>,
    pub home: Handle<Image>,
    pub parent: Handle<Image>,
    /// Home's cards for the calendar, the child's turn to go and the morning goodbye.
    pub calendar: Handle<Image>,
    pub my_turn: Handle<Image>,
    pub morning: Handle<Image>,
}

impl FromWorld for LaunchAssets {
    fn from_world(world: &mut World) -> Self {
        let server = world.resource::<AssetServer>();
        Self {
            font: server.load(paths::FONT),
            start: load_picture(server, paths::START),
            peekaboo: load_picture(server, paths::PEEKABOO),
            journey: load_picture(server, paths::JOURNEY),
            home: load_picture(server, paths::HOME),
            parent: load_picture(server, paths::PARENT),
            calendar: load_picture(server, paths::CALENDAR),
            my_turn: load_picture(server, paths::MY_TURN),
            morning: load_picture(server, paths::MORNING),
        }
    }
}

impl LaunchAssets {
    fn untyped(&self) -> [UntypedAssetId; 9] {
        [
            self.font.id().untyped(),
            self.start.id().untyped(),
            self.peekaboo.id().untyped(),
            self.journey.id().untyped(),
            self.home.id().untyped(),
            self.parent.id().untyped(),
            self.calendar.id().untyped(),
            self.my_turn.id().untyped(),
            self.morning.id().untyped(),
        ]
    }

    /// True once every file has either loaded or failed for good.
    pub fn settled(&self, server: &AssetServer) -> bool {
        all_settled(server, self.untyped())
    }

    /// How many files failed, so the parent-facing log can say so.
    pub fn failures(&self, server: &AssetServer) -> usize {
        self.untyped()
            .into_iter()
            .filter(|id| matches!(server.get_load_state(*id), Some(LoadState::Failed(_))))
            .count()
    }
}

/// Everything the games show and play, with the few launch files they use too (asking again
/// for a file already loaded gives the same handle, not a second request). Present from the
/// first visit to Home on.
#[derive(Resource, Clone)]
pub struct GameAssets {
    pub font: Handle<Font>,
    pub home: Handle<Image>,
    pub blanket: Handle<Image>,
    /// The blanket draped over the teddy, its ears showing through.
    pub blanket_over_toy: Handle<Image>,
    pub cup: Handle<Image>,
    pub teddy: Handle<Image>,
    pub duck: Handle<Image>,
    pub door: Handle<Image>,
    pub heart: Handle<Image>,
    /// The grown-up's hand that draws the Love Connection's heart, drawn white to be tinted
    /// with the family's skin tone.
    pub pointing_hand: Handle<Image>,
    /// The calendar's pictures: a school day, a home day, a night's sleep, today.
    pub school: Handle<Image>,
    pub moon: Handle<Image>,
    pub sun: Handle<Image>,
}

impl FromWorld for GameAssets {
    fn from_world(world: &mut World) -> Self {
        let server = world.resource::<AssetServer>();
        Self {
            font: server.load(paths::FONT),
            home: load_picture(server, paths::HOME),
            blanket: load_picture(server, paths::BLANKET),
            blanket_over_toy: load_picture(server, paths::BLANKET_OVER_TOY),
            cup: load_picture(server, paths::CUP),
            teddy: load_picture(server, paths::TEDDY),
            duck: load_picture(server, paths::DUCK),
            door: load_picture(server, paths::DOOR),
            heart: load_picture(server, paths::HEART),
            pointing_hand: load_picture(server, paths::POINTING_HAND),
            school: load_picture(server, paths::SCHOOL),
            moon: load_picture(server, paths::MOON),
            sun: load_picture(server, paths::SUN),
        }
    }
}

/// Loads a picture the game only draws: once it is on the GPU, the decoded copy in the game's
/// own memory is let go (the UI still knows its size). Every picture loads this way, so one
/// path always means one handle with one setting.
pub fn load_picture<'a>(server: &AssetServer, path: impl Into<AssetPath<'a>>) -> Handle<Image> {
    server
        .load_builder()
        .with_settings(|settings: &mut ImageLoaderSettings| {
            settings.asset_usage = RenderAssetUsages::RENDER_WORLD;
        })
        .load(path.into())
}

fn all_settled(server: &AssetServer, ids: impl IntoIterator<Item = UntypedAssetId>) -> bool {
    ids.into_iter().all(|id| {
        matches!(
            server.get_load_state(id),
            Some(LoadState::Loaded | LoadState::Failed(_))
        )
    })
}

/// The chosen grown-up's hands (the game draws the people themselves; portraits are only for
/// the parent's form). Only the chosen look is loaded.
#[derive(Resource, Clone)]
pub struct GrownUpPictures {
    /// Whose pictures: today's grown-up's place in the family (their photo's key).
    pub place: Place,
    pub look: Look,
    /// How the child is drawn beside them ([`Settings::childs_look`]).
    pub childs_look: Look,
    pub hands: Handle<Image>,
}

impl FromWorld for GrownUpPictures {
    fn from_world(world: &mut World) -> Self {
        let settings = world
            .get_resource::<Settings>()
            .cloned()
            .unwrap_or_default();
        Self::load(&settings, world.resource::<AssetServer>())
    }
}

impl GrownUpPictures {
    /// The pictures for today's grown-up.
    fn load(settings: &Settings, server: &AssetServer) -> Self {
        let (place, look) = (
            settings.grown_ups.away_today_place(),
            settings.grown_up().look,
        );
        Self::for_grown_up(place, look, settings.childs_look(), server)
    }

    /// The pictures for the grown-up at `place`, who looks like `look`, with the child.
    pub fn for_grown_up(place: Place, look: Look, childs_look: Look, server: &AssetServer) -> Self {
        Self {
            place,
            look,
            childs_look,
            hands: load_picture(server, look.hands_path()),
        }
    }
}

fn follow_the_chosen_look(
    settings: Res<Settings>,
    server: Res<AssetServer>,
    pictures: Option<ResMut<GrownUpPictures>>,
) {
    // Before the first visit to Home there is nothing to follow: Home loads the chosen look.
    if let Some(mut pictures) = pictures {
        let wanted = GrownUpPictures::load(&settings, &server);
        if (pictures.place, pictures.look, pictures.childs_look)
            != (wanted.place, wanted.look, wanted.childs_look)
        {
            *pictures = wanted;
        }
    }
}

/// The scene pictures (the journey's, both themes, and the morning goodbye's). They load while
/// the child is on Home.
#[derive(Resource, Clone)]
pub struct JourneyPictures {
    /// In the order of [`ScenePicture::ALL`].
    handles: Vec<Handle<Image>>,
}

impl FromWorld for JourneyPictures {
    fn from_world(world: &mut World) -> Self {
        let server = world.resource::<AssetServer>();
        Self {
            handles: ScenePicture::ALL
                .iter()
                .map(|picture| {
                    let stem = picture.file_stem();
                    load_picture(server, format!("images/journey/{stem}.png"))
                })
                .collect(),
        }
    }
}

impl JourneyPictures {
    pub fn get(&self, picture: ScenePicture) -> Handle<Image> {
        self.handles[picture as usize].clone()
    }
}
