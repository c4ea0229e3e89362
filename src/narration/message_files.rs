//! Each language's lines are a Fluent file in `assets/lang/`, fetched only when the family
//! uses that language (English is compiled in). The game follows the parent's choice, else
//! the browser's languages; a switch takes effect from the next line, without a reload.

use bevy::{
    asset::{AssetLoader, LoadContext, LoadState, io::Reader},
    prelude::*,
};

use see_you_soon_model::lines::{self, Language, Messages};

use super::Narrator;
use crate::{platform, settings::Settings};

pub(super) fn plugin(app: &mut App) {
    app.init_asset::<MessageFile>();
    app.init_asset_loader::<MessageFileLoader>();
    app.init_resource::<WantedLanguage>();
    app.add_systems(
        PreUpdate,
        (
            choose_the_language.run_if(resource_changed::<Settings>),
            take_the_file_when_it_arrives,
        )
            .chain(),
    );
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
}

impl WantedLanguage {
    /// The language's file is on its way: the first screen waits for it, so its first line is
    /// in the family's language.
    pub fn arriving(&self) -> bool {
        self.file.is_some()
    }
}

/// The parent's choice, else the browser's languages, else English.
fn choose_the_language(
    settings: Res<Settings>,
    mut wanted: ResMut<WantedLanguage>,
    mut narrator: ResMut<Narrator>,
    assets: Res<AssetServer>,
) {
    let language =
        lines::pick_language(settings.language.as_deref(), &platform::browser_languages());
    platform::show_language(language.speech_tag, language.right_to_left);
    if wanted.language == Some(language) {
        return;
    }
    wanted.language = Some(language);
    wanted.file = None;
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
) {
    let (Some(language), Some(handle)) = (wanted.language, wanted.file.clone()) else {
        return;
    };
    if let Some(file) = files.remove(&handle) {
        let (messages, problems) = Messages::read(language, file.0);
        for problem in problems {
            tracing::warn!("lang/{}.ftl: {problem}", language.code);
        }
        narrator.use_messages(Some(messages));
        wanted.file = None;
    } else if matches!(assets.load_state(&handle), LoadState::Failed(_)) {
        // Offline before the file was ever fetched, say: the lines stay as they are.
        tracing::warn!("lang/{}.ftl could not be fetched", language.code);
        wanted.file = None;
    }
}
