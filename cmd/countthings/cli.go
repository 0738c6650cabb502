package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
)

// usageError is a command line the program cannot act on: exit status 2, one line on stderr.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// errHelp: the help a command was asked for has been printed; the exit status is 0.
var errHelp = errors.New("help shown")

// exitCode prints err (if any) as one line and returns the process's exit status:
// 0 for success and help, 2 for a usage error, 1 for anything else.
func exitCode(err error, stderr io.Writer) int {
	if err == nil || errors.Is(err, errHelp) {
		return 0
	}
	fmt.Fprintln(stderr, "countthings:", err)
	var ue usageError
	if errors.As(err, &ue) {
		return 2
	}
	return 1
}

// command is one subcommand's flag set, with the environment variables behind its flags.
type command struct {
	name  string // e.g. "serve", "support create"
	args  string // the positional arguments it takes, for the usage line
	about string
	fs    *flag.FlagSet
	env   *envs
}

func newCommand(name, args, about string) *command {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return &command{name: name, args: args, about: about, fs: fs, env: &envs{bad: map[string]error{}}}
}

// parse parses args. -h/--help prints the command's usage to stdout (errHelp); a bad flag, a bad
// environment value behind a flag left unset, or a positional argument beyond want is a usageError.
func (c *command) parse(args []string, stdout io.Writer, want int) error {
	if err := c.fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			c.printUsage(stdout)
			return errHelp
		}
		return usagef("%s: %v (see countthings %s -h)", c.name, err, c.name)
	}
	set := map[string]bool{}
	c.fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	for _, name := range c.env.order {
		if !set[name] {
			return usagef("%s: %v", c.name, c.env.bad[name])
		}
	}
	if c.fs.NArg() > want {
		return usagef("%s: unexpected argument %q (flags go before arguments; see countthings %s -h)", c.name, c.fs.Arg(want), c.name)
	}
	return nil
}

func (c *command) printUsage(w io.Writer) {
	fmt.Fprintf(w, "Usage: countthings %s [flags]%s\n\n%s\n", c.name, c.args, c.about)
	n := 0
	c.fs.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		fmt.Fprintln(w, "\nFlags:")
		c.fs.SetOutput(w)
		c.fs.PrintDefaults()
		c.fs.SetOutput(io.Discard)
	}
}

// envs reads the environment variables behind flags; a value that does not parse is an error
// (reported by parse unless the flag itself is given).
type envs struct {
	bad   map[string]error
	order []string
}

func (e *envs) fail(flagName, key, v, want string) {
	if _, ok := e.bad[flagName]; !ok {
		e.order = append(e.order, flagName)
	}
	e.bad[flagName] = fmt.Errorf("environment variable %s=%q is not %s", key, v, want)
}

func (e *envs) str(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

func (e *envs) boolean(flagName, key string, def bool) bool {
	v, ok := os.LookupEnv(key)
	if !ok {
		return def
	}
	b, err := strconv.ParseBool(strings.TrimSpace(v))
	if err != nil {
		e.fail(flagName, key, v, "a boolean (true or false, 1 or 0)")
		return def
	}
	return b
}

func (e *envs) int64(flagName, key string, def int64) int64 {
	v, ok := os.LookupEnv(key)
	if !ok {
		return def
	}
	n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	if err != nil || n < 0 {
		e.fail(flagName, key, v, "a whole number ≥ 0")
		return def
	}
	return n
}

func (e *envs) duration(flagName, key string, def time.Duration) time.Duration {
	v, ok := os.LookupEnv(key)
	if !ok {
		return def
	}
	d, err := time.ParseDuration(strings.TrimSpace(v))
	if err != nil || d < 0 {
		e.fail(flagName, key, v, "a duration such as 250ms, 10s or 2m")
		return def
	}
	return d
}

// commit is set by make build (-ldflags -X main.commit=…) where the Go toolchain records no
// VCS information (GOFLAGS=-buildvcs=false, a git worktree).
var commit string

// buildCommit is the commit the binary was built from ("unknown" when nobody recorded it).
func buildCommit() string {
	if commit != "" {
		return commit
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				return s.Value
			}
		}
	}
	return "unknown"
}

// versionText: the binary's version, commit, Go and embedded OPA release, from its build info.
func versionText() string {
	version, rev, built, opa, goVersion := "(devel)", "unknown", "", "unknown", "unknown"
	if commit != "" {
		rev = commit
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		goVersion = bi.GoVersion
		if bi.Main.Version != "" {
			version = bi.Main.Version
		}
		modified := false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				built = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
		if modified {
			rev += " (modified)"
		}
		for _, d := range bi.Deps {
			if d.Path == "github.com/open-policy-agent/opa" {
				opa = d.Version
				if d.Replace != nil {
					opa = d.Replace.Version
				}
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "countthings %s\n", version)
	fmt.Fprintf(&b, "commit: %s\n", rev)
	if built != "" {
		fmt.Fprintf(&b, "commit time: %s\n", built)
	}
	fmt.Fprintf(&b, "go: %s\n", goVersion)
	fmt.Fprintf(&b, "opa: %s\n", opa)
	return b.String()
}
