package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/countthings/countthings/internal/database"
	insight "github.com/countthings/countthings/internal/usage"
)

const usageUsage = `Usage: countthings usage <subcommand> …

  countthings usage rebuild [--account ID] [flags]
                                  delete the usage roll-ups (all accounts, or one) and fold
                                  them again from the license events
`

// usageCmd: countthings usage rebuild [--account ID].
func usageCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usagef("usage: a subcommand is needed: countthings usage rebuild [--account ID]")
	}
	switch args[0] {
	case "-h", "--help", "-help", "help":
		fmt.Fprint(stdout, usageUsage)
		return errHelp
	case "rebuild":
		return usageRebuild(ctx, args[1:], stdout, stderr)
	}
	return usagef("usage: unknown subcommand %q (the one there is: rebuild)", args[0])
}

func usageRebuild(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cmd := newCommand("usage rebuild", "", "Deletes the usage roll-ups (usage_hours, usage_spans, usage_devices, usage_states) of every\n"+
		"account, or of the one --account names, and folds them again from the license events: the\n"+
		"same rows the incremental catch-up keeps. Safe while the service runs (an account's reads\n"+
		"wait for its rebuild). Says what it rebuilt.")
	var c common
	c.register(cmd)
	accountID := cmd.fs.Int("account", 0, "rebuild only this account's roll-ups (its ID, as in Account.id); unset: all accounts")
	if err := cmd.parse(args, stdout, 0); err != nil {
		return err
	}
	log, err := c.logger(stderr)
	if err != nil {
		return err
	}
	set := false
	cmd.fs.Visit(func(f *flag.Flag) { set = set || f.Name == "account" })
	if set && *accountID <= 0 {
		return usagef("usage rebuild: --account must be an account ID (a whole number ≥ 1), not %d", *accountID)
	}
	db, err := database.Open(ctx, c.databaseURL)
	if err != nil {
		return err
	}
	defer db.Close()
	behind, err := db.SchemaBehind(ctx)
	if err != nil {
		return err
	}
	if behind > 0 {
		return fmt.Errorf("the database schema is %d migration(s) behind this binary: run countthings migrate first", behind)
	}
	svc := insight.New(db, nil, nil, nil, log)
	say := func(r insight.Rebuilt) {
		fmt.Fprintf(stdout, "rebuilt the usage roll-ups of account %d: %d license events folded into %d hours\n", r.AccountID, r.Events, r.Hours)
	}
	if set {
		r, err := svc.Rebuild(ctx, *accountID)
		if err != nil {
			return err
		}
		say(r)
		return nil
	}
	n, err := svc.RebuildAll(ctx, say)
	if err != nil {
		return fmt.Errorf("after %d account(s) rebuilt: %w", n, err)
	}
	fmt.Fprintf(stdout, "rebuilt the usage roll-ups of %d account(s)\n", n)
	return nil
}
