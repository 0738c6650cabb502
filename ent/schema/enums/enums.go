// Package enums holds the enumerations shared by the ent model and the GraphQL schema,
// so that one Go type backs each GraphQL enum whichever entity carries it.
package enums

import (
	"io"
	"slices"
	"strconv"

	"github.com/countthings/countthings/internal/apperr"
)

// AccountType is STANDARD (admin moves licenses), FLOATING (the system moves them) or MIXED.
type AccountType string

const (
	AccountStandard AccountType = "STANDARD"
	AccountFloating AccountType = "FLOATING"
	AccountMixed    AccountType = "MIXED"
)

func (AccountType) Values() []string { return []string{"STANDARD", "FLOATING", "MIXED"} }

// LicensePool is the pool a seat belongs to.
type LicensePool string

const (
	PoolStandard LicensePool = "STANDARD"
	PoolFloating LicensePool = "FLOATING"
)

func (LicensePool) Values() []string { return []string{"STANDARD", "FLOATING"} }

// LicenseStatus: ACTIVE taken at a login, ASSIGNED reserved by an admin, NONE free.
type LicenseStatus string

const (
	StatusActive   LicenseStatus = "ACTIVE"
	StatusAssigned LicenseStatus = "ASSIGNED"
	StatusNone     LicenseStatus = "NONE"
)

func (LicenseStatus) Values() []string { return []string{"ACTIVE", "ASSIGNED", "NONE"} }

// Role of a user.
type Role string

const (
	RoleSupport  Role = "SUPPORT"
	RoleAdmin    Role = "ADMIN"
	RoleOperator Role = "OPERATOR"
)

func (Role) Values() []string { return []string{"SUPPORT", "ADMIN", "OPERATOR"} }

// PolicyKind is the kind of an account policy.
type PolicyKind string

const (
	PolicyPermissions PolicyKind = "PERMISSIONS"
	PolicyFloating    PolicyKind = "FLOATING"
)

func (PolicyKind) Values() []string { return []string{"PERMISSIONS", "FLOATING"} }

// AccountRequestStatus is where SUPPORT's answer to a request stands.
type AccountRequestStatus string

const (
	RequestPending  AccountRequestStatus = "PENDING"
	RequestApproved AccountRequestStatus = "APPROVED"
	RequestRejected AccountRequestStatus = "REJECTED"
)

func (AccountRequestStatus) Values() []string { return []string{"PENDING", "APPROVED", "REJECTED"} }

// LicenseEventType is what happened to a license.
type LicenseEventType string

const (
	EventAssigned  LicenseEventType = "ASSIGNED"
	EventReserved  LicenseEventType = "RESERVED"
	EventRemoved   LicenseEventType = "REMOVED"
	EventMoved     LicenseEventType = "MOVED"
	EventReclaimed LicenseEventType = "RECLAIMED"
	EventReleased  LicenseEventType = "RELEASED"
	EventDenied    LicenseEventType = "DENIED"
	EventExpired   LicenseEventType = "EXPIRED"
	EventRenewed   LicenseEventType = "RENEWED"
)

func (LicenseEventType) Values() []string {
	return []string{"ASSIGNED", "RESERVED", "REMOVED", "MOVED", "RECLAIMED", "RELEASED", "DENIED", "EXPIRED", "RENEWED"}
}

// DeliveryStatus of a webhook delivery.
type DeliveryStatus string

const (
	DeliveryPending   DeliveryStatus = "PENDING"
	DeliveryDelivered DeliveryStatus = "DELIVERED"
	DeliveryFailed    DeliveryStatus = "FAILED"
)

func (DeliveryStatus) Values() []string { return []string{"PENDING", "DELIVERED", "FAILED"} }

func marshal(w io.Writer, s string) { _, _ = io.WriteString(w, strconv.Quote(s)) }

func unmarshal[T ~string](v any, values []string, name string) (T, error) {
	s, ok := v.(string)
	if !ok {
		return "", apperr.BadInputf("%s must be a string", name)
	}
	if !slices.Contains(values, s) {
		return "", apperr.BadInputf("%q is not a valid %s (one of %v)", s, name, values)
	}
	return T(s), nil
}

func (e AccountType) MarshalGQL(w io.Writer) { marshal(w, string(e)) }
func (e *AccountType) UnmarshalGQL(v any) (err error) {
	*e, err = unmarshal[AccountType](v, e.Values(), "AccountType")
	return err
}
func (e LicensePool) MarshalGQL(w io.Writer) { marshal(w, string(e)) }
func (e *LicensePool) UnmarshalGQL(v any) (err error) {
	*e, err = unmarshal[LicensePool](v, e.Values(), "LicensePool")
	return err
}
func (e LicenseStatus) MarshalGQL(w io.Writer) { marshal(w, string(e)) }
func (e *LicenseStatus) UnmarshalGQL(v any) (err error) {
	*e, err = unmarshal[LicenseStatus](v, e.Values(), "LicenseStatus")
	return err
}
func (e Role) MarshalGQL(w io.Writer) { marshal(w, string(e)) }
func (e *Role) UnmarshalGQL(v any) (err error) {
	*e, err = unmarshal[Role](v, e.Values(), "Role")
	return err
}
func (e PolicyKind) MarshalGQL(w io.Writer) { marshal(w, string(e)) }
func (e *PolicyKind) UnmarshalGQL(v any) (err error) {
	*e, err = unmarshal[PolicyKind](v, e.Values(), "PolicyKind")
	return err
}
func (e AccountRequestStatus) MarshalGQL(w io.Writer) { marshal(w, string(e)) }
func (e *AccountRequestStatus) UnmarshalGQL(v any) (err error) {
	*e, err = unmarshal[AccountRequestStatus](v, e.Values(), "AccountRequestStatus")
	return err
}
func (e LicenseEventType) MarshalGQL(w io.Writer) { marshal(w, string(e)) }
func (e *LicenseEventType) UnmarshalGQL(v any) (err error) {
	*e, err = unmarshal[LicenseEventType](v, e.Values(), "LicenseEventType")
	return err
}
func (e DeliveryStatus) MarshalGQL(w io.Writer) { marshal(w, string(e)) }
func (e *DeliveryStatus) UnmarshalGQL(v any) (err error) {
	*e, err = unmarshal[DeliveryStatus](v, e.Values(), "DeliveryStatus")
	return err
}
