package policies

import (
	"context"
	"fmt"
	"github.com/countthings/countthings/internal/reqcache"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/policyversion"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/policy"
)

// Initialize gives a new account its first policy versions inside the account's creation
// transaction: PERMISSIONS from the shipped default, FLOATING from the preset ("" = default).
func (s *Service) Initialize(ctx context.Context, tx *ent.Tx, accountID int, preset string, authorID *int) error {
	name, floating, err := presetSource(preset)
	if err != nil {
		return err
	}
	now := s.now()
	return tx.PolicyVersion.CreateBulk(
		tx.PolicyVersion.Create().SetAccountID(accountID).SetKind(enums.PolicyPermissions).SetVersion(1).
			SetSource(policy.DefaultSource(policy.KindPermissions)).SetActive(true).
			SetNillableAuthorID(authorID).SetCreatedAt(now),
		tx.PolicyVersion.Create().SetAccountID(accountID).SetKind(enums.PolicyFloating).SetVersion(1).
			SetSource(floating).SetPreset(name).SetActive(true).
			SetNillableAuthorID(authorID).SetCreatedAt(now),
	).Exec(ctx)
}

// ensureFirst gives an account without versions of kind its shipped default as version 1.
func (s *Service) ensureFirst(ctx context.Context, accountID int, kind enums.PolicyKind) error {
	return database.WithTx(ctx, s.db.Client, func(tx *ent.Tx) error {
		if err := s.lockAccount(ctx, tx, accountID); err != nil {
			return err
		}
		n, err := tx.PolicyVersion.Query().Where(policyversion.AccountID(accountID), policyversion.KindEQ(kind)).Count(ctx)
		if err != nil || n > 0 {
			return err
		}
		c := tx.PolicyVersion.Create().SetAccountID(accountID).SetKind(kind).SetVersion(1).
			SetSource(policy.DefaultSource(policy.Kind(kind))).SetActive(true).SetCreatedAt(s.now())
		if kind == enums.PolicyFloating {
			c.SetPreset(defaultPreset())
		}
		return c.Exec(ctx)
	})
}

// Update checks source and, only if every check passes, makes it the viewer's account's
// active policy of kind as a new version authored by the viewer.
func (s *Service) Update(ctx context.Context, kind enums.PolicyKind, source string, accountID *int) (*ent.PolicyVersion, error) {
	v, acct, err := s.targetAccount(ctx, "updatePolicy", accountID)
	if err != nil {
		return nil, err
	}
	if err := s.authz.Require(ctx, "policy.update", policyResource(acct, kind)); err != nil {
		return nil, err
	}
	if _, err := s.engine.Compile(ctx, policy.Kind(kind), source); err != nil {
		return nil, invalidPolicy(err, "the policy was not saved and nothing changed")
	}
	return s.addVersion(ctx, acct, kind, source, nil, userAuthor(v))
}

// SetPreset makes a shipped FLOATING preset the account's active FLOATING policy (a new version).
func (s *Service) SetPreset(ctx context.Context, accountID int, preset string) (*ent.PolicyVersion, error) {
	if err := s.authz.Require(ctx, "policy.update", authz.Resource{Type: "account", ID: accountID, AccountID: accountID}); err != nil {
		return nil, err
	}
	if preset == "" {
		return nil, apperr.BadInputf("choose a floating preset: one of %s", presetNames())
	}
	name, source, err := presetSource(preset)
	if err != nil {
		return nil, err
	}
	v, err := authz.Viewer(ctx)
	if err != nil {
		return nil, err
	}
	return s.addVersion(ctx, accountID, enums.PolicyFloating, source, &name, userAuthor(v))
}

// addVersion stores source as the next version of the account's policy of kind and activates it, in one transaction.
func (s *Service) addVersion(ctx context.Context, accountID int, kind enums.PolicyKind, source string, preset *string, authorID *int) (*ent.PolicyVersion, error) {
	var created *ent.PolicyVersion
	err := database.WithTx(ctx, s.db.Client, func(tx *ent.Tx) error {
		if err := s.lockAccount(ctx, tx, accountID); err != nil {
			return err
		}
		last, err := tx.PolicyVersion.Query().
			Where(policyversion.AccountID(accountID), policyversion.KindEQ(kind)).
			Order(ent.Desc(policyversion.FieldVersion)).
			First(ctx)
		next := 1
		switch {
		case ent.IsNotFound(err):
		case err != nil:
			return err
		default:
			next = last.Version + 1
		}
		if err := deactivate(ctx, tx, accountID, kind); err != nil {
			return err
		}
		created, err = tx.PolicyVersion.Create().
			SetAccountID(accountID).SetKind(kind).SetVersion(next).SetSource(source).
			SetNillablePreset(preset).SetActive(true).SetNillableAuthorID(authorID).SetCreatedAt(s.now()).
			Save(ctx)
		return err
	})
	if err != nil {
		return nil, err
	}
	created = created.Unwrap() // its edges (author) are resolved after the transaction
	s.remember(created)
	reqcache.Forget(ctx, activeKey{accountID, kind})
	return created, nil
}

// Activate makes an earlier version of the viewer's account's policy of kind active again.
func (s *Service) Activate(ctx context.Context, kind enums.PolicyKind, version int, accountID *int) (*ent.PolicyVersion, error) {
	_, acct, err := s.targetAccount(ctx, "activatePolicyVersion", accountID)
	if err != nil {
		return nil, err
	}
	if err := s.authz.Require(ctx, "policy.update", policyResource(acct, kind)); err != nil {
		return nil, err
	}
	target, err := s.db.Client.PolicyVersion.Query().
		Where(policyversion.AccountID(acct), policyversion.KindEQ(kind), policyversion.Version(version)).
		Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("the %s policy has no version %d", kind, version)
	}
	if err != nil {
		return nil, err
	}
	if target.Active {
		return target, nil
	}
	// The checks may have tightened since the version was saved.
	if _, err := s.engine.Compile(ctx, policy.Kind(kind), target.Source); err != nil {
		return nil, invalidPolicy(err, fmt.Sprintf("version %d no longer passes the checks and was not activated", version))
	}
	err = database.WithTx(ctx, s.db.Client, func(tx *ent.Tx) error {
		if err := s.lockAccount(ctx, tx, acct); err != nil {
			return err
		}
		if err := deactivate(ctx, tx, acct, kind); err != nil {
			return err
		}
		target, err = tx.PolicyVersion.UpdateOne(target).SetActive(true).Save(ctx)
		return err
	})
	if err != nil {
		return nil, err
	}
	target = target.Unwrap()
	s.remember(target)
	reqcache.Forget(ctx, activeKey{acct, kind})
	return target, nil
}

// deactivate clears the active version first, so the partial unique index holds at every statement.
func deactivate(ctx context.Context, tx *ent.Tx, accountID int, kind enums.PolicyKind) error {
	return tx.PolicyVersion.Update().
		Where(policyversion.AccountID(accountID), policyversion.KindEQ(kind), policyversion.Active(true)).
		SetActive(false).
		Exec(ctx)
}
