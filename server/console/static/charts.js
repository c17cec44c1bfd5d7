// Draws the programme page's charts from the JSON the page carries; the tables beside each
// chart hold the same figures, so the page says everything without JavaScript too.
(function () {
  "use strict";
  var source = document.getElementById("chart-data");
  if (!source || typeof Chart === "undefined") return;
  var data = JSON.parse(source.textContent);
  var css = getComputedStyle(document.documentElement);
  function token(name) { return css.getPropertyValue(name).trim(); }
  var palette = ["--chart-1", "--chart-2", "--chart-3", "--chart-4", "--chart-5", "--chart-6", "--chart-7", "--chart-8"].map(token);
  Chart.defaults.font.family = token("--font");
  Chart.defaults.color = token("--ink");
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;

  var perDay = document.getElementById("chart-per-day");
  if (perDay) {
    new Chart(perDay, {
      type: "bar",
      data: {
        labels: data.per_day.map(function (d) { return d[0]; }),
        datasets: [{ label: perDay.dataset.label, data: data.per_day.map(function (d) { return d[1]; }), backgroundColor: palette[0], maxBarThickness: 28 }]
      },
      options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }
  var eligibility = document.getElementById("chart-eligibility");
  if (eligibility) {
    new Chart(eligibility, {
      type: "doughnut",
      data: {
        labels: JSON.parse(eligibility.dataset.labels),
        datasets: [{ data: data.eligibility, backgroundColor: [token("--ok"), token("--bad")] }]
      },
      options: { plugins: { legend: { position: "bottom" } } }
    });
  }
  var classes = document.getElementById("chart-classes");
  if (classes && data.classes.length) {
    var weeks = [];
    data.classes.forEach(function (c) { c.weeks.forEach(function (w) { if (weeks.indexOf(w[0]) < 0) weeks.push(w[0]); }); });
    weeks.sort();
    new Chart(classes, {
      type: "line",
      data: {
        labels: weeks,
        datasets: data.classes.map(function (c, n) {
          var byWeek = {};
          c.weeks.forEach(function (w) { byWeek[w[0]] = Math.round(w[1] * 100); });
          return { label: c.title, data: weeks.map(function (w) { return w in byWeek ? byWeek[w] : null; }), borderColor: palette[n % palette.length], backgroundColor: palette[n % palette.length], spanGaps: true };
        })
      },
      options: { plugins: { legend: { position: "bottom" } }, scales: { y: { min: 0, max: 100, ticks: { callback: function (v) { return v + "%"; } } } } }
    });
  }
})();
