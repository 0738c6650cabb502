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

// PolicyVersion is one version of an account's PERMISSIONS or FLOATING Rego; every version is kept.
type PolicyVersion struct{ ent.Schema }

func (PolicyVersion) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (PolicyVersion) Fields() []ent.Field {
	return []ent.Field{
		field.Int("account_id").Immutable(),
		field.Enum("kind").GoType(enums.PolicyKind("")).Immutable(),
		field.Int("version").Positive().Immutable(),
		field.Text("source").Immutable(),
		field.Bool("active").Default(false),
		// The shipped preset this version was made from, if any.
		field.String("preset").Optional().Nillable().Immutable(),
		field.Int("author_id").Optional().Nillable(),
	}
}

func (PolicyVersion) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("account", Account.Type).Ref("policy_versions").Field("account_id").Unique().Required().Immutable().Annotations(entgql.Skip()),
		edge.To("author", User.Type).Field("author_id").Unique().Annotations(entsql.OnDelete(entsql.SetNull)),
	}
}

func (PolicyVersion) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("account_id", "kind", "version").Unique(),
		// At most one active version per account and kind.
		index.Fields("account_id", "kind").Unique().Annotations(entsql.IndexWhere("active")),
	}
}
