// The start-up script of the API reference page (served as docs/assets/init.js, so the page's
// CSP needs no inline script): Swagger UI on the document named by the page, resolved against
// the page's own URL. Try-it-out goes to the API the page was served by (the document's folder
// on this origin) whatever `servers` the document declares — another origin, or the same host
// spelt differently (localhost / 127.0.0.1), would be refused by the page's `connect-src 'self'`.
// No calls elsewhere: the online validator badge is off.
export const SWAGGER_UI_INIT = `(function () {
  var root = document.getElementById('swagger-ui');
  var url = new URL(root.getAttribute('data-openapi'), document.baseURI).href;
  var base = new URL('.', url).href.replace(/\\/$/, '');
  fetch(url, { headers: { accept: 'application/json' } })
    .then(function (response) { return response.json(); })
    .then(function (spec) {
      spec.servers = [{ url: base, description: 'This server' }];
      window.ui = SwaggerUIBundle({
        spec: spec,
        dom_id: '#swagger-ui',
        deepLinking: true,
        validatorUrl: null,
        displayOperationId: true,
        showExtensions: true,
        presets: [SwaggerUIBundle.presets.apis],
        layout: 'BaseLayout',
      });
    })
    .catch(function (error) {
      root.textContent = 'The OpenAPI document could not be loaded: ' + error;
    });
})();
`;
