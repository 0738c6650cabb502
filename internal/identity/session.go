package identity

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/account"
	"github.com/countthings/countthings/ent/apitoken"
	"github.com/countthings/countthings/ent/device"
	"github.com/countthings/countthings/ent/license"
	"github.com/countthings/countthings/ent/policyversion"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/ent/session"
	"github.com/countthings/countthings/ent/user"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/licensing"
	"github.com/countthings/countthings/internal/limits"
	"github.com/countthings/countthings/internal/policies"
)

// maxTokenLength bounds what is hashed and looked up; real tokens are 47 characters.
const maxTokenLength = 200

// Authenticate turns a bearer token (session or API token) into its viewer.
// It runs on every request: one lookup by the unique token hash.
func (s *Service) Authenticate(ctx context.Context, token string) (*auth.Viewer, error) {
	if len(token) > maxTokenLength {
		return nil, apperr.ErrUnauthenticated
	}
	ctx = auth.WithSystem(ctx)
	switch {
	case strings.HasPrefix(token, auth.SessionTokenPrefix):
		return s.authenticateSession(ctx, token)
	case strings.HasPrefix(token, auth.APITokenPrefix):
		return s.authenticateAPIToken(ctx, token)
	}
	return nil, apperr.ErrUnauthenticated
}

// sessionQuery is the token check's one statement, with the token hash as its parameter.
func (s *Service) sessionQuery() string {
	b := entsql.Dialect(s.db.Dialect)
	st, ut := b.Table(session.Table).As("s"), b.Table(user.Table).As("u")
	// The account's active PERMISSIONS version comes along, so that the request's policy
	// checks need no lookup of their own (policies.PrimeActiveVersion).
	pv := b.Table(policyversion.Table).As("pv")
	activePermissions := pv.C(policyversion.FieldAccountID) + " = " + ut.C(user.FieldAccountID) + " AND " +
		pv.C(policyversion.FieldKind) + " = '" + string(enums.PolicyPermissions) + "' AND " + pv.C(policyversion.FieldActive)
	// So does a device session's device state, so that a heartbeat needs no statement of
	// its own (licensing.PrimeDeviceState); for a web session these joins find nothing.
	dt, lt, at := b.Table(device.Table).As("d"), b.Table(license.Table).As("seat"), b.Table(account.Table).As("acct")
	query, _ := b.
		Select(st.C(session.FieldID), st.C(session.FieldDeviceID), st.C(session.FieldExpiresAt), st.C(session.FieldRevokedAt),
			ut.C(user.FieldID), ut.C(user.FieldEmail), ut.C(user.FieldRole), ut.C(user.FieldPermissions),
			ut.C(user.FieldDisabled), ut.C(user.FieldAccountID), pv.C(policyversion.FieldVersion),
			dt.C(device.FieldAccountID), dt.C(device.FieldLastSeenAt), lt.C(license.FieldStatus),
			at.C(account.FieldExpiresAt), at.C(account.FieldExpiryRecorded)).
		From(st).Join(ut).On(st.C(session.FieldUserID), ut.C(user.FieldID)).
		LeftJoin(pv).OnP(entsql.ExprP(activePermissions)).
		LeftJoin(dt).On(st.C(session.FieldDeviceID), dt.C(device.FieldID)).
		LeftJoin(lt).On(dt.C(device.FieldID), lt.C(license.FieldDeviceID)).
		LeftJoin(at).On(dt.C(device.FieldAccountID), at.C(account.FieldID)).
		Where(entsql.EQ(st.C(session.FieldTokenHash), []byte(nil))).
		Query()
	return query
}

// sessionStmt is sessionQuery prepared once per connection (database/sql prepares it on each
// connection as needed): one round trip per check (bind and execute) and no planning of a
// six-table join on every request, which costs Postgres more than the reads themselves.
// Until it can be prepared (the database was down), the check runs unprepared.
func (s *Service) sessionStmt(ctx context.Context) (*sql.Stmt, error) {
	if st := s.stmt.Load(); st != nil {
		return st, nil
	}
	s.stmtMu.Lock()
	defer s.stmtMu.Unlock()
	if st := s.stmt.Load(); st != nil {
		return st, nil
	}
	st, err := s.db.SQL.PrepareContext(ctx, s.sessionQuery())
	if err != nil {
		return nil, err
	}
	s.stmt.Store(st)
	return st, nil
}

func (s *Service) authenticateSession(ctx context.Context, token string) (*auth.Viewer, error) {
	hash := auth.HashToken(token)
	var row *sql.Row
	if stmt, err := s.sessionStmt(ctx); err == nil {
		row = stmt.QueryRowContext(ctx, hash)
	} else {
		row = s.db.SQL.QueryRowContext(ctx, s.sessionQuery(), hash)
	}
	var (
		sessionID, userID int
		deviceID, account sql.NullInt64
		expires           time.Time
		revoked           sql.NullTime
		email, role       string
		perms             []byte
		disabled          bool
		permsVersion      sql.NullInt64
		devAccount        sql.NullInt64
		lastSeen          sql.NullTime
		seatStatus        sql.NullString
		acctExpires       sql.NullTime
		expiryRecorded    sql.NullBool
	)
	err := row.Scan(&sessionID, &deviceID, &expires, &revoked,
		&userID, &email, &role, &perms, &disabled, &account, &permsVersion,
		&devAccount, &lastSeen, &seatStatus, &acctExpires, &expiryRecorded)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, apperr.ErrUnauthenticated
	}
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "could not check the session")
	}
	if revoked.Valid || !s.now().Before(expires) || disabled {
		return nil, apperr.ErrUnauthenticated
	}
	if account.Valid {
		policies.PrimeActiveVersion(ctx, int(account.Int64), enums.PolicyPermissions, int(permsVersion.Int64))
	}
	if deviceID.Valid && devAccount.Valid && acctExpires.Valid {
		ds := licensing.DeviceState{
			DeviceID:       int(deviceID.Int64),
			AccountID:      int(devAccount.Int64),
			Licensed:       seatStatus.Valid && seatStatus.String != string(enums.StatusNone),
			ExpiresAt:      acctExpires.Time,
			ExpiryRecorded: expiryRecorded.Bool,
		}
		if lastSeen.Valid {
			ds.LastSeenAt = &lastSeen.Time
		}
		licensing.PrimeDeviceState(ctx, ds)
	}
	v := &auth.Viewer{
		UserID:    userID,
		AccountID: int(account.Int64),
		Role:      role,
		Kind:      auth.KindUser,
		Email:     email,
		SessionID: sessionID,
		DeviceID:  int(deviceID.Int64),
	}
	if len(perms) > 0 {
		if err := json.Unmarshal(perms, &v.Permissions); err != nil {
			return nil, apperr.Wrap(apperr.Internal, err, "could not read the user's permissions")
		}
	}
	return v, nil
}

func (s *Service) authenticateAPIToken(ctx context.Context, token string) (*auth.Viewer, error) {
	t, err := s.db.Client.APIToken.Query().Where(apitoken.TokenHash(auth.HashToken(token))).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.ErrUnauthenticated
	}
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "could not check the API token")
	}
	if t.RevokedAt != nil {
		return nil, apperr.ErrUnauthenticated
	}
	now := s.now()
	if t.LastUsedAt == nil || now.Sub(*t.LastUsedAt) >= apiTokenTouchInterval {
		// Best effort: a failed bookkeeping write must not refuse the request.
		if err := s.db.Client.APIToken.UpdateOneID(t.ID).SetLastUsedAt(now).Exec(ctx); err != nil {
			s.log.WarnContext(ctx, "could not record API token use", "token", t.ID, "err", err)
		}
	}
	return &auth.Viewer{
		AccountID:   t.AccountID,
		Role:        auth.RoleOperator,
		Kind:        auth.KindAPIToken,
		Email:       "",
		Permissions: t.Permissions,
		TokenID:     t.ID,
	}, nil
}

// viewerOf is the viewer a user is once logged in.
func viewerOf(u *ent.User) *auth.Viewer {
	v := &auth.Viewer{UserID: u.ID, Role: string(u.Role), Kind: auth.KindUser, Email: u.Email, Permissions: u.Permissions}
	if u.AccountID != nil {
		v.AccountID = *u.AccountID
	}
	return v
}

// Login checks the password and opens a session: a web session, or with a device code the
// app's session on that device, which then holds a license.
func (s *Service) Login(ctx context.Context, in LoginInput) (*LoginPayload, error) {
	email := NormalizeEmail(in.Email)
	sys := auth.WithSystem(ctx)
	q := s.db.Client.User.Query().Where(user.Email(email))
	var attempt limits.Login
	if s.limits != nil {
		// The attempt's limits come with the user's row: a good login costs no statement more.
		attempt = s.limits.LoginAttempt(ctx, email)
		q.Modify(func(sel *entsql.Selector) { s.limits.JoinLoginBlocked(sel, attempt) })
	}
	u, err := q.Only(sys)
	if err != nil && !ent.IsNotFound(err) {
		return nil, apperr.Wrap(apperr.Internal, err, "could not check the login")
	}
	if u == nil || email == "" {
		if s.limits != nil {
			if err := s.limits.CheckLogin(ctx, attempt); err != nil {
				return nil, database.DomainError(err, "could not check the login")
			}
		}
		auth.DummyVerify(in.Password) // the same work as a wrong password
		return nil, s.loginFailed(ctx, attempt, "unknown email")
	}
	if s.limits != nil {
		blocked, _ := u.Value(limits.BlockedColumn)
		if err := s.limits.Refuse(ctx, attempt, limits.BlockedUntil(blocked)); err != nil {
			return nil, err
		}
	}
	ok, err := auth.VerifyPassword(in.Password, u.PasswordHash)
	if err != nil {
		s.log.ErrorContext(ctx, "unreadable password hash", "user", u.ID, "err", err)
	}
	if !ok {
		return nil, s.loginFailed(ctx, attempt, "wrong password")
	}
	if u.Disabled {
		return nil, apperr.New(apperr.Unauthenticated, "this user is disabled: ask your account's admin")
	}

	v := viewerOf(u)
	vctx := auth.WithViewer(ctx, v)
	lifetime := WebSessionLifetime
	var dev *ent.Device
	if in.DeviceCode != nil {
		if dev, err = s.deviceLogin(vctx, u, in); err != nil {
			return nil, err
		}
		lifetime = DeviceSessionLifetime
	}

	token, hash, err := auth.NewToken(auth.SessionTokenPrefix)
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "could not open a session")
	}
	now := s.now()
	expires := now.Add(lifetime)
	create := s.db.Client.Session.Create().SetTokenHash(hash).SetUserID(u.ID).SetExpiresAt(expires).SetCreatedAt(now)
	if dev != nil {
		create.SetDeviceID(dev.ID)
	}
	if err := create.Exec(sys); err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "could not open a session")
	}
	upd := s.db.Client.User.UpdateOneID(u.ID).SetLastLoginAt(now)
	if auth.NeedsRehash(u.PasswordHash) {
		if h, err := auth.HashPassword(in.Password); err == nil {
			upd.SetPasswordHash(h)
		}
	}
	if u, err = upd.Save(sys); err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "could not record the login")
	}
	// The payload's fields (user.account, device.license …) resolve as the new viewer.
	sv := *v
	if dev != nil {
		sv.DeviceID = dev.ID
	}
	auth.SignedIn(ctx, &sv)
	return &LoginPayload{Token: token, ExpiresAt: expires, User: u, Device: dev}, nil
}

func (s *Service) deviceLogin(ctx context.Context, u *ent.User, in LoginInput) (*ent.Device, error) {
	if u.Role == enums.RoleSupport || u.AccountID == nil {
		return nil, apperr.BadInputf("SUPPORT users log in on the web, without a device code")
	}
	code := strings.TrimSpace(*in.DeviceCode)
	if code == "" || len(code) > 200 {
		return nil, apperr.BadInputf("the device code must be 1 to 200 characters long")
	}
	if in.DeviceName != nil && len(*in.DeviceName) > 200 {
		return nil, apperr.BadInputf("the device name is too long: use at most 200 characters")
	}
	if in.Platform != nil && len(*in.Platform) > 100 {
		return nil, apperr.BadInputf("the platform is too long: use at most 100 characters")
	}
	if err := s.authz.Require(ctx, "device.login", authz.Resource{
		Type: "device", AccountID: *u.AccountID, Fields: map[string]any{"code": code},
	}); err != nil {
		return nil, err
	}
	return s.licensing.DeviceLogin(ctx, u, licensing.DeviceInfo{Code: code, Name: in.DeviceName, Platform: in.Platform})
}

// loginFailed counts a failed login (a guess) and returns its answer, alike for every failure.
func (s *Service) loginFailed(ctx context.Context, attempt limits.Login, reason string) error {
	if s.limits != nil {
		if err := s.limits.LoginFailed(ctx, attempt, reason); err != nil {
			// Not counted is not refused: a guess must not go free because counting failed.
			return apperr.Wrap(apperr.Internal, err, "could not check the login")
		}
	}
	return apperr.ErrUnauthenticated
}

// Logout ends the viewer's session; on a device, a floating license goes back to the pool.
func (s *Service) Logout(ctx context.Context) (bool, error) {
	v, err := authz.Viewer(ctx)
	if err != nil {
		return false, err
	}
	if v.Kind != auth.KindUser || v.SessionID == 0 {
		return false, apperr.BadInputf("an API token has no session to end: revoke the token instead")
	}
	if v.DeviceID != 0 {
		if err := s.licensing.ReleaseOnLogout(ctx, v); err != nil {
			return false, err
		}
	}
	err = database.WithTx(ctx, s.db.Client, func(tx *ent.Tx) error {
		err := tx.Session.Update().
			Where(session.ID(v.SessionID), session.RevokedAtIsNil()).
			SetRevokedAt(s.now()).Exec(ctx)
		if err != nil {
			return err
		}
		return s.revoke(ctx, tx, v.UserID, 0) // this session's subscriptions end
	})
	if err != nil {
		return false, apperr.Wrap(apperr.Internal, err, "could not end the session")
	}
	return true, nil
}

// Me is the user behind the viewer (null for an API token).
func (s *Service) Me(ctx context.Context) (*ent.User, error) {
	v, err := authz.Viewer(ctx)
	if err != nil {
		return nil, err
	}
	if v.Kind != auth.KindUser {
		return nil, nil
	}
	u, err := s.db.Client.User.Get(ctx, v.UserID)
	if ent.IsNotFound(err) {
		return nil, apperr.ErrUnauthenticated
	}
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "could not load your user")
	}
	return u, nil
}

// revokeSessions ends every open session of a user but keep (0: none) (disabled, deleted, or
// a new password).
func (s *Service) revokeSessions(ctx context.Context, tx *ent.Tx, userID, keep int) error {
	upd := tx.Session.Update().Where(session.UserID(userID), session.RevokedAtIsNil())
	if keep != 0 {
		upd.Where(session.IDNEQ(keep))
	}
	return upd.SetRevokedAt(s.now()).Exec(ctx)
}

// checkCurrentPassword: changing your own password needs the current one, so that a session
// left open (or stolen) cannot lock its user out. Attempts count as logins against the limit.
func (s *Service) checkCurrentPassword(ctx context.Context, u *ent.User, current *string) error {
	if current == nil || *current == "" {
		return apperr.BadInputf("changing your own password needs your current one: pass currentPassword")
	}
	var attempt limits.Login
	if s.limits != nil {
		attempt = s.limits.LoginAttempt(ctx, u.Email)
		if err := s.limits.CheckLogin(ctx, attempt); err != nil {
			return database.DomainError(err, "could not check the current password")
		}
	}
	ok, err := auth.VerifyPassword(*current, u.PasswordHash)
	if err != nil {
		s.log.ErrorContext(ctx, "unreadable password hash", "user", u.ID, "err", err)
	}
	if !ok {
		if err := s.loginFailed(ctx, attempt, "wrong current password"); !apperr.Is(err, apperr.Unauthenticated) {
			return err
		}
		return apperr.BadInputf("currentPassword is not your current password")
	}
	return nil
}
