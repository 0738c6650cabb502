package accounts

import (
	"context"
	"net/mail"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/account"
	"github.com/countthings/countthings/ent/accountrequest"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/ent/user"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/identity"
	"github.com/countthings/countthings/internal/licensing"
	"github.com/countthings/countthings/internal/policies"
	"github.com/countthings/countthings/policy"
)

const (
	maxNameLength     = 200
	maxWorkflowLength = 10_000
	maxReasonLength   = 2_000
	maxIdleMinutes    = 365 * 24 * 60
	maxPhoneLength    = 40
)

func checkText(what, v string, min, max int) error {
	n := utf8.RuneCountInString(v)
	if n < min || n > max {
		if min > 0 {
			return apperr.BadInputf("%s must be %d to %d characters long", what, min, max)
		}
		return apperr.BadInputf("%s is too long: use at most %d characters", what, max)
	}
	return nil
}

func checkEmail(what, email string) error {
	a, err := mail.ParseAddress(email)
	if email == "" || len(email) > 254 || err != nil || a.Address != email || a.Name != "" {
		return apperr.BadInputf("%s %q is not a valid email address", what, email)
	}
	return nil
}

// checkCounts: each pool 0..licensing.MaxSeats, at least one license, and the type matches the pools.
func checkCounts(t enums.AccountType, standard, floating int) error {
	if !slices.Contains(enums.AccountType("").Values(), string(t)) {
		return apperr.BadInputf("unknown account type %q", t)
	}
	for _, c := range []struct {
		name string
		n    int
	}{{"standardLicenses", standard}, {"floatingLicenses", floating}} {
		if c.n < 0 || c.n > licensing.MaxSeats {
			return apperr.BadInputf("%s must be between 0 and %d", c.name, licensing.MaxSeats)
		}
	}
	if standard+floating < 1 {
		return apperr.BadInputf("an account needs at least one license")
	}
	for _, c := range []struct {
		pool, field string
		n           int
	}{{policy.PoolStandard, "standardLicenses", standard}, {policy.PoolFloating, "floatingLicenses", floating}} {
		if c.n != 0 && !policy.HasPool(string(t), c.pool) {
			return apperr.BadInputf("a %s account has no %s licenses: set %s to 0 or choose MIXED", t, strings.ToLower(c.pool), c.field)
		}
	}
	return nil
}

// RequestAccount is the public form a company fills in to ask for an account.
func (s *Service) RequestAccount(ctx context.Context, in AccountRequestInput) (*ent.AccountRequest, error) {
	if s.limits != nil {
		if err := s.limits.AccountRequest(ctx); err != nil {
			return nil, database.DomainError(err, "could not take the account request")
		}
	}
	company := strings.TrimSpace(in.CompanyName)
	email := identity.NormalizeEmail(in.ContactEmail)
	if err := checkText("companyName", company, 1, maxNameLength); err != nil {
		return nil, err
	}
	if err := checkEmail("contactEmail", email); err != nil {
		return nil, err
	}
	if in.ContactName != nil {
		if err := checkText("contactName", *in.ContactName, 0, maxNameLength); err != nil {
			return nil, err
		}
	}
	if in.Workflow != nil {
		if err := checkText("workflow", *in.Workflow, 0, maxWorkflowLength); err != nil {
			return nil, err
		}
	}
	if err := checkCounts(in.AccountType, in.StandardLicenses, in.FloatingLicenses); err != nil {
		return nil, err
	}
	// No viewer exists for a public request: the write runs as the system.
	r, err := s.db.Client.AccountRequest.Create().
		SetCompanyName(company).SetContactEmail(email).SetNillableContactName(in.ContactName).
		SetAccountType(in.AccountType).SetStandardLicenses(in.StandardLicenses).
		SetFloatingLicenses(in.FloatingLicenses).SetNillableWorkflow(in.Workflow).
		SetCreatedAt(s.now()).
		Save(auth.WithSystem(ctx))
	if err != nil {
		return nil, database.DomainError(err, "could not record the request")
	}
	return r, nil
}

// Requests lists account requests for SUPPORT, oldest first.
func (s *Service) Requests(ctx context.Context, status *enums.AccountRequestStatus) ([]*ent.AccountRequest, error) {
	if err := s.authz.Require(ctx, "accountrequest.read", authz.Resource{Type: "accountrequest"}); err != nil {
		return nil, err
	}
	q := s.db.Client.AccountRequest.Query()
	if status != nil {
		q.Where(accountrequest.StatusEQ(*status))
	}
	rs, err := q.Order(accountrequest.ByCreatedAt(), accountrequest.ByID()).All(ctx)
	if err != nil {
		return nil, database.DomainError(err, "could not list the requests")
	}
	return rs, nil
}

// RequestAccountOf is the account an approved request created.
func (s *Service) RequestAccountOf(ctx context.Context, r *ent.AccountRequest) (*ent.Account, error) {
	if r.AccountID == nil {
		return nil, nil
	}
	a, err := s.db.Client.Account.Get(ctx, *r.AccountID)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, database.DomainError(err, "could not load the account")
	}
	return a, nil
}

func (s *Service) pendingRequest(ctx context.Context, id int, action string) (*ent.AccountRequest, error) {
	if err := s.authz.Require(ctx, action, authz.Resource{Type: "accountrequest", ID: id}); err != nil {
		return nil, err
	}
	r, err := s.db.Client.AccountRequest.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("no account request with this ID")
	}
	if err != nil {
		return nil, database.DomainError(err, "could not load the request")
	}
	if r.Status != enums.RequestPending {
		return nil, apperr.Conflictf("this request was already %s", strings.ToLower(string(r.Status)))
	}
	return r, nil
}

// decide marks a pending request decided, refusing if another decision came first.
func (s *Service) decide(ctx context.Context, tx *ent.Tx, id int, status enums.AccountRequestStatus, reason *string, accountID *int) (*ent.AccountRequest, error) {
	v, _ := auth.ViewerFrom(ctx)
	upd := tx.AccountRequest.Update().
		Where(accountrequest.ID(id), accountrequest.StatusEQ(enums.RequestPending)).
		SetStatus(status).SetDecidedAt(s.now()).SetNillableDecisionReason(reason).SetNillableAccountID(accountID)
	if v != nil && v.Kind == auth.KindUser && v.UserID != 0 {
		upd.SetDecidedByID(v.UserID)
	}
	n, err := upd.Save(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, apperr.Conflictf("this request was decided by someone else in the meantime")
	}
	return tx.AccountRequest.Get(ctx, id)
}

// Reject closes a request without an account.
func (s *Service) Reject(ctx context.Context, id int, reason *string) (*ent.AccountRequest, error) {
	if _, err := s.pendingRequest(ctx, id, "accountrequest.decide"); err != nil {
		return nil, err
	}
	if reason != nil {
		if err := checkText("reason", *reason, 0, maxReasonLength); err != nil {
			return nil, err
		}
	}
	var r *ent.AccountRequest
	err := database.WithTx(ctx, s.db.Client, func(tx *ent.Tx) (err error) {
		r, err = s.decide(ctx, tx, id, enums.RequestRejected, reason, nil)
		return err
	})
	if err != nil {
		return nil, database.DomainError(err, "could not reject the request")
	}
	return r, nil
}

// newAccount is everything an account is created from.
type newAccount struct {
	name, email, password string
	typ                   enums.AccountType
	standard, floating    int
	expiresAt             time.Time
	preset                string
}

// Approve creates the account the request asked for, with SUPPORT's choices.
func (s *Service) Approve(ctx context.Context, id int, in ApproveAccountRequestInput) (*ent.Account, error) {
	r, err := s.pendingRequest(ctx, id, "accountrequest.decide")
	if err != nil {
		return nil, err
	}
	na := newAccount{
		name: r.CompanyName, email: in.Email, password: in.AdminPassword, typ: r.AccountType,
		standard: r.StandardLicenses, floating: r.FloatingLicenses, expiresAt: in.ExpiresAt,
	}
	if in.Name != nil {
		na.name = *in.Name
	}
	if in.Type != nil {
		na.typ = *in.Type
	}
	if in.StandardLicenses != nil {
		na.standard = *in.StandardLicenses
	}
	if in.FloatingLicenses != nil {
		na.floating = *in.FloatingLicenses
	}
	preset, err := policies.ChoosePreset(in.FloatingPresetName, in.FloatingPreset, "floatingPresetName", "floatingPreset")
	if err != nil {
		return nil, err
	}
	na.preset = preset
	return s.create(ctx, na, func(tx *ent.Tx, a *ent.Account) error {
		_, err := s.decide(ctx, tx, id, enums.RequestApproved, nil, &a.ID)
		return err
	})
}

// Create is SUPPORT creating an account directly.
func (s *Service) Create(ctx context.Context, in CreateAccountInput) (*ent.Account, error) {
	if err := s.authz.Require(ctx, "account.create", authz.Resource{Type: "account"}); err != nil {
		return nil, err
	}
	na := newAccount{
		name: in.Name, email: in.Email, password: in.AdminPassword, typ: in.Type,
		standard: in.StandardLicenses, floating: in.FloatingLicenses, expiresAt: in.ExpiresAt,
	}
	preset, err := policies.ChoosePreset(in.FloatingPresetName, in.FloatingPreset, "floatingPresetName", "floatingPreset")
	if err != nil {
		return nil, err
	}
	na.preset = preset
	return s.create(ctx, na, nil)
}

func (s *Service) validate(ctx context.Context, na *newAccount) error {
	na.name = strings.TrimSpace(na.name)
	na.email = identity.NormalizeEmail(na.email)
	if err := checkText("name", na.name, 1, maxNameLength); err != nil {
		return err
	}
	reasons, err := s.engine.CheckAccountEmail(ctx, na.email)
	if err != nil {
		return apperr.Wrap(apperr.Internal, err, "the Account Email could not be checked")
	}
	if len(reasons) > 0 {
		return apperr.BadInputf("the Account Email is not accepted: %s", strings.Join(reasons, "; "))
	}
	if err := auth.ValidatePassword(na.password); err != nil {
		return apperr.BadInputf("adminPassword: %s", err)
	}
	if err := checkCounts(na.typ, na.standard, na.floating); err != nil {
		return err
	}
	if !na.expiresAt.After(s.now()) {
		return apperr.BadInputf("expiresAt must be in the future")
	}
	return nil
}

// create makes, in one transaction, the account, its seats, its ADMIN and its policies;
// also (if given) runs more inside that transaction.
func (s *Service) create(ctx context.Context, na newAccount, also func(*ent.Tx, *ent.Account) error) (*ent.Account, error) {
	if err := s.validate(ctx, &na); err != nil {
		return nil, err
	}
	hash, err := auth.HashPassword(na.password)
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "could not store the password")
	}
	taken, err := s.emailTaken(ctx, na.email)
	if err != nil {
		return nil, err
	}
	if taken {
		return nil, apperr.Conflictf("%s is already in use by another account or user", na.email)
	}
	var author *int
	if v, ok := auth.ViewerFrom(ctx); ok && v.Kind == auth.KindUser && v.UserID != 0 {
		author = &v.UserID
	}
	now := s.now()
	var a *ent.Account
	err = database.WithTx(ctx, s.db.Client, func(tx *ent.Tx) error {
		var err error
		a, err = tx.Account.Create().SetName(na.name).SetEmail(na.email).SetType(na.typ).
			SetExpiresAt(na.expiresAt).SetCreatedAt(now).Save(ctx)
		if err != nil {
			return err
		}
		if err := licensing.AddSeats(ctx, tx, a.ID, enums.PoolStandard, na.standard, now); err != nil {
			return err
		}
		if err := licensing.AddSeats(ctx, tx, a.ID, enums.PoolFloating, na.floating, now); err != nil {
			return err
		}
		err = tx.User.Create().SetEmail(na.email).SetPasswordHash(hash).SetRole(enums.RoleAdmin).
			SetPermissions(auth.AllPermissions).SetAccountID(a.ID).SetCreatedAt(now).Exec(ctx)
		if err != nil {
			return err
		}
		if err := s.policies.Initialize(ctx, tx, a.ID, na.preset, author); err != nil {
			return err
		}
		if also != nil {
			return also(tx, a)
		}
		return nil
	})
	if ent.IsConstraintError(err) {
		return nil, apperr.Conflictf("%s is already in use by another account or user", na.email)
	}
	if err != nil {
		return nil, database.DomainError(err, "could not create the account")
	}
	return a, nil
}

func (s *Service) emailTaken(ctx context.Context, email string) (bool, error) {
	sys := auth.WithSystem(ctx)
	if n, err := s.db.Client.Account.Query().Where(account.Email(email)).Exist(sys); err != nil || n {
		return n, internalOrNil(err)
	}
	n, err := s.db.Client.User.Query().Where(user.Email(email)).Exist(sys)
	return n, internalOrNil(err)
}

func internalOrNil(err error) error {
	if err == nil {
		return nil
	}
	return database.DomainError(err, "could not check the email")
}

// UpdateSettings changes what the admin may change about its account.
func (s *Service) UpdateSettings(ctx context.Context, in AccountSettingsInput) (*ent.Account, error) {
	v, err := authz.Viewer(ctx)
	if err != nil {
		return nil, err
	}
	if v.AccountID == 0 {
		return nil, apperr.BadInputf("updateAccountSettings changes your own account, and SUPPORT users have none")
	}
	fields := map[string]any{}
	if in.FloatingIdleMinutes != nil {
		fields["floatingIdleMinutes"] = *in.FloatingIdleMinutes
	}
	res := accountResource(v.AccountID)
	res.Fields = fields
	if err := s.authz.Require(ctx, "account.settings.update", res); err != nil {
		return nil, err
	}
	upd := s.db.Client.Account.UpdateOneID(v.AccountID)
	if e := in.OperatorContactEmail; e != nil {
		if *e == "" {
			upd.ClearOperatorContactEmail()
		} else {
			email := identity.NormalizeEmail(*e)
			if err := checkEmail("operatorContactEmail", email); err != nil {
				return nil, err
			}
			upd.SetOperatorContactEmail(email)
		}
	}
	if p := in.OperatorContactPhone; p != nil {
		phone := strings.TrimSpace(*p)
		switch {
		case phone == "":
			upd.ClearOperatorContactPhone()
		case !validPhone(phone):
			return nil, apperr.BadInputf("operatorContactPhone %q is not a phone number: use digits, spaces and + - ( ) . /, at most %d characters", phone, maxPhoneLength)
		default:
			upd.SetOperatorContactPhone(phone)
		}
	}
	if m := in.FloatingIdleMinutes; m != nil {
		if *m < 0 || *m > maxIdleMinutes {
			return nil, apperr.BadInputf("floatingIdleMinutes must be between 0 and %d", maxIdleMinutes)
		}
		upd.SetFloatingIdleMinutes(*m)
	}
	if p := in.FloatingPriorityPermission; p != nil {
		if *p == "" {
			upd.ClearFloatingPriorityPermission()
		} else {
			perms, err := auth.CleanPermissions([]string{*p})
			if err != nil {
				return nil, apperr.BadInputf("floatingPriorityPermission: %s", err)
			}
			upd.SetFloatingPriorityPermission(perms[0])
		}
	}
	a, err := upd.Save(ctx)
	if err != nil {
		return nil, database.DomainError(err, "could not update the settings")
	}
	return a, nil
}

func validPhone(p string) bool {
	if len(p) > maxPhoneLength {
		return false
	}
	digits := 0
	for _, r := range p {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(" +-().//", r):
		default:
			return false
		}
	}
	return digits >= 3
}
