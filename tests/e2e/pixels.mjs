// Shared by the browser tests: looking at screenshots' pixels (decoded by a browser), and test
// photos made by one.

/**
 * Looks at a screenshot's pixels, decoded by the browser itself in a blank page: how many
 * distinct colours (coarsely binned; a blank or black canvas gives 1-2) and how many pixels
 * are within `tolerance` of `rgb` (0-255 each), when `rgb` is given.
 */
async function pixelStats(browser, png, rgb = null, tolerance = 12) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(PIXEL_STATS, { base64: png.toString("base64"), rgb, tolerance });
  } finally {
    await page.close();
  }
}

/**
 * Runs in a page: decodes a base64 PNG with the browser's own decoder and counts its colours
 * (binned) and the pixels near `rgb` (only inside `rects`, `{x, y, w, h}` in pixels, when
 * given). Any engine's `evaluate` can run it.
 */
export async function PIXEL_STATS({ base64, rgb, tolerance, rects = null }) {
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext("2d");
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  const bins = new Set();
  let like = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (i % 28 === 0) bins.add(((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4));
    if (rgb && Math.abs(data[i] - rgb[0]) <= tolerance && Math.abs(data[i + 1] - rgb[1]) <= tolerance
      && Math.abs(data[i + 2] - rgb[2]) <= tolerance) {
      const x = (i / 4) % image.width;
      const y = Math.floor(i / 4 / image.width);
      if (!rects || rects.some((r) => x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h)) like += 1;
    }
  }
  return { distinct: bins.size, like };
}

/** How varied the picture on screen is (see `pixelStats`). */
export async function distinctColours(browser, png) {
  return (await pixelStats(browser, png)).distinct;
}

/** How many pixels of a screenshot are close to `rgb`: something of a known colour is shown.
 * The tests run at device scale 1, so a count is of CSS pixels (a quarter of scale 2's). */
export async function pixelsLike(browser, png, rgb, tolerance = 12) {
  return (await pixelStats(browser, png, rgb, tolerance)).like;
}

/** A photo made by the browser: a pale background with a big face (magenta: nothing the game draws is) off to one side. */
export async function testPhoto(page, { width, height, type = "image/jpeg", face = [226, 52, 168] }) {
  const dataUrl = await page.evaluate(({ width, height, type, face }) => {
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d");
    context.fillStyle = "rgb(196, 226, 200)";
    context.fillRect(0, 0, width, height);
    const radius = Math.min(width, height) * 0.3;
    context.fillStyle = `rgb(${face.join(",")})`;
    context.beginPath();
    context.arc(width * 0.6, height * 0.45, radius, 0, Math.PI * 2);
    context.fill();
    return canvas.toDataURL(type, 0.92);
  }, { width, height, type, face });
  return Buffer.from(dataUrl.split(",")[1], "base64");
}
