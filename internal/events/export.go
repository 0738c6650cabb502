package events

import (
	"context"
	"encoding/csv"
	"io"
	"strconv"
	"time"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/device"
	"github.com/countthings/countthings/ent/licenseevent"
	"github.com/countthings/countthings/ent/predicate"
	"github.com/countthings/countthings/ent/user"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
)

// exportPage is how many events one read of an export holds: the export's memory does not
// grow with the log.
const exportPage = 1000

// EventsCSVHeader is the header row of /export/license-events.csv.
var EventsCSVHeader = []string{"sequence", "occurredAt", "type", "pool", "deviceId", "deviceCode",
	"previousDeviceId", "previousDeviceCode", "userEmail", "actorEmail", "reason"}

// ExportCSV checks the viewer may read the account's events (as licenseEvents) and returns
// the writer of its events in [since, until) as CSV (RFC 4180, a header row, RFC 3339 times),
// read a page at a time in sequence order.
func (s *Service) ExportCSV(ctx context.Context, accountID *int, since, until *time.Time) (func(io.Writer) error, error) {
	if since != nil && until != nil && !since.Before(*until) {
		return nil, apperr.BadInputf("from must be before to")
	}
	acct, err := s.readableAccount(ctx, accountID)
	if err != nil {
		return nil, err
	}
	seesSupport := auth.SeesEveryAccount(ctx)
	return func(w io.Writer) error {
		ctx := auth.WithSystem(ctx)
		cw := csv.NewWriter(w)
		cw.UseCRLF = true // RFC 4180
		if err := cw.Write(EventsCSVHeader); err != nil {
			return err
		}
		where := []predicate.LicenseEvent{licenseevent.AccountID(acct)}
		if since != nil {
			where = append(where, licenseevent.OccurredAtGTE(*since))
		}
		if until != nil {
			where = append(where, licenseevent.OccurredAtLT(*until))
		}
		outsiders := map[int]bool{} // actors outside the account (SUPPORT): hidden from its users
		var after int64
		for {
			page, err := s.db.Client.LicenseEvent.Query().Where(where...).Where(licenseevent.SeqGT(after)).
				Order(ent.Asc(licenseevent.FieldSeq)).Limit(exportPage).All(ctx)
			if err != nil {
				return err
			}
			if len(page) == 0 {
				break
			}
			codes, err := s.deviceCodes(ctx, page)
			if err != nil {
				return err
			}
			if !seesSupport {
				if err := s.outsideActors(ctx, acct, page, outsiders); err != nil {
					return err
				}
			}
			for _, ev := range page {
				actorEmail := str(ev.ActorEmail)
				if ev.ActorID != nil && outsiders[*ev.ActorID] {
					actorEmail = ""
				}
				pool := ""
				if ev.Pool != nil {
					pool = string(*ev.Pool)
				}
				rec := []string{strconv.FormatInt(ev.Seq, 10), ev.OccurredAt.UTC().Format(time.RFC3339Nano), string(ev.Type), pool,
					id(ev.DeviceID), code(codes, ev.DeviceID), id(ev.PreviousDeviceID), code(codes, ev.PreviousDeviceID),
					str(ev.UserEmail), actorEmail, str(ev.Reason)}
				if err := cw.Write(rec); err != nil {
					return err
				}
			}
			cw.Flush()
			if err := cw.Error(); err != nil {
				return err
			}
			after = page[len(page)-1].Seq
			if len(page) < exportPage {
				break
			}
		}
		cw.Flush()
		return cw.Error()
	}, nil
}

func (s *Service) deviceCodes(ctx context.Context, page []*ent.LicenseEvent) (map[int]string, error) {
	seen := map[int]bool{}
	var ids []int
	for _, ev := range page {
		for _, p := range []*int{ev.DeviceID, ev.PreviousDeviceID} {
			if p != nil && !seen[*p] {
				seen[*p] = true
				ids = append(ids, *p)
			}
		}
	}
	out := map[int]string{}
	if len(ids) == 0 {
		return out, nil
	}
	devs, err := s.db.Client.Device.Query().Where(device.IDIn(ids...)).Select(device.FieldID, device.FieldCode).All(ctx)
	for _, d := range devs {
		out[d.ID] = d.Code
	}
	return out, err
}

// outsideActors marks the page's actors that are not users of the account.
func (s *Service) outsideActors(ctx context.Context, acct int, page []*ent.LicenseEvent, outsiders map[int]bool) error {
	var ids []int
	for _, ev := range page {
		if ev.ActorID != nil {
			if _, known := outsiders[*ev.ActorID]; !known {
				ids = append(ids, *ev.ActorID)
				outsiders[*ev.ActorID] = true
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	inside, err := s.db.Client.User.Query().Where(user.IDIn(ids...), user.AccountID(acct)).IDs(ctx)
	for _, id := range inside {
		outsiders[id] = false
	}
	return err
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func id(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}

func code(codes map[int]string, p *int) string {
	if p == nil {
		return ""
	}
	return codes[*p]
}
