package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/countthings/countthings/internal/identity"
	"github.com/countthings/countthings/policy"
)

// supportCmd: countthings support create --email … (password from --password-stdin or the prompt line).
func supportCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "create" {
		return errors.New(`usage: countthings support create --email <email> [--database-url …] < password`)
	}
	fs := flag.NewFlagSet("support create", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c common
	c.register(fs)
	email := fs.String("email", "", "the new SUPPORT user's email")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if *email == "" {
		return errors.New("--email is required")
	}
	fmt.Fprintln(stderr, "password (one line on standard input):")
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	password := strings.TrimRight(line, "\r\n")
	db, err := c.openMigrated(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	created, err := identity.New(db, nil, nil, nil, nil).EnsureSupport(ctx, *email, password)
	if err != nil {
		return err
	}
	if !created {
		return fmt.Errorf("a SUPPORT user %s already exists; its password was not changed", identity.NormalizeEmail(*email))
	}
	fmt.Fprintf(stdout, "created SUPPORT user %s\n", identity.NormalizeEmail(*email))
	return nil
}

// policyCmd: countthings policy test <dir> — an account's Rego and its own *_test.rego, offline.
func policyCmd(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) != 2 || args[0] != "test" {
		return errors.New("usage: countthings policy test <dir>")
	}
	res, err := policy.TestDir(ctx, args[1])
	if err != nil {
		return err
	}
	for _, r := range res {
		status := "PASS"
		switch {
		case r.Skip:
			status = "SKIP"
		case !r.Pass:
			status = "FAIL"
		}
		fmt.Fprintf(stdout, "%s %s.%s (%s:%d) %s\n", status, r.Package, r.Name, r.File, r.Line, r.Duration)
		if !r.Pass && r.Message != "" {
			fmt.Fprintf(stdout, "    %s\n", strings.ReplaceAll(r.Message, "\n", "\n    "))
		}
	}
	if n := res.Failed(); n > 0 {
		return fmt.Errorf("%d of %d policy tests failed", n, len(res))
	}
	fmt.Fprintf(stdout, "%d policy tests passed\n", len(res))
	return nil
}

var stdin io.Reader = os.Stdin
