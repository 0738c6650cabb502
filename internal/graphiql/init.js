// Starts GraphiQL against this server's /graphql; kept out of index.html so the
// page runs under a Content-Security-Policy without 'unsafe-inline' scripts.
(function () {
  var wsScheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  // The headers typed in the Headers tab go on every HTTP request and, for
  // subscriptions, into the connection_init payload: {"Authorization": "Bearer …"}.
  var fetcher = GraphiQL.createFetcher({
    url: '/graphql',
    subscriptionUrl: wsScheme + '//' + window.location.host + '/graphql',
  });
  var defaultQuery = [
    '# Welcome to the CountThings API.',
    '#',
    '# To authenticate, put your session or API token in the Headers tab below:',
    '#   {"Authorization": "Bearer <token>"}',
    '# It is sent on every request and, for subscriptions, in connection_init.',
    '',
    '{',
    '  __typename',
    '}',
    '',
  ].join('\n');
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: defaultQuery,
      defaultEditorToolsVisibility: 'headers',
    })
  );
})();
