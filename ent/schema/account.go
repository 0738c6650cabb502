package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"github.com/countthings/countthings/ent/schema/enums"
)

// Account is an Enterprise Account: a company and its pool of licenses.
type Account struct{ ent.Schema }

func (Account) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Account) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(200),
		// The Account Email, stored lower-cased; the ADMIN logs in with it.
		field.String("email").NotEmpty().MaxLen(254).Unique(),
		field.Enum("type").GoType(enums.AccountType("")),
		// The one expiration date shared by every license of the account.
		field.Time("expires_at"),
		field.String("operator_contact_email").Optional().Nillable().MaxLen(254),
		field.String("operator_contact_phone").Optional().Nillable().MaxLen(40),
		field.Int("floating_idle_minutes").Default(30).NonNegative(),
		// Used by the permission-priority floating preset: holders whose user lacks it lose first.
		field.String("floating_priority_permission").Optional().Nillable().MaxLen(100),
		// Last sequence number handed to a license event of this account; bumped under the account's row lock.
		field.Int64("event_seq").Default(0).Annotations(entgql.Skip()),
		// Set once the EXPIRED event for the current expiry date has been written; cleared by renew.
		field.Bool("expiry_recorded").Default(false).Annotations(entgql.Skip()),
	}
}

func (Account) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("users", User.Type).Annotations(entgql.Skip(), entsql.OnDelete(entsql.Restrict)),
		edge.To("devices", Device.Type).Annotations(entgql.Skip(), entsql.OnDelete(entsql.Restrict)),
		edge.To("licenses", License.Type).Annotations(entgql.Skip(), entsql.OnDelete(entsql.Restrict)),
		edge.To("events", LicenseEvent.Type).Annotations(entgql.Skip(), entsql.OnDelete(entsql.Restrict)),
		edge.To("policy_versions", PolicyVersion.Type).Annotations(entgql.Skip(), entsql.OnDelete(entsql.Restrict)),
		edge.To("api_tokens", APIToken.Type).Annotations(entgql.Skip(), entsql.OnDelete(entsql.Restrict)),
		edge.To("webhooks", Webhook.Type).Annotations(entgql.Skip(), entsql.OnDelete(entsql.Restrict)),
	}
}

func (Account) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}
