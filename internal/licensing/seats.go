package licensing

import (
	"context"
	"fmt"
	"time"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
)

const (
	// MaxSeats bounds each pool of an account.
	MaxSeats = 100_000
	// seatBatch is how many seats one INSERT adds: a seat binds at most 6 values, so a batch
	// stays under both Postgres' 65,535 bind parameters and SQLite's 32,766 variables.
	seatBatch = 5_000
)

// AddSeats adds n free seats to a pool of the account inside tx, in batches. It is the one
// way seats are made: account creation, approval and renewal all use it.
func AddSeats(ctx context.Context, tx *ent.Tx, accountID int, pool enums.LicensePool, n int, now time.Time) error {
	if n < 0 || n > MaxSeats {
		return fmt.Errorf("licensing: %d seats asked for the %s pool, outside 0..%d", n, pool, MaxSeats)
	}
	for n > 0 {
		b := min(n, seatBatch)
		builders := make([]*ent.LicenseCreate, b)
		for i := range builders {
			builders[i] = tx.License.Create().SetAccountID(accountID).SetPool(pool).
				SetStatus(enums.StatusNone).SetCreatedAt(now)
		}
		if err := tx.License.CreateBulk(builders...).Exec(ctx); err != nil {
			return err
		}
		n -= b
	}
	return nil
}
