/* Fill the search box's <datalist> with entry names as the reader types. The
   plain form works without it. */
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest-url]");
  if (!input) { return; }
  var list = document.getElementById(input.getAttribute("list"));
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (input.value.trim().length < 2) { return; }
      fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(input.value))
        .then(function (response) { return response.json(); })
        .then(function (data) {
          list.innerHTML = "";
          data.suggestions.forEach(function (item) {
            var option = document.createElement("option");
            option.value = item.title;
            list.appendChild(option);
          });
        });
    }, 150);
  });
})();
