package identity

import (
	"context"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/apitoken"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/paging"
)

// APITokenPage is the account's API tokens as a Relay connection, oldest first (revoked ones
// included), with the authorization of APITokens: user.read on the account's tokens.
func (s *Service) APITokenPage(ctx context.Context, a *ent.Account, first *int, after *string) (*ent.APITokenConnection, error) {
	if v, err := authz.Viewer(ctx); err == nil && v.AccountID != 0 && v.AccountID != a.ID {
		return nil, apperr.NotFoundf("no such account")
	}
	if err := s.authz.Require(ctx, "user.read", authz.Resource{Type: "apitoken", AccountID: a.ID}); err != nil {
		return nil, err
	}
	n, err := paging.Size(first, paging.Default)
	if err != nil {
		return nil, err
	}
	cursor, err := paging.Cursor(after)
	if err != nil {
		return nil, err
	}
	conn, err := s.db.Client.APIToken.Query().Where(apitoken.AccountID(a.ID)).Paginate(ctx, cursor, &n, nil, nil)
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "could not list the tokens")
	}
	return conn, nil
}
