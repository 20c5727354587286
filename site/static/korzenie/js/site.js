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

  // "Share with your class": copy the page's address. Without this file the address stays
  // visible and selectable in its field.
  document.querySelectorAll("[data-copy]").forEach((button) => {
    const field = document.getElementById(button.dataset.copy);
    const status = button.parentElement.querySelector("[data-copy-status]");
    if (!field) return;
    button.hidden = false;
    button.addEventListener("click", () => {
      const done = () => { if (status) status.textContent = button.dataset.copied; };
      const failed = () => {
        field.focus();
        field.select();
        if (status) status.textContent = button.dataset.copyFailed;
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, failed);
      } else {
        failed();
      }
    });
  });
});
