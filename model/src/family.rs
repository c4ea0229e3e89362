//! Everyone who comes back: one to four grown-ups, and which of them is going away today.
//!
//! Each grown-up has a place (0 to 3) that is theirs for good: their photo and recordings are
//! kept under it, and the calendar names who picks up by it, so removing one grown-up never
//! hands their things to another. The first place is always filled: the game always has
//! someone to come back.

use serde::{Deserialize, Serialize};

use crate::choices::GrownUp;

/// How many grown-ups a family can add.
pub const MOST_GROWN_UPS: usize = 4;

/// A grown-up's place in the family, kept for good (see the module's note).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize)]
#[serde(transparent)]
pub struct Place(u8);

impl Place {
    /// The first grown-up: "you", to the parent filling the form.
    pub const FIRST: Place = Place(0);
    pub const SECOND: Place = Place(1);

    pub fn new(index: usize) -> Option<Place> {
        (index < MOST_GROWN_UPS).then_some(Place(index as u8))
    }

    pub fn index(self) -> usize {
        self.0 as usize
    }

    pub fn all() -> impl Iterator<Item = Place> {
        (0..MOST_GROWN_UPS).filter_map(Place::new)
    }
}

impl<'de> Deserialize<'de> for Place {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let index = u8::deserialize(deserializer)?;
        Place::new(index as usize).ok_or_else(|| {
            serde::de::Error::custom(format!("a family has at most {MOST_GROWN_UPS} grown-ups"))
        })
    }
}

/// The family's grown-ups, by place, and who is away today.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "SavedFamily")]
pub struct GrownUps {
    places: [Option<GrownUp>; MOST_GROWN_UPS],
    away_today: Place,
}

/// The saved shape, checked on the way in: the first place filled, today's grown-up present.
#[derive(Deserialize)]
struct SavedFamily {
    places: [Option<GrownUp>; MOST_GROWN_UPS],
    away_today: Place,
}

impl TryFrom<SavedFamily> for GrownUps {
    type Error = &'static str;

    fn try_from(saved: SavedFamily) -> Result<Self, Self::Error> {
        if saved.places[0].is_none() {
            return Err("the first grown-up is missing");
        }
        let mut family = GrownUps {
            places: saved.places,
            away_today: Place::FIRST,
        };
        // Today's grown-up gone (an edited file): the first one goes, rather than losing the
        // rest.
        family.set_away_today(saved.away_today);
        Ok(family)
    }
}

impl Default for GrownUps {
    fn default() -> Self {
        GrownUps::new(GrownUp::default())
    }
}

impl GrownUps {
    /// A family of one.
    pub fn new(first: GrownUp) -> Self {
        GrownUps {
            places: [Some(first), None, None, None],
            away_today: Place::FIRST,
        }
    }

    /// The first grown-up and an optional second, as settings kept them before there could be
    /// four.
    pub fn from_first_and_second(first: GrownUp, second: Option<GrownUp>) -> Self {
        let mut family = GrownUps::new(first);
        family.places[1] = second;
        family
    }

    pub fn get(&self, place: Place) -> Option<&GrownUp> {
        self.places[place.index()].as_ref()
    }

    /// The first grown-up (always there).
    pub fn first(&self) -> &GrownUp {
        self.get(Place::FIRST)
            .unwrap_or_else(|| unreachable!("the first place is kept filled"))
    }

    /// Everyone there is, with their places, first place first.
    pub fn all(&self) -> impl Iterator<Item = (Place, &GrownUp)> {
        Place::all().filter_map(|place| self.get(place).map(|g| (place, g)))
    }

    pub fn count(&self) -> usize {
        self.all().count()
    }

    /// Who is going away today: the journey's traveller, the one whose name the games say.
    pub fn away_today(&self) -> &GrownUp {
        self.get(self.away_today).unwrap_or_else(|| self.first())
    }

    pub fn away_today_place(&self) -> Place {
        self.away_today
    }

    /// Chooses who goes today; someone not in the family leaves the choice as it was.
    pub fn set_away_today(&mut self, place: Place) -> bool {
        let known = self.get(place).is_some();
        if known {
            self.away_today = place;
        }
        known
    }

    /// Puts a grown-up at `place`, in place of whoever was there.
    pub fn set(&mut self, place: Place, grown_up: GrownUp) {
        self.places[place.index()] = Some(grown_up);
    }

    /// Adds a grown-up at the first free place; `None` when there are already four.
    pub fn add(&mut self, grown_up: GrownUp) -> Option<Place> {
        let place = Place::all().find(|place| self.get(*place).is_none())?;
        self.set(place, grown_up);
        Some(place)
    }

    /// Takes a grown-up out. The first cannot be: someone always comes back. If they were
    /// going today, the first grown-up goes instead.
    pub fn remove(&mut self, place: Place) -> Option<GrownUp> {
        if place == Place::FIRST {
            return None;
        }
        let removed = self.places[place.index()].take();
        if self.away_today == place {
            self.away_today = Place::FIRST;
        }
        removed
    }

    /// Who was in `earlier` and is not here now, with their places: their recordings and
    /// photo must go with them, or someone added at that place later would inherit them.
    pub fn gone_since<'a>(&self, earlier: &'a GrownUps) -> Vec<(Place, &'a GrownUp)> {
        earlier
            .all()
            .filter(|(place, _)| self.get(*place).is_none())
            .collect()
    }

    /// Who comes for the child from a day's `pick_up` place: that grown-up, or, if they are no
    /// longer in the family, the first.
    pub fn picking_up(&self, pick_up: Place) -> (Place, &GrownUp) {
        match self.get(pick_up) {
            Some(grown_up) => (pick_up, grown_up),
            None => (Place::FIRST, self.first()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::choices::Look;

    fn named(name: &str) -> GrownUp {
        GrownUp {
            name: name.into(),
            look: Look::Fox,
        }
    }

    #[test]
    fn whoever_is_taken_out_is_named_so_their_things_can_go_with_them() {
        let mut before = GrownUps::new(named("Mum"));
        let grandad = before.add(named("Grandad")).unwrap();
        let nana = before.add(named("Nana")).unwrap();
        let mut after = before.clone();
        after.remove(grandad);
        // Renamed at the same place is the same grown-up, not one gone.
        after.set(nana, named("Nanna"));
        let gone = after.gone_since(&before);
        assert_eq!(gone.len(), 1);
        assert_eq!(gone[0].0, grandad);
        assert_eq!(gone[0].1.name, "Grandad");
        assert!(before.gone_since(&before).is_empty());
    }

    #[test]
    fn there_is_always_a_first_grown_up_and_never_more_than_four() {
        let mut family = GrownUps::new(named("Mummy"));
        assert_eq!(family.remove(Place::FIRST), None);
        assert_eq!(family.first().name, "Mummy");
        for name in ["Daddy", "Grandma", "Grandpa"] {
            assert!(family.add(named(name)).is_some());
        }
        assert_eq!(family.count(), 4);
        assert_eq!(family.add(named("Nana")), None, "a fifth was added");
    }

    #[test]
    fn a_grown_up_keeps_their_place_when_another_is_removed() {
        let mut family = GrownUps::new(named("Mummy"));
        let daddy = family.add(named("Daddy")).unwrap();
        let grandma = family.add(named("Grandma")).unwrap();
        family.remove(daddy);
        // Grandma's photo and recordings are kept under her place: it must not move.
        assert_eq!(family.get(grandma).unwrap().name, "Grandma");
        // The freed place is filled next.
        assert_eq!(family.add(named("Nana")), Some(daddy));
    }

    #[test]
    fn the_grown_up_away_today_is_one_of_the_family() {
        let mut family = GrownUps::new(named("Mummy"));
        assert_eq!(family.away_today().name, "Mummy");
        let daddy = family.add(named("Daddy")).unwrap();
        assert!(family.set_away_today(daddy));
        assert_eq!(family.away_today().name, "Daddy");
        assert!(
            !family.set_away_today(Place::new(3).unwrap()),
            "nobody is there"
        );
        assert_eq!(family.away_today().name, "Daddy");
        // Daddy taken out: Mummy goes today.
        family.remove(daddy);
        assert_eq!(family.away_today_place(), Place::FIRST);
    }

    #[test]
    fn a_pick_up_by_someone_no_longer_there_falls_to_the_first() {
        let mut family = GrownUps::new(named("Mummy"));
        let grandpa = family.add(named("Grandpa")).unwrap();
        assert_eq!(family.picking_up(grandpa).1.name, "Grandpa");
        family.remove(grandpa);
        assert_eq!(family.picking_up(grandpa), (Place::FIRST, family.first()));
    }

    #[test]
    fn saved_families_are_checked_on_the_way_in() {
        let family = GrownUps::from_first_and_second(named("Mummy"), Some(named("Papa")));
        let json = serde_json::to_string(&family).unwrap();
        assert_eq!(serde_json::from_str::<GrownUps>(&json).unwrap(), family);
        // No first grown-up, or a place past four: not a family.
        let empty = r#"{"places":[null,null,null,null],"away_today":0}"#;
        assert!(serde_json::from_str::<GrownUps>(empty).is_err());
        let five = json.replace("\"away_today\":0", "\"away_today\":4");
        assert!(serde_json::from_str::<GrownUps>(&five).is_err());
        // Today's grown-up missing: the first goes, and nobody is lost.
        let gone = json.replace("\"away_today\":0", "\"away_today\":2");
        let read: GrownUps = serde_json::from_str(&gone).unwrap();
        assert_eq!(read.away_today_place(), Place::FIRST);
        assert_eq!(read.count(), 2);
    }
}
