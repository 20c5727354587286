// Comfort only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // Videos come from another host: load the player only when the reader asks for it.
  document.querySelectorAll("[data-video]").forEach((figure) => {
    const button = figure.querySelector("[data-video-load]");
    const template = figure.querySelector("template[data-video-player]");
    if (!button || !template) return;
    button.hidden = false;
    button.addEventListener("click", () => {
      const frame = document.createElement("div");
      frame.className = "video__frame";
      frame.append(template.content.cloneNode(true));
      button.closest(".video__consent").replaceWith(frame);
    });
  });
});
