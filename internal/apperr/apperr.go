// Package apperr is the domain error type: a code from API.md's list and a plain message.
// The GraphQL layer maps it, in one place, to extensions.code.
package apperr

import (
	"errors"
	"fmt"
)

// Code is one of the error codes fixed by API.md.
type Code string

const (
	Unauthenticated    Code = "UNAUTHENTICATED"
	Forbidden          Code = "FORBIDDEN"
	NotFound           Code = "NOT_FOUND"
	BadUserInput       Code = "BAD_USER_INPUT"
	Conflict           Code = "CONFLICT"
	NoLicenseAvailable Code = "NO_LICENSE_AVAILABLE"
	LicenseExpired     Code = "LICENSE_EXPIRED"
	PolicyInvalid      Code = "POLICY_INVALID"
	RateLimited        Code = "RATE_LIMITED"
	Internal           Code = "INTERNAL"
	// Unavailable: the database is saturated, refusing connections or unreachable (HTTP
	// 503 with Retry-After): nothing is wrong with the request, retry it shortly.
	Unavailable Code = "UNAVAILABLE"
)

// Error is an error a client may see: its message is safe to show.
type Error struct {
	Code    Code
	Message string
	// Details go to extensions (e.g. policy problems with line numbers); optional.
	Details map[string]any
	// Err is the cause, for logs only; never shown.
	Err error
	// Field: the message is about one input field, whose name the GraphQL layer puts in front.
	Field bool
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Message, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

func (e *Error) Unwrap() error { return e.Err }

// New returns an error with the code and a message built like fmt.Sprintf.
func New(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Wrap keeps cause for the logs while showing only the message.
func Wrap(code Code, cause error, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: cause}
}

// OnField marks the message as one about the input field being decoded.
func (e *Error) OnField() *Error { e.Field = true; return e }

// WithDetails attaches extension fields.
func (e *Error) WithDetails(d map[string]any) *Error { e.Details = d; return e }

// As returns the domain error inside err, if any.
func As(err error) (*Error, bool) {
	var e *Error
	if errors.As(err, &e) {
		return e, true
	}
	return nil, false
}

// CodeOf is the code of err: its domain code, or INTERNAL for anything unexpected.
func CodeOf(err error) Code {
	if e, ok := As(err); ok {
		return e.Code
	}
	return Internal
}

// Is reports whether err carries code.
func Is(err error, code Code) bool { return err != nil && CodeOf(err) == code }

// Shorthands for the common cases.
func NotFoundf(format string, args ...any) *Error  { return New(NotFound, format, args...) }
func Forbiddenf(format string, args ...any) *Error { return New(Forbidden, format, args...) }
func BadInputf(format string, args ...any) *Error  { return New(BadUserInput, format, args...) }
func Conflictf(format string, args ...any) *Error  { return New(Conflict, format, args...) }

// ErrUnauthenticated is the one answer for any failed login or missing session.
var ErrUnauthenticated = New(Unauthenticated, "not signed in, or the email or password is wrong: log in again")
