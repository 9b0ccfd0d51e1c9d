// SPDX-License-Identifier: EUPL-1.2
// Render every Vega-Lite chart on the page (and after each HTMX swap). The spec lives in a
// <script type="application/json"> next to the chart; the table alternative is in the HTML.
(function () {
  "use strict";
  var options = {
    renderer: "svg",
    // No action menu: vega-embed's <details> menu has an unnamed <summary> (WCAG 4.1.2);
    // every chart's numbers download as CSV/XLSX below it instead.
    actions: false,
    formatLocale: {
      decimal: ",", thousands: ".", grouping: [3], currency: ["€\u00a0", ""],
    },
    timeFormatLocale: {
      dateTime: "%a %e %B %Y %X", date: "%d-%m-%Y", time: "%H:%M:%S",
      periods: ["AM", "PM"],
      days: ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
      shortDays: ["zo", "ma", "di", "wo", "do", "vr", "za"],
      months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december"],
      shortMonths: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt",
        "nov", "dec"],
    },
  };

  function renderCharts(root) {
    if (typeof vegaEmbed === "undefined") { return; }
    root.querySelectorAll("[data-vega-spec]").forEach(function (el) {
      var source = document.getElementById(el.getAttribute("data-vega-spec"));
      if (!source) { return; }
      vegaEmbed(el, JSON.parse(source.textContent), options).then(function () {
        el.setAttribute("data-gerenderd", "ja");
      }).catch(function (err) {
        el.textContent = "De grafiek kon niet worden getekend; de tabel bevat de cijfers.";
        if (window.console) { window.console.error(err); }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    renderCharts(document);
    document.body.addEventListener("htmx:afterSwap", function (event) {
      renderCharts(event.detail.target);
    });
  });
})();
