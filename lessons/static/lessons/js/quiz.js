// Quiz comfort: save answers in the background as they change. The quiz works without this
// file; every button posts the same form to the server.
(function () {
  "use strict";
  var form = document.querySelector("form[data-quiz-autosave]");
  if (!form || !window.fetch || !window.FormData) return;
  var status = form.querySelector("[data-quiz-status]");
  var answered = document.querySelector("[data-quiz-answered]");
  var progress = document.querySelector("[data-quiz-progress]");
  var lang = document.documentElement.lang || "pl";
  var messages = {
    pl: { saving: "Zapisywanie…", saved: "Odpowiedzi zapisane.", failed: "Nie udało się zapisać; odpowiedzi zapiszą się po kliknięciu przycisku." },
    en: { saving: "Saving…", saved: "Answers saved.", failed: "Could not save; your answers will be saved when you press a button." }
  };
  var text = messages[lang] || messages.pl;
  var timer = null;

  function save() {
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
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (body) {
        if (status) status.textContent = text.saved;
        if (answered && typeof body.answered === "number") answered.textContent = body.answered;
        if (progress && typeof body.answered === "number") progress.value = body.answered;
      })
      .catch(function () {
        if (status) status.textContent = text.failed;
      });
  }

  function schedule(delay) {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, delay);
  }

  form.addEventListener("change", function () { schedule(300); });
  form.addEventListener("input", function (event) {
    if (event.target.type === "text") schedule(1200);
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
