// Package faults_test runs the service through the faults production brings: the database
// going away and coming back, and the server killed in the middle of license changes.
package faults_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// result is one GraphQL call as a client saw it.
type result struct {
	status  int
	code    string // extensions.code of the first error; "" on success
	message string
	took    time.Duration
	err     error // transport error
}

func (r result) String() string {
	if r.err != nil {
		return "transport: " + r.err.Error()
	}
	return fmt.Sprintf("%d %s %q in %v", r.status, r.code, r.message, r.took.Round(time.Millisecond))
}

var client = &http.Client{Timeout: 30 * time.Second}

// call posts a GraphQL request; safe from any goroutine (no testing.T).
func call(url, token, query string, vars map[string]any) result {
	return callInto(url, token, query, vars, nil)
}

// callInto is call that also decodes the whole response into out (when not nil).
func callInto(url, token, query string, vars map[string]any, out any) result {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequest(http.MethodPost, url+"/graphql", bytes.NewReader(body))
	if err != nil {
		return result{err: err}
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return result{err: err, took: time.Since(start)}
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	r := result{status: resp.StatusCode, took: time.Since(start), err: err}
	if err != nil {
		return r
	}
	var shape struct {
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if r.err = json.Unmarshal(raw, &shape); r.err != nil {
		return r
	}
	if out != nil {
		r.err = json.Unmarshal(raw, out)
	}
	if len(shape.Errors) > 0 {
		r.code, _ = shape.Errors[0].Extensions["code"].(string)
		r.message = shape.Errors[0].Message
	}
	return r
}

func status(url string) int {
	resp, err := client.Get(url)
	if err != nil {
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}
