package auth

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestViewerContext(t *testing.T) {
	ctx := context.Background()
	_, ok := ViewerFrom(ctx)
	assert.False(t, ok)
	assert.False(t, IsSystem(ctx))

	v := &Viewer{UserID: 7, AccountID: 3, Role: RoleOperator, Kind: KindUser, Permissions: []string{"count"}}
	got, ok := ViewerFrom(WithViewer(ctx, v))
	require.True(t, ok)
	assert.Same(t, v, got)
	assert.True(t, got.HasPermission("count"))
	assert.False(t, got.HasPermission("users:manage"))

	_, ok = ViewerFrom(WithViewer(ctx, nil))
	assert.False(t, ok)

	assert.True(t, IsSystem(WithSystem(ctx)))
	assert.False(t, (*Viewer)(nil).HasPermission("count"))
}
