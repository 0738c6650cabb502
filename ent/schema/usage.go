package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/countthings/countthings/ent/schema/enums"
)

// The usage roll-ups (internal/usage): derived from the license events by an idempotent
// catch-up, rebuilt exactly from them by `countthings usage rebuild`. Never read by GraphQL
// as entities.

// UsageState is how far an account's roll-ups have read its event log, and the pool's state
// after that event.
type UsageState struct{ ent.Schema }

func (UsageState) Fields() []ent.Field {
	return []ent.Field{
		field.Int("account_id").Unique().Immutable(),
		// The last event (sequence number) folded into the roll-ups.
		field.Int64("last_seq").Default(0),
		// Its time (the roll-ups' clock: never goes back).
		field.Time("last_at").Optional().Nillable(),
		field.Int("held_standard").Default(0),
		field.Int("held_floating").Default(0),
		// Refused devices still wanting a license.
		field.Int("waiting").Default(0),
	}
}

func (UsageState) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// UsageDevice is one device's state in the roll-ups.
type UsageDevice struct{ ent.Schema }

func (UsageDevice) Fields() []ent.Field {
	return []ent.Field{
		field.Int("account_id").Immutable(),
		field.Int("device_id").Immutable(),
		// The pool of the license it holds, if any.
		field.Enum("pool").GoType(enums.LicensePool("")).Optional().Nillable(),
		// Start of its current demand span (holding, or refused and waiting).
		field.Time("span_start").Optional().Nillable(),
		// Refused and waiting: its demand ends then unless it is served or refused again.
		field.Time("waiting_until").Optional().Nillable(),
		// The last moment it was known to hold a license (distinct active devices per bucket).
		field.Time("last_held_at").Optional().Nillable(),
	}
}

func (UsageDevice) Indexes() []ent.Index {
	return []ent.Index{index.Fields("account_id", "device_id").Unique()}
}

func (UsageDevice) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// UsageHour is an account's use of its pool during one UTC hour in which something changed;
// an hour without a row is like the end of the row before it.
type UsageHour struct{ ent.Schema }

func (UsageHour) Fields() []ent.Field {
	return []ent.Field{
		field.Int("account_id").Immutable(),
		field.Time("hour").Immutable(),
		field.Int("peak_held").Default(0),
		// When peak_held was first reached in the hour (the hour's start if it was carried in).
		field.Time("peak_held_at"),
		field.Int("peak_standard").Default(0),
		field.Int("peak_floating").Default(0),
		field.Int("peak_demand").Default(0),
		field.Int("end_standard").Default(0),
		field.Int("end_floating").Default(0),
		field.Int("end_demand").Default(0),
		// Devices that got a license in the hour and held none before in the hour, the day,
		// the ISO week (distinct active devices = held at the bucket's start + these).
		field.Int("new_in_hour").Default(0),
		field.Int("new_in_day").Default(0),
		field.Int("new_in_week").Default(0),
		field.Int("denials").Default(0),
		field.Int("reclaims").Default(0),
		field.Int("releases").Default(0),
	}
}

func (UsageHour) Indexes() []ent.Index {
	return []ent.Index{index.Fields("account_id", "hour").Unique()}
}

func (UsageHour) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// UsageSpan is a closed stretch of time during which a device wanted a license (held one, or
// was refused and not yet served): what the recommendation replays.
type UsageSpan struct{ ent.Schema }

func (UsageSpan) Fields() []ent.Field {
	return []ent.Field{
		field.Int("account_id").Immutable(),
		field.Int("device_id").Immutable(),
		field.Time("start_at").Immutable(),
		field.Time("end_at").Immutable(),
		// A FLOATING license reclaimed from an idle device: from here on it held without using it.
		field.Time("idle_from").Optional().Nillable().Immutable(),
	}
}

func (UsageSpan) Indexes() []ent.Index {
	return []ent.Index{index.Fields("account_id", "end_at")}
}

func (UsageSpan) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
