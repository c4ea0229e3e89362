// The cross-engine scenarios (engines/scenarios.mjs) in Firefox ESR.
import { crossEngineSuite } from "./engines/scenarios.mjs";
import { launchFirefox } from "./engines/firefox.mjs";

crossEngineSuite("Firefox", launchFirefox);
