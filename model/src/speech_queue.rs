//! When a line is spoken: the rule that keeps the game from talking over itself.
//!
//! - Nothing is ever said on top of something else.
//! - A new line replaces a *passing* line at once: a child's tap is answered now, not after the
//!   previous sentence.
//! - A *kept* line (the goodbye, the promise, the reunion) is always heard to the end. What is
//!   said meanwhile waits in a single place; the newest waiting line wins, except that a
//!   passing line never pushes out a waiting kept one.
//! - The same words again while they are still being said are not restarted.
//! - A line that the browser never reports finished is taken as finished after a generous
//!   time, so a broken voice never holds the game's words back.
//! - A line that is not heard (narration off, no voice on the device, speech refused) stays
//!   on screen for a reading time before a waiting line takes its place: the caption carries it.

pub use crate::lines::Speaker;

/// How much a line matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Passing,
    Kept,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Utterance {
    pub id: u32,
    pub caption: String,
    pub spoken: String,
    pub weight: Weight,
    /// A grown-up's recording that may say this line instead of the synthetic voice.
    pub recording: Option<String>,
    /// Who says it, for the bubble to point at.
    pub speaker: Speaker,
}

/// What the voice should do now.
#[derive(Debug, Clone, PartialEq)]
pub enum Order {
    /// Stop whatever is being said, then say this.
    Say(Utterance),
    /// Stop whatever is being said.
    Hush,
}

#[derive(Debug, Default)]
pub struct Queue {
    /// The line now, when it began and when it is let go at the latest.
    speaking: Option<(Utterance, f64, f64)>,
    waiting: Option<Utterance>,
    next_id: u32,
    clock: f64,
}

/// Seconds a line may take before it counts as finished even without word from the browser:
/// a slow voice says about 12 characters a second.
pub fn longest_expected(spoken: &str) -> f64 {
    3.0 + spoken.chars().count() as f64 / 8.0
}

/// Seconds a line that is not heard stays before a waiting line replaces it: long enough for a
/// grown-up to read it out.
pub fn reading_time(caption: &str) -> f64 {
    0.8 + caption.chars().count() as f64 * 0.05
}

impl Queue {
    /// The line being said (and shown), if any.
    pub fn speaking(&self) -> Option<&Utterance> {
        self.speaking.as_ref().map(|(u, ..)| u)
    }

    pub fn waiting(&self) -> Option<&Utterance> {
        self.waiting.as_ref()
    }

    /// Offers a new line; returns what the voice should do now, if anything.
    pub fn say(
        &mut self,
        caption: String,
        spoken: String,
        weight: Weight,
        recording: Option<String>,
        speaker: Speaker,
    ) -> Option<Order> {
        self.next_id = self.next_id.wrapping_add(1);
        let line = Utterance {
            id: self.next_id,
            caption,
            spoken,
            weight,
            recording,
            speaker,
        };
        match &self.speaking {
            Some((now, ..)) if now.caption == line.caption => None,
            Some((now, ..)) if now.weight == Weight::Kept => {
                let keep_waiting = self
                    .waiting
                    .as_ref()
                    .is_some_and(|w| w.weight == Weight::Kept && line.weight == Weight::Passing);
                if !keep_waiting {
                    self.waiting = Some(line);
                }
                None
            }
            _ => Some(self.start(line)),
        }
    }

    /// The voice finished (or gave up on) the line with this id.
    pub fn finished(&mut self, id: u32) -> Option<Order> {
        if self.speaking.as_ref().is_some_and(|(u, ..)| u.id == id) {
            self.speaking = None;
            return self.waiting.take().map(|next| self.start(next));
        }
        None
    }

    /// The line with this id will not be heard: it stays for its reading time only.
    pub fn not_heard(&mut self, id: u32) -> Option<Order> {
        let clock = self.clock;
        if let Some((line, began, until)) = self.speaking.as_mut().filter(|(u, ..)| u.id == id) {
            *until = *began + reading_time(&line.caption);
            if *until <= clock {
                return self.finished(id);
            }
        }
        None
    }

    /// Time passes; a line past its time is let go.
    pub fn tick(&mut self, seconds: f64) -> Option<Order> {
        self.clock += seconds.max(0.0);
        let overdue = self
            .speaking
            .as_ref()
            .filter(|(.., until)| self.clock >= *until)
            .map(|(u, ..)| u.id);
        overdue.and_then(|id| self.finished(id))
    }

    /// Seconds until the line being said is let go by time alone (its reading time, or the
    /// longest its voice may take).
    pub fn next_due(&self) -> Option<f64> {
        self.speaking
            .as_ref()
            .map(|(.., until)| (until - self.clock).max(0.0))
    }

    /// Silence now: leaving a screen (the switches only change in the parent area).
    pub fn hush(&mut self) -> Order {
        self.speaking = None;
        self.waiting = None;
        Order::Hush
    }

    fn start(&mut self, line: Utterance) -> Order {
        let until = self.clock + longest_expected(&line.spoken);
        self.speaking = Some((line.clone(), self.clock, until));
        Order::Say(line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(order: Option<Order>) -> Option<String> {
        match order {
            Some(Order::Say(u)) => Some(u.caption),
            _ => None,
        }
    }

    fn offer(queue: &mut Queue, text: &str, weight: Weight) -> Option<Order> {
        queue.say(text.into(), text.into(), weight, None, Speaker::Narrator)
    }

    #[test]
    fn a_passing_line_is_replaced_at_once() {
        let mut queue = Queue::default();
        assert_eq!(
            said(offer(&mut queue, "Blue!", Weight::Passing)).as_deref(),
            Some("Blue!")
        );
        assert_eq!(
            said(offer(&mut queue, "Lovely!", Weight::Passing)).as_deref(),
            Some("Lovely!")
        );
        assert_eq!(queue.speaking().unwrap().caption, "Lovely!");
    }

    #[test]
    fn a_kept_line_is_heard_to_the_end_and_the_newest_line_waits() {
        let mut queue = Queue::default();
        offer(&mut queue, "See you soon, Sam!", Weight::Kept);
        let kept_id = queue.speaking().unwrap().id;
        assert_eq!(offer(&mut queue, "Blue!", Weight::Passing), None);
        assert_eq!(offer(&mut queue, "Lovely!", Weight::Passing), None);
        assert_eq!(queue.speaking().unwrap().caption, "See you soon, Sam!");
        assert_eq!(queue.waiting().unwrap().caption, "Lovely!");
        assert_eq!(said(queue.finished(kept_id)).as_deref(), Some("Lovely!"));
        assert_eq!(queue.waiting(), None);
    }

    #[test]
    fn a_waiting_kept_line_is_not_pushed_out_by_a_passing_one() {
        let mut queue = Queue::default();
        offer(&mut queue, "It's Mummy!", Weight::Kept);
        offer(&mut queue, "I always come back to you", Weight::Kept);
        offer(&mut queue, "Lovely!", Weight::Passing);
        assert_eq!(
            queue.waiting().unwrap().caption,
            "I always come back to you"
        );
    }

    #[test]
    fn the_same_words_are_not_restarted() {
        let mut queue = Queue::default();
        offer(&mut queue, "Where's Mummy?", Weight::Passing);
        assert_eq!(offer(&mut queue, "Where's Mummy?", Weight::Passing), None);
    }

    #[test]
    fn a_finish_for_an_old_line_changes_nothing() {
        let mut queue = Queue::default();
        offer(&mut queue, "One", Weight::Passing);
        let old = queue.speaking().unwrap().id;
        offer(&mut queue, "Two", Weight::Passing);
        assert_eq!(queue.finished(old), None);
        assert_eq!(queue.speaking().unwrap().caption, "Two");
    }

    #[test]
    fn a_line_never_reported_finished_is_let_go() {
        let mut queue = Queue::default();
        offer(
            &mut queue,
            "See you soon, Sam! I'll come back after nap.",
            Weight::Kept,
        );
        offer(&mut queue, "Mummy is at work.", Weight::Passing);
        let mut next = None;
        for _ in 0..600 {
            next = next.or(said(queue.tick(1.0 / 30.0)));
        }
        assert_eq!(next.as_deref(), Some("Mummy is at work."));
    }

    #[test]
    fn a_line_not_heard_stays_for_its_reading_time_then_the_waiting_line_follows() {
        let mut queue = Queue::default();
        offer(
            &mut queue,
            "Mummy is at work, by the big window.",
            Weight::Kept,
        );
        let id = queue.speaking().unwrap().id;
        offer(
            &mut queue,
            "When the big hand reaches the heart, Mummy will be home.",
            Weight::Kept,
        );
        assert_eq!(
            queue.not_heard(id),
            None,
            "not gone at once: the caption must be readable"
        );
        let reading = reading_time("Mummy is at work, by the big window.");
        assert!(
            reading > 2.0 && reading < longest_expected("Mummy is at work, by the big window.")
        );
        let mut elapsed = 0.0;
        let mut next = None;
        while next.is_none() && elapsed < 30.0 {
            elapsed += 1.0 / 30.0;
            next = said(queue.tick(1.0 / 30.0));
        }
        assert!((elapsed - reading).abs() < 0.05, "{elapsed} vs {reading}");
        assert_eq!(
            next.unwrap(),
            "When the big hand reaches the heart, Mummy will be home."
        );
        // A passing line not heard is still replaced at once by the next.
        let mut queue = Queue::default();
        offer(&mut queue, "Blue!", Weight::Passing);
        queue.not_heard(queue.speaking().unwrap().id);
        assert_eq!(
            said(offer(&mut queue, "Lovely!", Weight::Passing)).as_deref(),
            Some("Lovely!")
        );
    }

    #[test]
    fn hush_forgets_everything() {
        let mut queue = Queue::default();
        offer(&mut queue, "Kept", Weight::Kept);
        offer(&mut queue, "Waiting", Weight::Passing);
        assert_eq!(queue.hush(), Order::Hush);
        assert_eq!(queue.speaking(), None);
        assert_eq!(queue.waiting(), None);
        assert_eq!(
            said(offer(&mut queue, "Fresh", Weight::Passing)).as_deref(),
            Some("Fresh")
        );
    }
}
