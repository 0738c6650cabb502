package database

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/internal/apperr"
)

func TestDomainError(t *testing.T) {
	conflict := apperr.Conflictf("taken")
	assert.Same(t, conflict, DomainError(conflict, "x"), "a domain error stays as it is")
	assert.Equal(t, apperr.NotFound, apperr.CodeOf(DomainError(&ent.NotFoundError{}, "x")))
	e := DomainError(errors.New("pq: connection refused"), "could not list the users")
	assert.Equal(t, apperr.Internal, apperr.CodeOf(e))
	d, _ := apperr.As(e)
	assert.Equal(t, "could not list the users", d.Message)
}

func TestDriverFor(t *testing.T) {
	for url, dialect := range map[string]string{
		"":                         "sqlite3",
		"postgres://u@h/db":        "postgres",
		"postgresql://u@h/db":      "postgres",
		"sqlite:///tmp/x.db":       "sqlite3",
		"file:/tmp/x.db?_pragma=x": "sqlite3",
	} {
		_, d, _, err := driverFor(url)
		assert.NoError(t, err, url)
		assert.Equal(t, dialect, d, url)
	}
	_, _, _, err := driverFor("mysql://root@localhost/x")
	assert.ErrorContains(t, err, "unsupported database URL")
}
