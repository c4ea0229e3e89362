// "Things to print" in the parent area: each button shows its page (print.html#…) in a frame,
// and "Print this page" prints the frame alone. The game writes the pages' contents before the
// buttons can be pressed (parent/printables). Also counts how long a preview took, for
// tools/print-bench.mjs.
const timings = [];

function preview() {
  return document.querySelector("#parent-area .print-preview");
}

function open(page) {
  const box = preview();
  const frame = box?.querySelector("iframe");
  if (!frame) return;
  const began = performance.now();
  box.hidden = false;
  box.dataset.page = page;
  box.dataset.ready = "";
  const ready = () => {
    const body = frame.contentDocument?.body;
    if (body?.dataset.ready === page || body?.dataset.ready === "none") {
      timings.push({ page, ms: performance.now() - began });
      box.dataset.ready = page;
      return;
    }
    setTimeout(ready, 30);
  };
  // A new page in the same frame: the hash changes and print.js shows it.
  const address = `print.html#${page}`;
  if (frame.getAttribute("src")?.startsWith("print.html")) frame.contentWindow.location.hash = page;
  else frame.setAttribute("src", address);
  setTimeout(ready, 30);
  frame.scrollIntoView?.({ block: "nearest" });
}

document.addEventListener("click", (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const choice = target?.closest("#parent-area [data-print-page]");
  if (choice) {
    open(choice.dataset.printPage);
    return;
  }
  if (target?.closest("#parent-area [data-print=now]")) {
    preview()?.querySelector("iframe")?.contentWindow?.print();
  }
});

window.seeYouSoonPrint = { timings };
