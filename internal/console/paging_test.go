package console_test

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/testapp"
)

// The Devices page at 10,000 devices: the count, Relay paging forward and back, the Last seen
// sort with the devices never seen at the end, and a filter, each page showing 50 rows. The
// time each step took is logged; make bench measures the API under it (BENCHMARKS.md).
func TestConsoleDevicesAt10000(t *testing.T) {
	const n = 10000
	env := testapp.New(t)
	acc := env.SeedAccount(t, testapp.AccountSpec{Name: "Big Plant", Type: enums.AccountStandard, Standard: 1})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	// Every fifth device was never seen; the others were seen at spread times.
	_, err := env.App.DB.SQL.ExecContext(ctx, `INSERT INTO devices (created_at, code, inactive, last_seen_at, account_id)
		SELECT now(), 'TAB-' || lpad(i::text, 5, '0'), false,
		       CASE WHEN i % 5 = 0 THEN NULL ELSE now() - ((i * 7919 % 100000) || ' seconds')::interval END, $1
		FROM generate_series(1, $2::int) i`, acc.Account.ID, n)
	require.NoError(t, err)

	b := newBrowser(t, env)
	b.signIn(acc.Admin.Email, testapp.Password)
	step := func(what, cond string) {
		t.Helper()
		t0 := time.Now()
		b.waitFor(what, cond)
		t.Logf("%s: %s", what, time.Since(t0).Round(time.Millisecond))
	}
	rows := `document.querySelectorAll('tbody tr[data-code]')`
	first := func() string { return value[string](b, rows+`[0]?.dataset.code ?? ''`) }

	b.visit("/console/devices")
	step("first page", rows+`.length === 50 && document.querySelector('.count')?.textContent === '10000 devices'`)
	require.Equal(t, "TAB-00001", first())
	for page := 2; page <= 4; page++ {
		want := "TAB-" + pad5((page-1)*50+1)
		b.clickButton("Next page")
		step("page "+strconv.Itoa(page), rows+`[0]?.dataset.code === `+js(want)+` && `+rows+`.length === 50`)
	}
	b.clickButton("Previous page")
	step("back to page 3", rows+`[0]?.dataset.code === 'TAB-00101'`)

	// Last seen, most recent first: the last page ends with the devices never seen.
	b.visit("/console/devices?sort=LAST_SEEN_AT&dir=DESC")
	step("sorted by last seen", rows+`.length === 50 && `+rows+`[0]?.dataset.code !== 'TAB-00001'`)
	require.NotEqual(t, "—", value[string](b, rows+`[0].querySelectorAll('td')[5].textContent`), "a seen device comes first")

	// A filter narrows the count.
	b.visit("/console/devices?code=TAB-0999")
	step("filtered", `document.querySelector('.count')?.textContent === '10 devices'`)
	b.noProblems()
}

func pad5(i int) string {
	s := strconv.Itoa(i)
	for len(s) < 5 {
		s = "0" + s
	}
	return s
}
