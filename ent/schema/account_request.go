package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/countthings/countthings/ent/schema/enums"
)

// AccountRequest is a company asking for an enterprise account; SUPPORT answers it.
type AccountRequest struct{ ent.Schema }

func (AccountRequest) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (AccountRequest) Fields() []ent.Field {
	return []ent.Field{
		field.String("company_name").NotEmpty().MaxLen(200),
		field.String("contact_email").NotEmpty().MaxLen(254),
		field.String("contact_name").Optional().Nillable().MaxLen(200),
		field.Enum("account_type").GoType(enums.AccountType("")),
		field.Int("standard_licenses").NonNegative(),
		field.Int("floating_licenses").NonNegative(),
		field.Text("workflow").Optional().Nillable().MaxLen(10000),
		field.Enum("status").GoType(enums.AccountRequestStatus("")).Default(string(enums.RequestPending)),
		field.String("decision_reason").Optional().Nillable().MaxLen(2000),
		field.Time("decided_at").Optional().Nillable(),
		field.Int("account_id").Optional().Nillable(),
	}
}

func (AccountRequest) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("account", Account.Type).Unique().Field("account_id").Annotations(entgql.Skip()),
		edge.To("decided_by", User.Type).Unique().Annotations(entgql.Skip()),
	}
}

func (AccountRequest) Indexes() []ent.Index {
	return []ent.Index{index.Fields("status", "created_at")}
}
