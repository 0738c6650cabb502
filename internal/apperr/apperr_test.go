package apperr

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCodeOf(t *testing.T) {
	assert.Equal(t, Conflict, CodeOf(Conflictf("device %s already has a license", "A")))
	assert.Equal(t, NotFound, CodeOf(fmt.Errorf("wrapped: %w", NotFoundf("no such device"))))
	assert.Equal(t, Internal, CodeOf(errors.New("boom")))
	assert.True(t, Is(Wrap(PolicyInvalid, errors.New("x"), "bad"), PolicyInvalid))
	assert.False(t, Is(nil, Internal))
	e := Wrap(Internal, errors.New("secret dsn"), "something went wrong")
	assert.Equal(t, "something went wrong", e.Message)
	assert.ErrorContains(t, e, "secret dsn", "the cause stays available to logs")
}
