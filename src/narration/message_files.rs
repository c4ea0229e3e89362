//! Each language's lines are a Fluent file in `assets/lang/`, fetched only when the family
//! uses that language (English is compiled in). The game follows the parent's choice, else
//! the browser's languages; a switch takes effect from the next line, without a reload.
//!
//! The game's own font has Latin, Greek and Cyrillic letters. A language written otherwise
//! (Arabic, Chinese) also fetches a small font of its script's letters, which the text engine
//! falls back to for that script: only that language's visitors download it.

use bevy::{
    asset::{AssetLoader, LoadContext, LoadState, io::Reader},
    prelude::*,
    text::FontCx,
};
use parley::fontique::{FallbackKey, Script};

use see_you_soon_model::lines::{self, Language, Messages};

use super::Narrator;
use crate::{
    platform,
    settings::{Settings, SettingsStatus},
};

pub(super) fn plugin(app: &mut App) {
    app.init_asset::<MessageFile>();
    app.init_asset_loader::<MessageFileLoader>();
    app.init_resource::<WantedLanguage>();
    app.add_systems(
        PreUpdate,
        (
            choose_the_language.run_if(resource_changed::<Settings>),
            take_the_file_when_it_arrives,
            fall_back_to_the_scripts_font,
        )
            .chain(),
    );
}

/// The name `web/style.css` gives the bubble's font for a script the game's own font lacks.
const PAGE_SCRIPT_FONT_FAMILY: &str = "See You Soon Script";

/// A font with one script's letters, for a language the game's own font cannot write.
struct ScriptFont {
    /// The ISO 15924 code the text engine gives the script's letters.
    script: [u8; 4],
    path: &'static str,
    /// The family name inside the font file.
    family: &'static str,
    /// The font has the script's whole alphabet, so the page's bubble draws with it too (in
    /// the game's letters, not whatever the device falls back to). The Chinese font has only
    /// the captions' characters: a line in it would mix two typefaces.
    whole_script: bool,
}

fn script_font(language: Language) -> Option<ScriptFont> {
    match language.code {
        "ar" => Some(ScriptFont {
            script: *b"Arab",
            path: "fonts/NotoSansArabic-Bold-subset.ttf",
            family: "Noto Sans Arabic",
            whole_script: true,
        }),
        "zh" => Some(ScriptFont {
            script: *b"Hani",
            path: "fonts/NotoSansSC-Bold-subset.otf",
            family: "Noto Sans CJK SC",
            whole_script: false,
        }),
        _ => None,
    }
}

/// A language's message file, as text: read into [`Messages`] once it arrives.
#[derive(Asset, TypePath, Debug)]
pub struct MessageFile(String);

#[derive(Default, TypePath)]
struct MessageFileLoader;

impl AssetLoader for MessageFileLoader {
    type Asset = MessageFile;
    type Settings = ();
    type Error = std::io::Error;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _settings: &(),
        _load_context: &mut LoadContext<'_>,
    ) -> Result<MessageFile, Self::Error> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).await?;
        Ok(MessageFile(String::from_utf8_lossy(&bytes).into_owned()))
    }

    fn extensions(&self) -> &[&str] {
        &["ftl"]
    }
}

/// The language the game should speak, and its file while it is on its way.
#[derive(Resource, Default)]
pub struct WantedLanguage {
    language: Option<Language>,
    file: Option<Handle<MessageFile>>,
    /// The wanted script's font, from when it is asked for.
    font: Option<(Handle<Font>, ScriptFont)>,
    /// Every script font asked for, held for good: the text engine rebuilds its whole
    /// collection (dropping the fallbacks added to it) whenever a font is unloaded.
    held_fonts: Vec<Handle<Font>>,
    /// Scripts whose fonts the text engine falls back to.
    fallbacks: Vec<[u8; 4]>,
    /// Scripts whose fonts could not be used (not fetched, or not a font): their captions
    /// show what the game's own font has, and the bubble the device's font.
    given_up: Vec<[u8; 4]>,
    /// Looks at the wanted font, on its way and once arrived (not yet taken by the engine).
    looks_while_on_its_way: u32,
    looks_at_arrived_font: u32,
}

impl WantedLanguage {
    /// The script fonts asked for so far (the text engine falls back to those that came).
    pub fn script_fonts(&self) -> &[Handle<Font>] {
        &self.held_fonts
    }

    /// The language's file or its script's font is on its way: the first screen waits a
    /// little for them, so its first line and its captions are in the family's language.
    pub fn arriving(&self) -> bool {
        self.file.is_some() || self.font_arriving()
    }

    fn font_arriving(&self) -> bool {
        self.font.as_ref().is_some_and(|(_, font)| {
            !self.fallbacks.contains(&font.script) && !self.given_up.contains(&font.script)
        })
    }
}

/// An arrived font the text engine has not taken within this many looks (a tenth of a second
/// apart) is not a font it can read.
const LOOKS_BEFORE_GIVING_UP_ON_A_FONT: u32 = 20;

/// How many looks (a tenth of a second apart) a font on its way gets frames drawn for.
const LOOKS_FOR_A_FONT_ON_ITS_WAY: u32 = 100;

/// The parent's choice, else the browser's languages, else English.
fn choose_the_language(
    settings: Res<Settings>,
    mut wanted: ResMut<WantedLanguage>,
    mut narrator: ResMut<Narrator>,
    assets: Res<AssetServer>,
) {
    let language =
        lines::pick_language(settings.language.as_deref(), &platform::browser_languages());
    if wanted.language == Some(language) {
        return;
    }
    wanted.language = Some(language);
    wanted.file = None;
    wanted.font = None;
    if let Some(font) = script_font(language) {
        // Asked for again (back online, say), a font not fetched before may come this time.
        wanted.given_up.retain(|script| *script != font.script);
        wanted.looks_while_on_its_way = 0;
        wanted.looks_at_arrived_font = 0;
        let handle = assets.load(font.path);
        if !wanted.held_fonts.contains(&handle) {
            wanted.held_fonts.push(handle.clone());
        }
        wanted.font = Some((handle, font));
    }
    if language == lines::ENGLISH {
        narrator.use_messages(None);
    } else {
        wanted.file = Some(assets.load(format!("lang/{}.ftl", language.code)));
    }
}

fn take_the_file_when_it_arrives(
    mut wanted: ResMut<WantedLanguage>,
    mut files: ResMut<Assets<MessageFile>>,
    assets: Res<AssetServer>,
    mut narrator: ResMut<Narrator>,
    mut settings: ResMut<Settings>,
    status: Res<SettingsStatus>,
) {
    let (Some(language), Some(handle)) = (wanted.language, wanted.file.clone()) else {
        return;
    };
    if let Some(file) = files.remove(&handle) {
        let (messages, problems) = Messages::read(language, file.0);
        for problem in problems {
            tracing::warn!("lang/{}.ftl: {problem}", language.code);
        }
        // A family on its first visit, which has typed nothing, starts with names in its
        // language rather than "Mummy" and "Sam".
        if status.first_visit && status.saves == 0 && *settings == Settings::default() {
            *settings = Settings::default().with_names_in(&messages);
        }
        narrator.use_messages(Some(messages));
        wanted.file = None;
    } else if matches!(assets.load_state(&handle), LoadState::Failed(_)) {
        // Offline before the file was ever fetched, say: the lines stay as they are.
        tracing::warn!("lang/{}.ftl could not be fetched", language.code);
        wanted.file = None;
    }
}

/// Once the script's font is in the text engine's collection, its letters come from it.
fn fall_back_to_the_scripts_font(
    mut wanted: ResMut<WantedLanguage>,
    mut font_cx: ResMut<FontCx>,
    assets: Res<AssetServer>,
    fonts: Res<Assets<Font>>,
    mut due: ResMut<crate::frames::NextDue>,
    mut captions: Query<&mut Text>,
) {
    if !wanted.font_arriving() {
        return;
    }
    let wanted = &mut *wanted;
    let Some((handle, font)) = &wanted.font else {
        return;
    };
    if matches!(assets.load_state(handle), LoadState::Failed(_)) {
        // The captions show what the game's own font has; the bubble and the voice are whole.
        tracing::warn!("{} could not be fetched", font.path);
        wanted.given_up.push(font.script);
        return;
    }
    let collection = &mut font_cx.context.collection;
    match collection.family_id(font.family) {
        Some(family) => {
            let key = FallbackKey::new(Script::from_bytes(font.script), None);
            collection.append_fallbacks(key, std::iter::once(family));
            wanted.fallbacks.push(font.script);
            // Captions already on screen (Home, after the language changed in the parent
            // area) were laid out without the script's letters: lay them out again.
            for mut caption in &mut captions {
                caption.set_changed();
            }
            if font.whole_script
                && let Some(loaded) = fonts.get(handle)
            {
                platform::lend_font_to_page(PAGE_SCRIPT_FONT_FAMILY, loaded.data.data());
            }
        }
        None if fonts.contains(handle) => {
            // Arrived: the engine adds arrived fonts to its collection within a frame or two.
            wanted.looks_at_arrived_font += 1;
            if wanted.looks_at_arrived_font >= LOOKS_BEFORE_GIVING_UP_ON_A_FONT {
                tracing::warn!("{} is not a font the game can read", font.path);
                wanted.given_up.push(font.script);
            } else {
                due.within(0.1);
            }
        }
        None => {
            // On its way: an arriving file does not wake the engine, so look again for a
            // while; a fetch that never ends is then looked at only in frames drawn anyway.
            wanted.looks_while_on_its_way += 1;
            if wanted.looks_while_on_its_way < LOOKS_FOR_A_FONT_ON_ITS_WAY {
                due.within(0.1);
            }
        }
    }
}
