package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/countthings/countthings/ent/schema/enums"
)

// User is a person who logs in: SUPPORT staff, an account's ADMIN, or an OPERATOR.
type User struct{ ent.Schema }

func (User) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (User) Fields() []ent.Field {
	return []ent.Field{
		// Stored lower-cased, so uniqueness is case-insensitive.
		field.String("email").NotEmpty().MaxLen(254).Unique(),
		field.String("password_hash").Sensitive().Annotations(entgql.Skip()),
		field.Enum("role").GoType(enums.Role("")),
		field.Strings("permissions").Default([]string{}),
		field.Text("notes").Optional().Nillable().MaxLen(10000),
		field.Bool("disabled").Default(false),
		field.Time("last_login_at").Optional().Nillable(),
		// Null for SUPPORT staff, who belong to no account.
		field.Int("account_id").Optional().Nillable().Immutable(),
	}
}

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("account", Account.Type).Ref("users").Field("account_id").Unique().Immutable(),
		edge.To("sessions", Session.Type).Annotations(entgql.Skip(), entsql.OnDelete(entsql.Cascade)),
		edge.To("last_devices", Device.Type).Annotations(entgql.Skip()),
	}
}

func (User) Indexes() []ent.Index {
	return []ent.Index{index.Fields("account_id", "created_at")}
}

func (User) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}
