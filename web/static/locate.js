// The directory's "use my location": shown only where the browser can tell its position, and
// asked only on a tap. The position, rounded to about a kilometre, goes into the page's address
// as near=lat,lon, so the places nearest come first; nothing else is sent or kept.
"use strict";
(() => {
  const button = document.querySelector("button.locate");
  if (!button || !("geolocation" in navigator)) return;
  button.hidden = false;
  const failed = () => {
    const note = document.createElement("p");
    note.setAttribute("role", "status");
    note.textContent = button.dataset.failed;
    button.replaceWith(note);
  };
  button.addEventListener("click", () => {
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const address = new URL(window.location.href);
        address.search = "";
        address.searchParams.set("near", `${coords.latitude.toFixed(2)},${coords.longitude.toFixed(2)}`);
        window.location.assign(address.href);
      },
      failed,
      { timeout: 20000, maximumAge: 600000 },
    );
  });
})();
