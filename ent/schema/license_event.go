package schema

import (
	"github.com/countthings/countthings/ent/schema/enums"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// LicenseEvent is the outbox and the audit log: written in the same transaction as the change it records.
type LicenseEvent struct{ ent.Schema }

func (LicenseEvent) Fields() []ent.Field {
	return []ent.Field{
		field.Int("account_id").Immutable(),
		// Per-account order: handed out under the account row lock, so it is commit order.
		field.Int64("seq").Immutable(),
		field.Enum("type").GoType(enums.LicenseEventType("")).Immutable(),
		field.Time("occurred_at").Default(time.Now).Immutable(),
		field.Enum("pool").GoType(enums.LicensePool("")).Optional().Nillable().Immutable(),
		field.Int("license_id").Optional().Nillable().Immutable(),
		field.Int("device_id").Optional().Nillable().Immutable(),
		field.Int("previous_device_id").Optional().Nillable().Immutable(),
		field.Int("user_id").Optional().Nillable(),
		field.Int("actor_id").Optional().Nillable(),
		// Kept so the log stays readable after a user is deleted.
		field.String("user_email").Optional().Nillable().Immutable(),
		field.String("actor_email").Optional().Nillable().Immutable(),
		field.String("reason").Optional().Nillable().MaxLen(2000).Immutable(),
	}
}

func (LicenseEvent) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("account", Account.Type).Ref("events").Field("account_id").Unique().Required().Immutable(),
		edge.To("device", Device.Type).Field("device_id").Unique().Immutable(),
		edge.To("previous_device", Device.Type).Field("previous_device_id").Unique().Immutable(),
		edge.To("user", User.Type).Field("user_id").Unique().Annotations(entsql.OnDelete(entsql.SetNull)),
		edge.To("actor", User.Type).Field("actor_id").Unique().Annotations(entsql.OnDelete(entsql.SetNull)),
		edge.To("deliveries", WebhookDelivery.Type).Annotations(entgql.Skip(), entsql.OnDelete(entsql.Cascade)),
	}
}

func (LicenseEvent) Indexes() []ent.Index {
	return []ent.Index{index.Fields("account_id", "seq").Unique()}
}

func (LicenseEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}
