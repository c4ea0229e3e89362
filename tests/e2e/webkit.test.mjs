// The cross-engine scenarios (engines/scenarios.mjs) in WebKitGTK, Safari's engine.
import { crossEngineSuite } from "./engines/scenarios.mjs";
import { launchWebKit } from "./engines/webkit.mjs";

crossEngineSuite("WebKit", launchWebKit);
