package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/countthings/countthings/ent/schema/enums"
)

// License is one purchased seat of an account's pool: free, or bound to exactly one device.
type License struct{ ent.Schema }

func (License) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (License) Fields() []ent.Field {
	return []ent.Field{
		field.Int("account_id").Immutable(),
		field.Enum("pool").GoType(enums.LicensePool("")).Immutable(),
		// Unique: a device holds at most one seat (the database enforces it).
		field.Int("device_id").Optional().Nillable().Unique(),
		// NONE while free; ACTIVE when taken at a login; ASSIGNED when an admin reserved it.
		field.Enum("status").GoType(enums.LicenseStatus("")).Default(string(enums.StatusNone)),
		field.Time("assigned_at").Optional().Nillable(),
	}
}

func (License) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("account", Account.Type).Ref("licenses").Field("account_id").Unique().Required().Immutable().Annotations(entgql.Skip()),
		edge.From("device", Device.Type).Ref("license").Field("device_id").Unique(),
	}
}

func (License) Indexes() []ent.Index {
	return []ent.Index{index.Fields("account_id", "pool", "status")}
}
