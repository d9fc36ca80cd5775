// "Add another product" without sending the page (the button still works without this file).
(function () {
  "use strict";
  var form = document.querySelector("[data-application-form]");
  if (!form) { return; }
  var section = form.querySelector("[data-products]");
  var list = section && section.querySelector("[data-product-list]");
  var template = section && section.querySelector("[data-product-template]");
  var button = section && section.querySelector("[data-add-product]");
  var total = section && section.querySelector("input[name$='-TOTAL_FORMS']");
  if (!list || !template || !button || !total) { return; }
  var max = parseInt(section.getAttribute("data-max"), 10) || 10;

  button.addEventListener("click", function (event) {
    var count = parseInt(total.value, 10) || 0;
    if (count >= max) { return; }
    event.preventDefault();
    var html = template.innerHTML.replace(/__prefix__/g, String(count)).replace(/__number__/g, String(count + 1));
    var holder = document.createElement("div");
    holder.innerHTML = html.trim();
    var row = holder.firstElementChild;
    list.appendChild(row);
    total.value = String(count + 1);
    if (count + 1 >= max) { button.hidden = true; }
    var first = row.querySelector("input, select, textarea");
    if (first) { first.focus(); }
  });

  var errors = document.getElementById("form-errors");
  if (errors) { errors.focus(); }
})();
