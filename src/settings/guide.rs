//! The few sentences at the top of the parent area: how the game is meant to be used, and
//! where each part of the grown-up's page is. Adult words, short.

/// Shown under the parent area's title, above the settings.
pub const GUIDE: &str = r##"<section class="guide" aria-labelledby="guide-title">
<h2 id="guide-title">How to use See You Soon</h2>
<ol>
<li>Play together first, your child on your lap; later they can play while you are near.</li>
<li>Let a session end by itself: it always ends when the grown-up comes back.</li>
<li>Do the same goodbye at the real door as in the game (your drop-off plan below), say when you will be back, and come back warmly.</li>
<li>The real practice is off the screen: short separations that grow, step by step.</li>
</ol>
<nav aria-label="This page"><a href="#plan">Drop-off plan</a> · <a href="#practice">Practice</a> · <a href="#print">Things to print</a> · <a href="#quiet-log">Quiet log</a></nav>
</section>"##;
