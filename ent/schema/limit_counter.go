package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// LimitCounter counts what a limit counts for one key (failed logins of an email from an
// address, account requests from an address …), so that every instance sees the same
// count and a restart forgets nothing. Times are Unix milliseconds: compared and computed
// the same way in Postgres and SQLite. Written by internal/limits only, in plain SQL.
type LimitCounter struct{ ent.Schema }

func (LimitCounter) Fields() []ent.Field {
	return []ent.Field{
		// What is counted and for whom, e.g. "login:pair:<hash of email and address>".
		field.String("key").MaxLen(120).Unique().Immutable(),
		field.Int("hits").Default(0),
		// Until when (Unix ms) attempts are refused; 0: not blocked.
		field.Int64("blocked_until").Default(0),
		// When (Unix ms) the count is forgotten.
		field.Int64("expires_at"),
	}
}

func (LimitCounter) Indexes() []ent.Index {
	return []ent.Index{index.Fields("expires_at")}
}

func (LimitCounter) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
