// Classroom comfort, never the only way: a print button for the roster, and the chosen-students
// list shown only when "only the students I choose" is selected.
(function () {
  "use strict";
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  var students = document.querySelector("[data-chosen-students]");
  var radios = document.querySelectorAll("input[name=for_whole_class]");
  if (students && radios.length) {
    var update = function () {
      var chosen = document.querySelector("input[name=for_whole_class]:checked");
      students.hidden = !chosen || chosen.value === "1";
    };
    radios.forEach(function (radio) { radio.addEventListener("change", update); });
    update();
  }
})();
