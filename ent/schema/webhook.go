package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/countthings/countthings/ent/schema/enums"
)

// Webhook is an integrator's endpoint that receives signed license events.
type Webhook struct{ ent.Schema }

func (Webhook) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Webhook) Fields() []ent.Field {
	return []ent.Field{
		field.Int("account_id").Immutable(),
		field.String("url").NotEmpty().MaxLen(2000),
		field.String("secret").Sensitive().Annotations(entgql.Skip()),
		// Event types delivered; empty means all.
		field.Strings("event_types").Default([]string{}),
		field.Bool("active").Default(true),
		// Events up to this sequence number have been queued for delivery.
		field.Int64("cursor_seq").Default(0).Annotations(entgql.Skip()),
	}
}

func (Webhook) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("account", Account.Type).Ref("webhooks").Field("account_id").Unique().Required().Immutable().Annotations(entgql.Skip()),
		edge.To("deliveries", WebhookDelivery.Type).Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

// WebhookDelivery is one event to deliver to one webhook, with its attempts.
type WebhookDelivery struct{ ent.Schema }

func (WebhookDelivery) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (WebhookDelivery) Fields() []ent.Field {
	return []ent.Field{
		field.Int("webhook_id").Immutable(),
		field.Int("event_id").Immutable(),
		field.Int("attempts").Default(0),
		field.Enum("status").GoType(enums.DeliveryStatus("")).Default(string(enums.DeliveryPending)),
		field.Int("last_status_code").Optional().Nillable(),
		field.String("last_error").Optional().Nillable().MaxLen(2000),
		field.Time("next_attempt_at").Optional().Nillable(),
		field.Time("delivered_at").Optional().Nillable(),
	}
}

func (WebhookDelivery) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("webhook", Webhook.Type).Ref("deliveries").Field("webhook_id").Unique().Required().Immutable(),
		edge.From("event", LicenseEvent.Type).Ref("deliveries").Field("event_id").Unique().Required().Immutable(),
	}
}

func (WebhookDelivery) Indexes() []ent.Index {
	return []ent.Index{index.Fields("status", "next_attempt_at"), index.Fields("webhook_id", "event_id").Unique()}
}
