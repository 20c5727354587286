// Quiz comfort: save answers in the background as they change. The quiz works without this
// file; every button posts the same form to the server. When the connection drops, saving is
// tried again (every 10 seconds and as soon as the browser is back online), and closing the
// tab with answers not yet saved asks first.
(function () {
  "use strict";
  var form = document.querySelector("form[data-quiz-autosave]");
  if (!form || !window.fetch || !window.FormData) return;
  var status = form.querySelector("[data-quiz-status]");
  var answered = document.querySelector("[data-quiz-answered]");
  var progress = document.querySelector("[data-quiz-progress]");
  // The messages in the page's language, from Django's JavaScript catalogue (loaded before
  // this file: /<language>/jsi18n/); in English if it did not load.
  var gettext = window.gettext || function (message) { return message; };
  var text = {
    saving: gettext("Saving…"),
    saved: gettext("Answers saved."),
    failed: gettext("Could not save. We will try again; your answers are also saved when you press a button.")
  };
  var RETRY_MS = 10000;
  var timer = null;
  var changes = 0;  // changes made so far
  var saved = 0;    // changes the server has
  var leaving = false;
  // One save at a time: two in flight could reach the server in the wrong order and leave
  // the older answers saved. A save asked for meanwhile runs when the current one ends.
  var inFlight = false;
  var again = false;

  function save() {
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    var sending = changes;
    var data = new FormData(form);
    data.set("action", "autosave");
    if (status) status.textContent = text.saving;
    // getAttribute: form.action would be the buttons named "action".
    fetch(form.getAttribute("action"), {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { Accept: "application/json" }
    })
      .then(function (response) {
        if (!response.ok) throw response.status;
        return response.json();
      })
      .then(function (body) {
        saved = Math.max(saved, sending);
        if (status) status.textContent = saved >= changes ? text.saved : text.saving;
        if (answered && typeof body.answered === "number") answered.textContent = body.answered;
        if (progress && typeof body.answered === "number") progress.value = body.answered;
      })
      .catch(function (error) {
        if (status) status.textContent = text.failed;
        // A refused form (4xx) would be refused again; a lost connection or a server error
        // may pass later.
        if (!(error >= 400 && error < 500)) schedule(RETRY_MS);
      })
      .then(function () {
        inFlight = false;
        if (again) {
          again = false;
          schedule(0);
        }
      });
  }

  function schedule(delay) {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, delay);
  }

  function changed(delay) {
    changes += 1;
    schedule(delay);
  }

  form.addEventListener("change", function () { changed(300); });
  form.addEventListener("input", function (event) {
    if (event.target.type === "text") changed(1200);
  });
  form.addEventListener("submit", function () { leaving = true; });
  window.addEventListener("online", function () {
    if (saved < changes) schedule(0);
  });
  window.addEventListener("beforeunload", function (event) {
    if (leaving || saved >= changes) return;
    event.preventDefault();
    event.returnValue = "";
  });
})();

// "Which voivodeship?": a click on the map ticks that voivodeship's radio button, and the map
// follows the radio buttons (the one chosen, and the one under the keyboard focus or the
// pointer). Without this file the radio buttons work alone and the map shows the saved answer.
(function () {
  "use strict";
  var maps = document.querySelectorAll("[data-quiz-map]");
  Array.prototype.forEach.call(maps, function (map) {
    function region(value) {
      return map.querySelector('.quiz-map__region[data-value="' + value + '"]');
    }
    function radio(value) {
      return map.querySelector('input[type="radio"][value="' + value + '"]');
    }
    function paint() {
      Array.prototype.forEach.call(map.querySelectorAll('input[type="radio"]'), function (input) {
        var shape = region(input.value);
        if (shape) shape.classList.toggle("quiz-map__region--chosen", input.checked);
      });
    }
    function point(event, on) {
      var option = event.target.closest(".quiz-option");
      var input = option && option.querySelector("input");
      var shape = input && region(input.value);
      if (shape) shape.classList.toggle("quiz-map__region--pointed", on);
    }
    map.classList.add("quiz-map--live");
    map.addEventListener("click", function (event) {
      var shape = event.target.closest(".quiz-map__region");
      var input = shape && radio(shape.getAttribute("data-value"));
      if (!input) return;
      input.checked = true;
      input.focus({ preventScroll: true });
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    map.addEventListener("change", paint);
    map.addEventListener("focusin", function (event) { point(event, true); });
    map.addEventListener("focusout", function (event) { point(event, false); });
    map.addEventListener("mouseover", function (event) { point(event, true); });
    map.addEventListener("mouseout", function (event) { point(event, false); });
  });
})();
