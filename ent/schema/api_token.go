package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// APIToken lets an integrator act inside one account with a subset of its creator's permissions.
type APIToken struct{ ent.Schema }

func (APIToken) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (APIToken) Fields() []ent.Field {
	return []ent.Field{
		field.Int("account_id").Immutable(),
		field.String("name").NotEmpty().MaxLen(200),
		field.Bytes("token_hash").Sensitive().Unique().Immutable().Annotations(entgql.Skip()),
		field.Strings("permissions").Default([]string{}),
		field.Int("created_by_id").Optional().Nillable(),
		field.Time("last_used_at").Optional().Nillable(),
		field.Time("revoked_at").Optional().Nillable(),
	}
}

func (APIToken) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("account", Account.Type).Ref("api_tokens").Field("account_id").Unique().Required().Immutable().Annotations(entgql.Skip()),
		edge.To("created_by", User.Type).Field("created_by_id").Unique().Annotations(entsql.OnDelete(entsql.SetNull)),
	}
}
