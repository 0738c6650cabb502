package usage

import (
	"context"
	"encoding/csv"
	"io"
	"strconv"
	"time"

	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/authz"
)

// UsageCSVHeader is the header row of /export/usage.csv.
var UsageCSVHeader = []string{"start", "peakHeld", "peakStandard", "peakFloating", "peakDemand", "activeDevices", "denials", "reclaims", "releases"}

// ExportCSV checks the window and the viewer's usage.read, and returns the writer of the
// account's usage points as CSV (RFC 4180, a header row, RFC 3339 times). The points are
// at most MaxPoints, whatever the length of the event log.
// accountID nil is the viewer's own account.
func (s *Service) ExportCSV(ctx context.Context, accountID *int, from, to time.Time, b Bucket) (func(io.Writer) error, error) {
	acct := 0
	if accountID != nil {
		acct = *accountID
	} else if v, err := authz.Viewer(ctx); err != nil {
		return nil, err
	} else {
		acct = v.AccountID
	}
	if acct == 0 {
		return nil, apperr.BadInputf("say whose usage to export: pass accountId")
	}
	u, err := s.Usage(ctx, acct, from, to, b)
	if err != nil {
		return nil, err
	}
	return func(w io.Writer) error {
		cw := csv.NewWriter(w)
		cw.UseCRLF = true // RFC 4180
		if err := cw.Write(UsageCSVHeader); err != nil {
			return err
		}
		for _, p := range u.Points {
			n := strconv.Itoa
			if err := cw.Write([]string{p.Start.UTC().Format(time.RFC3339), n(p.PeakHeld), n(p.PeakStandard), n(p.PeakFloating),
				n(p.PeakDemand), n(p.ActiveDevices), n(p.Denials), n(p.Reclaims), n(p.Releases)}); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	}, nil
}
