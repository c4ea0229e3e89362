// Test-only, loaded by the cross-engine test server before any of the game's own scripts: it
// notes what a test cannot read from outside in every engine (WebKit's driver has no console
// access). Nothing here changes what the game does; the real calls are still made.
(() => {
  const problems = [];
  const warnings = [];
  window.testProbe = { problems, warnings };

  const describe = (value) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));
  const originalError = console.error.bind(console);
  const originalWarn = console.warn.bind(console);
  console.error = (...args) => {
    problems.push(`console.error: ${args.map(describe).join(" ")}`);
    originalError(...args);
  };
  console.warn = (...args) => {
    warnings.push(args.map(describe).join(" "));
    originalWarn(...args);
  };
  // Script errors reach `window`; a file that fails to load fires on its element (captured).
  window.addEventListener("error", (event) => {
    if (event.target && event.target !== window) {
      problems.push(`failed to load: ${event.target.src ?? event.target.href ?? event.target.tagName}`);
    } else {
      problems.push(`uncaught: ${event.message} (${event.filename}:${event.lineno})`);
    }
  }, true);
  window.addEventListener("unhandledrejection", (event) => problems.push(`unhandled rejection: ${describe(event.reason)}`));
  document.addEventListener("securitypolicyviolation", (event) => {
    problems.push(`CSP blocked ${event.blockedURI} (${event.violatedDirective})`);
  });

  // Every line handed to the browser's voice, in order.
  window.spokenLines = [];
  const synth = window.speechSynthesis;
  if (synth) {
    const speak = synth.speak.bind(synth);
    synth.speak = (utterance) => {
      window.spokenLines.push(utterance.text);
      speak(utterance);
    };
  }

  // Every screen shown, so a test that looks now and then misses no visit, and when each was
  // first shown (for the engines' start-up times).
  window.screensSeen = [];
  window.screenFirstShown = {};
  new MutationObserver(() => {
    const shown = document.body?.dataset.screen;
    if (shown && window.screensSeen.at(-1) !== shown) window.screensSeen.push(shown);
    if (shown && !(shown in window.screenFirstShown)) window.screenFirstShown[shown] = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-screen"] });
})();
