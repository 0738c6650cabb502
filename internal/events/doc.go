// Package events is the license event log: the outbox written in each license change's
// transaction, its ordered reading, and the fan-out to subscribers and webhooks.
//
//   - outbox.go: Append, in the license change's transaction; service.go: the Service.
//   - list.go, cursor.go, export.go: reading the log (licenseEvents, its cursors, the CSV).
//   - notify.go: Postgres LISTEN/NOTIFY between instances; revocations.go: ending the
//     subscriptions of a user or token whose access changed.
//   - hub.go: this process's subscribers by account, woken on commit, sharing reads;
//     stream.go: one subscription's pump (Stream, Subscribe) and its reasons to end, handed
//     to the transport as apperr errors (reqctx.EndSubscription): no GraphQL here.
//   - webhooks.go: webhook settings; webhook_dispatch.go: deliveries, retries and
//     signatures; webhook_redeliver.go; webhook_ssrf.go: which addresses may be called.
package events
