package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Device is registered the first time someone logs in on it; (account, code) identifies it.
type Device struct{ ent.Schema }

func (Device) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Device) Fields() []ent.Field {
	return []ent.Field{
		field.Int("account_id").Immutable(),
		field.String("code").NotEmpty().MaxLen(200).Immutable().Annotations(entgql.OrderField("CODE")),
		field.String("name").Optional().Nillable().MaxLen(200),
		field.String("platform").Optional().Nillable().MaxLen(100),
		field.Bool("inactive").Default(false),
		field.Time("last_seen_at").Optional().Nillable().Annotations(entgql.OrderField("LAST_SEEN_AT")),
		field.Int("last_user_id").Optional().Nillable(),
		// Set when the device lost a floating license (reclaim or release); a heartbeat then tries to get one back.
		field.Time("floating_lost_at").Optional().Nillable().Annotations(entgql.Skip()),
	}
}

func (Device) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("account", Account.Type).Ref("devices").Field("account_id").Unique().Required().Immutable().Annotations(entgql.Skip()),
		edge.From("last_user", User.Type).Ref("last_devices").Field("last_user_id").Unique().
			Annotations(entsql.OnDelete(entsql.SetNull)),
		edge.To("license", License.Type).Unique().Annotations(entsql.OnDelete(entsql.Restrict)),
	}
}

func (Device) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("account_id", "code").Unique(),
		index.Fields("last_user_id"),
	}
}

func (Device) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}
