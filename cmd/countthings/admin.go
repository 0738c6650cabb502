package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/countthings/countthings/internal/identity"
	"github.com/countthings/countthings/policy"
)

const supportUsage = `Usage: countthings support create --email <email> [flags]

Adds a SUPPORT staff user (the vendor's staff, who create accounts). On a terminal the
password (at least 10 characters) is asked for twice without echo; otherwise it is read as
one line from standard input.
`

// supportCmd: countthings support create --email … (password from the prompt or standard input).
func supportCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usagef("support: a subcommand is needed: countthings support create --email <email>")
	}
	switch args[0] {
	case "-h", "--help", "-help", "help":
		fmt.Fprint(stdout, supportUsage)
		return errHelp
	case "create":
	default:
		return usagef("support: unknown subcommand %q (the one there is: create)", args[0])
	}
	cmd := newCommand("support create", "", "Adds a SUPPORT staff user. On a terminal the password (at least 10 characters) is asked for twice\nwithout echo; otherwise it is read as one line from standard input.")
	var c common
	c.register(cmd)
	email := cmd.fs.String("email", "", "the new SUPPORT user's email (required)")
	if err := cmd.parse(args[1:], stdout, 0); err != nil {
		return err
	}
	if _, err := c.logger(stderr); err != nil {
		return err
	}
	if *email == "" {
		return usagef("support create: --email is required")
	}
	password, err := readPassword(stdin, stderr)
	if err != nil {
		return err
	}
	db, err := c.openMigrated(ctx, stderr)
	if err != nil {
		return err
	}
	defer db.Close()
	created, err := identity.New(db, nil, nil, nil, nil, nil, nil).EnsureSupport(ctx, *email, password)
	if err != nil {
		return err
	}
	if !created {
		return fmt.Errorf("a SUPPORT user %s already exists; its password was not changed", identity.NormalizeEmail(*email))
	}
	fmt.Fprintf(stdout, "created SUPPORT user %s\n", identity.NormalizeEmail(*email))
	return nil
}

// readPassword asks on a terminal without echo (twice, to catch a typo); from a pipe or file it
// reads one line.
func readPassword(stdin io.Reader, stderr io.Writer) (string, error) {
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprint(stderr, "password (at least 10 characters): ")
		p1, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(stderr)
		if err != nil {
			return "", fmt.Errorf("read the password: %w", err)
		}
		fmt.Fprint(stderr, "the same password again: ")
		p2, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(stderr)
		if err != nil {
			return "", fmt.Errorf("read the password: %w", err)
		}
		if string(p1) != string(p2) {
			return "", errors.New("the two passwords differ; nothing was created")
		}
		return string(p1), nil
	}
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("read the password from standard input: %w", err)
	}
	return strings.TrimRight(line, "\r\n"), nil
}

const policyUsage = `Usage: countthings policy <subcommand> …

  countthings policy test <dir>   run the Rego policies under dir and their *_test.rego offline,
                                  with the builtins an account's policy gets in service
  countthings policy check --kind PERMISSIONS|FLOATING <file>
                                  the checks updatePolicy makes, offline: problems with their lines
  countthings policy pull --server URL --token T --kind K [--file F]
                                  the account's active policy of kind K, into F or standard output
  countthings policy push --server URL --token T --kind K [--file F]
                                  F (or standard input) as the account's new active policy, as
                                  updatePolicy: refused with its problems and lines, exit status 1
`

// policyCmd: countthings policy test|check|pull|push — an account's Rego offline, or kept in its own git.
func policyCmd(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	if len(args) == 0 {
		return usagef("policy: a subcommand is needed (countthings policy -h lists them)")
	}
	switch args[0] {
	case "-h", "--help", "-help", "help":
		fmt.Fprint(stdout, policyUsage)
		return errHelp
	case "test":
		return policyTest(ctx, args[1:], stdout)
	case "check":
		return policyCheck(ctx, args[1:], stdout)
	case "pull":
		return policyPull(ctx, args[1:], stdout)
	case "push":
		return policyPush(ctx, args[1:], stdin, stdout)
	}
	return usagef("policy: unknown subcommand %q (countthings policy -h lists them)", args[0])
}

func policyTest(ctx context.Context, args []string, stdout io.Writer) error {
	cmd := newCommand("policy test", " <dir>", "Runs the Rego policies under dir and their *_test.rego files offline, with the builtins an\naccount's policy gets in service. Exits 1 when a test fails.")
	if err := cmd.parse(args, stdout, 1); err != nil {
		return err
	}
	if cmd.fs.NArg() != 1 {
		return usagef("policy test: the directory to test is missing (countthings policy test <dir>)")
	}
	res, err := policy.TestDir(ctx, cmd.fs.Arg(0))
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
