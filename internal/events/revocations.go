package events

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/countthings/countthings/ent"
)

// revocationChannel announces changed access: "u<userID>" or "t<tokenID>". Sent with
// pg_notify inside the transaction that changes it, so every instance hears it exactly when
// it commits; the subscriptions of that user or token re-check their token at once and end
// with a reason if it no longer works or no longer reads the events (the periodic re-check,
// ReauthInterval, covers a notification lost while a listener reconnects).
const revocationChannel = "countthings_revocations"

// Revoke announces, as part of tx, that a user's (userID) or an API token's (tokenID) access
// changed: disabled, deleted, a new password, other permissions, a revoked token or session.
// This process's subscriptions re-check after commit; the other processes' on the NOTIFY.
func (s *Service) Revoke(ctx context.Context, tx *ent.Tx, userID, tokenID int) error {
	payload := "u" + strconv.Itoa(userID)
	if tokenID != 0 {
		payload = "t" + strconv.Itoa(tokenID)
	}
	if !s.db.IsSQLite() {
		if _, err := tx.ExecContext(ctx, `SELECT pg_notify($1, $2)`, revocationChannel, payload); err != nil {
			return fmt.Errorf("announce the revocation: %w", err)
		}
	}
	tx.OnCommit(func(next ent.Committer) ent.Committer {
		return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
			err := next.Commit(ctx, tx)
			if err == nil {
				s.revoked(payload)
			}
			return err
		})
	})
	return nil
}

// revoked makes the subscriptions of the payload's user or token re-check their access now.
func (s *Service) revoked(payload string) {
	var userID, tokenID int
	switch {
	case strings.HasPrefix(payload, "u"):
		userID, _ = strconv.Atoi(payload[1:])
	case strings.HasPrefix(payload, "t"):
		tokenID, _ = strconv.Atoi(payload[1:])
	}
	if userID == 0 && tokenID == 0 {
		return
	}
	s.hub.recheck(func(sub *subscriber) bool {
		return userID != 0 && sub.userID == userID || tokenID != 0 && sub.tokenID == tokenID
	})
}

// recheck marks the subscribers that match for a re-check of their access and wakes them.
func (h *hub) recheck(match func(*subscriber) bool) {
	h.mu.RLock()
	defer h.mu.RUnlock()
	for _, m := range h.subs {
		for sub := range m {
			if match(sub) {
				sub.reauthDue.Store(true)
				sub.signal()
			}
		}
	}
}
