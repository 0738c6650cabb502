package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/countthings/countthings/policy"
)

// policyLimits are the evaluation bounds: serve's flags, and the same flags of policy check, so
// that a check offline is the check in service.
type policyLimits struct {
	timeout time.Duration
	memory  int64
}

func (l *policyLimits) register(cmd *command) {
	fs, e := cmd.fs, cmd.env
	fs.DurationVar(&l.timeout, "policy-timeout", e.duration("policy-timeout", "COUNTTHINGS_POLICY_TIMEOUT", 250*time.Millisecond), "time limit of one policy evaluation; beyond it the request is denied (env COUNTTHINGS_POLICY_TIMEOUT)")
	fs.Int64Var(&l.memory, "policy-max-memory", e.int64("policy-max-memory", "COUNTTHINGS_POLICY_MAX_MEMORY", 64<<20), "memory budget in bytes of one policy evaluation; beyond it the evaluation stops and the request is denied (env COUNTTHINGS_POLICY_MAX_MEMORY)")
}

func (l *policyLimits) validate() error {
	switch {
	case l.timeout <= 0:
		return usagef("--policy-timeout must be positive, not %s", l.timeout)
	case l.memory < 1<<20:
		return usagef("--policy-max-memory must be at least 1048576 (1 MiB), not %d", l.memory)
	}
	return nil
}

func kindFlag(cmd *command) *string {
	return cmd.fs.String("kind", "", "the policy's kind: PERMISSIONS or FLOATING (required)")
}

func parseKind(name, k string) (policy.Kind, error) {
	switch kind := policy.Kind(strings.ToUpper(strings.TrimSpace(k))); kind {
	case policy.KindPermissions, policy.KindFloating:
		return kind, nil
	case "":
		return "", usagef("%s: --kind is required: PERMISSIONS or FLOATING", name)
	}
	return "", usagef("%s: --kind must be PERMISSIONS or FLOATING, not %q", name, k)
}

// problem is one thing wrong with a policy, as updatePolicy answers it (extensions.problems).
type problem struct {
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

// errInvalid: the problems have been printed; the exit status is 1.
type invalidPolicyError struct {
	file string
	n    int
}

func (e invalidPolicyError) Error() string {
	if e.n == 1 {
		return fmt.Sprintf("%s: the policy is invalid (1 problem)", e.file)
	}
	return fmt.Sprintf("%s: the policy is invalid (%d problems)", e.file, e.n)
}

// printProblems writes one line per problem, file:line:column: message (the compilers' form),
// or file: message for a problem of the whole policy.
func printProblems(w io.Writer, file string, problems []problem) error {
	for _, p := range problems {
		if p.Line > 0 {
			fmt.Fprintf(w, "%s:%d:%d: %s\n", file, p.Line, p.Column, p.Message)
		} else {
			fmt.Fprintf(w, "%s: %s\n", file, p.Message)
		}
	}
	return invalidPolicyError{file: file, n: len(problems)}
}

// policyCheck: countthings policy check FILE --kind K — the checks of updatePolicy (policy.Engine.Compile), offline.
func policyCheck(ctx context.Context, args []string, stdout io.Writer) error {
	cmd := newCommand("policy check", " <file>", "Runs on the Rego file exactly the checks updatePolicy makes before a policy becomes active\n(size, Rego v1, the kind's package, what it may read and call, number bounds, the conformance\ncases within the evaluation limits), through the same function. Prints each problem as\nfile:line:column: message and exits 1 when there is one.")
	kind := kindFlag(cmd)
	var lim policyLimits
	lim.register(cmd)
	if err := cmd.parse(args, stdout, 1); err != nil {
		return err
	}
	if cmd.fs.NArg() != 1 {
		return usagef("policy check: the policy file is missing (countthings policy check --kind PERMISSIONS <file>)")
	}
	k, err := parseKind("policy check", *kind)
	if err != nil {
		return err
	}
	if err := lim.validate(); err != nil {
		return err
	}
	file := cmd.fs.Arg(0)
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	engine, err := policy.NewEngine(policy.WithEvalTimeout(lim.timeout), policy.WithMaxEvalMemory(lim.memory))
	if err != nil {
		return err
	}
	if _, err := engine.Compile(ctx, k, string(src)); err != nil {
		var inv *policy.InvalidError
		if !errors.As(err, &inv) {
			return err
		}
		problems := make([]problem, 0, len(inv.Problems))
		for _, p := range inv.Problems {
			problems = append(problems, problem{Line: p.Line, Column: p.Col, Message: p.Message})
		}
		return printProblems(stdout, file, problems)
	}
	fmt.Fprintf(stdout, "%s: a valid %s policy: updatePolicy would accept it\n", file, k)
	return nil
}

// remote is a running server's GraphQL endpoint and the API token to call it with.
type remote struct {
	server, token string
	client        *http.Client
}

func (r *remote) register(cmd *command) {
	fs, e := cmd.fs, cmd.env
	fs.StringVar(&r.server, "server", e.str("COUNTTHINGS_SERVER", ""), "the service's URL, e.g. https://countthings.example.com (/graphql is added) (env COUNTTHINGS_SERVER)")
	fs.StringVar(&r.token, "token", e.str("COUNTTHINGS_TOKEN", ""), "an API token (or a user's session token) allowed account.read and policy.read, and policy.update to push: the permissions devices:read and policies:manage (env COUNTTHINGS_TOKEN; prefer it: a flag shows in the process list)")
}

func (r *remote) validate(name string) error {
	switch {
	case r.server == "":
		return usagef("%s: --server is required (or COUNTTHINGS_SERVER)", name)
	case r.token == "":
		return usagef("%s: --token is required (or COUNTTHINGS_TOKEN)", name)
	case !strings.HasPrefix(r.server, "http://") && !strings.HasPrefix(r.server, "https://"):
		return usagef("%s: --server must be an http:// or https:// URL, not %q", name, r.server)
	}
	r.client = &http.Client{Timeout: time.Minute}
	return nil
}

// gqlError is one error of a GraphQL answer.
type gqlError struct {
	Message    string `json:"message"`
	Extensions struct {
		Code     string    `json:"code"`
		Problems []problem `json:"problems"`
	} `json:"extensions"`
}

// do posts one operation and decodes its data into out; the errors of the answer are returned as they are.
func (r *remote) do(ctx context.Context, query string, vars map[string]any, out any) ([]gqlError, error) {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return nil, err
	}
	url := strings.TrimRight(r.server, "/")
	if !strings.HasSuffix(url, "/graphql") {
		url += "/graphql"
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+r.token)
	resp, err := r.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return nil, err
	}
	var answer struct {
		Data   json.RawMessage `json:"data"`
		Errors []gqlError      `json:"errors"`
	}
	if err := json.Unmarshal(raw, &answer); err != nil {
		return nil, fmt.Errorf("%s answered %s, not GraphQL: %.200s", url, resp.Status, raw)
	}
	if len(answer.Errors) > 0 {
		return answer.Errors, nil
	}
	return nil, json.Unmarshal(answer.Data, out)
}

func remoteError(name string, errs []gqlError) error {
	msgs := make([]string, 0, len(errs))
	for _, e := range errs {
		msgs = append(msgs, fmt.Sprintf("%s (%s)", e.Message, e.Extensions.Code))
	}
	return fmt.Errorf("%s: %s", name, strings.Join(msgs, "; "))
}

// policyPull: countthings policy pull --server URL --token T --kind K [--file F] — the active policy's source.
func policyPull(ctx context.Context, args []string, stdout io.Writer) error {
	cmd := newCommand("policy pull", "", "Writes the source of the account's active policy of the kind (the token's account) to the file,\nor to standard output, so that it can be kept in version control.")
	kind := kindFlag(cmd)
	var r remote
	r.register(cmd)
	file := cmd.fs.String("file", "", "where to write the source; unset or -: standard output")
	if err := cmd.parse(args, stdout, 0); err != nil {
		return err
	}
	k, err := parseKind("policy pull", *kind)
	if err != nil {
		return err
	}
	if err := r.validate("policy pull"); err != nil {
		return err
	}
	var out struct {
		Account *struct {
			Policy struct {
				Active struct {
					Version int    `json:"version"`
					Source  string `json:"source"`
				} `json:"active"`
			} `json:"policy"`
		} `json:"account"`
	}
	errs, err := r.do(ctx, `query CountthingsPolicyPull($kind: PolicyKind!) { account { policy(kind: $kind) { active { version source } } } }`, map[string]any{"kind": k}, &out)
	if err != nil {
		return err
	}
	if len(errs) > 0 {
		return remoteError("policy pull", errs)
	}
	if out.Account == nil {
		return errors.New("policy pull: the token belongs to no account (SUPPORT staff: use the account's own API token)")
	}
	active := out.Account.Policy.Active
	if *file == "" || *file == "-" {
		_, err := io.WriteString(stdout, active.Source)
		return err
	}
	if err := os.WriteFile(*file, []byte(active.Source), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: version %d of the %s policy\n", *file, active.Version, k)
	return nil
}

// policyPush: countthings policy push --server URL --token T --kind K [--file F] — updatePolicy with the file.
func policyPush(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	cmd := newCommand("policy push", "", "Sends the file as a new version of the account's policy of the kind (the token's account), as\nupdatePolicy: it becomes active only if every check passes; otherwise each problem is printed\nas file:line:column: message, nothing changes, and the exit status is 1.")
	kind := kindFlag(cmd)
	var r remote
	r.register(cmd)
	file := cmd.fs.String("file", "", "the policy's source; unset or -: standard input")
	if err := cmd.parse(args, stdout, 0); err != nil {
		return err
	}
	k, err := parseKind("policy push", *kind)
	if err != nil {
		return err
	}
	if err := r.validate("policy push"); err != nil {
		return err
	}
	name := *file
	var src []byte
	if name == "" || name == "-" {
		name = "<stdin>"
		src, err = io.ReadAll(stdin)
	} else {
		src, err = os.ReadFile(name)
	}
	if err != nil {
		return err
	}
	var out struct {
		UpdatePolicy struct {
			Version int `json:"version"`
		} `json:"updatePolicy"`
	}
	errs, err := r.do(ctx, `mutation CountthingsPolicyPush($kind: PolicyKind!, $source: String!) { updatePolicy(kind: $kind, source: $source) { version } }`,
		map[string]any{"kind": k, "source": string(src)}, &out)
	if err != nil {
		return err
	}
	if len(errs) == 1 && errs[0].Extensions.Code == "POLICY_INVALID" {
		return printProblems(stdout, name, errs[0].Extensions.Problems)
	}
	if len(errs) > 0 {
		return remoteError("policy push", errs)
	}
	fmt.Fprintf(stdout, "%s: version %d of the %s policy is active\n", name, out.UpdatePolicy.Version, k)
	return nil
}
