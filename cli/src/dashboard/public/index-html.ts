/**
 * The dashboard's one page. Static: no chain data is written into it on the server; the script fills it from the
 * JSON endpoints with DOM text nodes only, so chain-supplied strings are never parsed as HTML.
 */
export const INDEX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>subnetkit dashboard</title>
<link rel="stylesheet" href="/dashboard.css">
<script type="module" src="/dashboard.js"></script>
</head>
<body>
<header>
  <h1>subnetkit dashboard</h1>
  <p id="status" role="status">connecting…</p>
</header>
<main>
  <nav aria-labelledby="subnets-heading">
    <h2 id="subnets-heading">Subnets</h2>
    <ul id="subnets"></ul>
  </nav>
  <section id="subnet" aria-labelledby="subnet-title">
    <h2 id="subnet-title">Choose a subnet</h2>
    <p id="subnet-facts"></p>
    <h3>Metagraph</h3>
    <p class="hint">Click a column header to sort; click it again to reverse.</p>
    <div class="table-scroll">
      <table id="metagraph">
        <thead><tr></tr></thead>
        <tbody></tbody>
      </table>
    </div>
    <h3>Per neuron over epochs</h3>
    <p class="hint">One point per epoch since the dashboard started following the subnet.</p>
    <div id="charts">
      <figure class="chart" data-metric="stake"><figcaption>Stake</figcaption><svg role="img"></svg></figure>
      <figure class="chart" data-metric="incentive"><figcaption>Incentive</figcaption><svg role="img"></svg></figure>
      <figure class="chart" data-metric="dividends"><figcaption>Dividends</figcaption><svg role="img"></svg></figure>
      <figure class="chart" data-metric="emission"><figcaption>Emission (alpha per epoch)</figcaption><svg role="img"></svg></figure>
    </div>
    <ul id="legend"></ul>
    <h3>Weights (validators × neurons)</h3>
    <p class="hint">Each row is a validator's weights as set on chain, normalised to sum to 1; the darkest cell of a row is its largest weight (hover a cell for its value).</p>
    <svg id="weights" role="img"></svg>
  </section>
</main>
</body>
</html>
`;
