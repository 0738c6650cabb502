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
    '# 1. Run the login below with your email and password (at least 10 characters).',
    '# 2. Put the token it returns in the Headers tab below, as',
    '#      {"Authorization": "Bearer <token>"}',
    '#    It is sent on every request and, for subscriptions, in connection_init.',
    '# 3. Then write queries here; the Docs panel (top left) describes every field.',
    '#    Name each operation: several can then share this tab.',
    '',
    'mutation Login {',
    '  login(input: {email: "support@example.com", password: "support password 1"}) {',
    '    token',
    '    expiresAt',
    '  }',
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
