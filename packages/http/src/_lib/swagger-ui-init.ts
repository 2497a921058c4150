// The start-up script of the API reference page (served as docs/assets/init.js, so the page's
// CSP needs no inline script): Swagger UI on the document named by the page, resolved against
// the page's own URL, with try-it-out against the same server and no calls elsewhere (the
// online validator badge is off).
export const SWAGGER_UI_INIT = `(function () {
  var root = document.getElementById('swagger-ui');
  var url = new URL(root.getAttribute('data-openapi'), document.baseURI).href;
  window.ui = SwaggerUIBundle({
    url: url,
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    displayOperationId: true,
    showExtensions: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  });
})();
`;
