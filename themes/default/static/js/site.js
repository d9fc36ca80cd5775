// Progressive enhancements only: the site works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var toggle = document.querySelector(".main-nav__toggle");
  var menu = document.getElementById("main-menu");
  if (toggle && menu) {
    toggle.addEventListener("click", function () {
      var open = menu.classList.toggle("is-open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }

  document.querySelectorAll("[data-copy-url]").forEach(function (button) {
    button.addEventListener("click", function () {
      var status = button.parentElement.querySelector(".share__status");
      var url = button.getAttribute("data-copy-url");
      var done = function () { if (status) { status.textContent = button.getAttribute("data-copied-text"); } };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(url).then(done, function () { window.prompt("", url); });
      } else {
        window.prompt("", url);
      }
    });
  });

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
})();
