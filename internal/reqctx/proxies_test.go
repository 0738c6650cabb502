package reqctx

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestClientAddr(t *testing.T) {
	xff, err := ParseProxies("10.0.0.0/8, 192.0.2.7, ::ffff:198.51.100.0/120, 2001:db8:1::/48", "")
	require.NoError(t, err)
	fwd, err := ParseProxies("10.0.0.0/8", "forwarded")
	require.NoError(t, err)
	var none Proxies

	cases := []struct {
		name    string
		p       Proxies
		remote  string
		headers map[string][]string
		want    string
	}{
		{"no proxy trusted: the peer, headers ignored", none, "203.0.113.9:5000",
			map[string][]string{"X-Forwarded-For": {"1.2.3.4"}, "Forwarded": {"for=1.2.3.4"}}, "203.0.113.9"},
		{"an untrusted peer's forged header changes nothing", xff, "203.0.113.9:5000",
			map[string][]string{"X-Forwarded-For": {"10.1.1.1"}}, "203.0.113.9"},
		{"trusted peer, no header: the peer", xff, "10.0.0.1:5000", nil, "10.0.0.1"},
		{"trusted peer: the right-most hop", xff, "10.0.0.1:5000",
			map[string][]string{"X-Forwarded-For": {"198.18.0.5"}}, "198.18.0.5"},
		{"a forged left part is skipped", xff, "10.0.0.1:5000",
			map[string][]string{"X-Forwarded-For": {"6.6.6.6, 198.18.0.5"}}, "198.18.0.5"},
		{"trusted hops are walked through", xff, "10.0.0.1:5000",
			map[string][]string{"X-Forwarded-For": {"6.6.6.6, 198.18.0.5, 10.9.9.9", "192.0.2.7"}}, "198.18.0.5"},
		{"all hops trusted: the left-most", xff, "10.0.0.1:5000",
			map[string][]string{"X-Forwarded-For": {"10.2.2.2, 10.3.3.3"}}, "10.2.2.2"},
		{"garbage stops at the proxy that reported it", xff, "10.0.0.1:5000",
			map[string][]string{"X-Forwarded-For": {"198.18.0.5, nonsense, 10.4.4.4"}}, "10.4.4.4"},
		{"IPv4-mapped peer", xff, "[::ffff:198.51.100.3]:80",
			map[string][]string{"X-Forwarded-For": {"198.18.0.9"}}, "198.18.0.9"},
		{"IPv6 peer and hop with port", xff, "[2001:db8:1::5]:443",
			map[string][]string{"X-Forwarded-For": {"[2001:db8:99::1]:1234"}}, "2001:db8:99::1"},
		{"the X-Forwarded-For proxy's header only: Forwarded is forged", xff, "10.0.0.1:5000",
			map[string][]string{"Forwarded": {"for=6.6.6.6"}, "X-Forwarded-For": {"198.18.0.5"}}, "198.18.0.5"},
		{"Forwarded: for= of the right-most element", fwd, "10.0.0.1:5000",
			map[string][]string{"Forwarded": {`for=6.6.6.6;proto=http, for="[2001:db8:cafe::17]:4711";by=10.0.0.1`}}, "2001:db8:cafe::17"},
		{"Forwarded: an element without for= stops the walk", fwd, "10.0.0.1:5000",
			map[string][]string{"Forwarded": {`for=6.6.6.6, proto=https`}}, "10.0.0.1"},
		{"Forwarded: obfuscated identifiers are not addresses", fwd, "10.0.0.1:5000",
			map[string][]string{"Forwarded": {`for=_hidden`}}, "10.0.0.1"},
		{"Forwarded proxies ignore X-Forwarded-For", fwd, "10.0.0.1:5000",
			map[string][]string{"X-Forwarded-For": {"6.6.6.6"}}, "10.0.0.1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := &http.Request{RemoteAddr: c.remote, Header: http.Header{}}
			for k, vs := range c.headers {
				for _, v := range vs {
					r.Header.Add(k, v)
				}
			}
			assert.Equal(t, c.want, c.p.ClientAddr(r))
		})
	}
}

func TestParseProxiesRefusesNonsense(t *testing.T) {
	for _, bad := range []string{"10.0.0.0/33", "example.com", "10.0.0.1/8/2"} {
		_, err := ParseProxies(bad, "")
		assert.Error(t, err, bad)
	}
	_, err := ParseProxies("", "X-Real-IP")
	assert.Error(t, err)
	p, err := ParseProxies(" , 10.0.0.1 ,", "")
	require.NoError(t, err)
	assert.Len(t, p.trusted, 1)
}

func TestLimitKey(t *testing.T) {
	assert.Equal(t, "192.0.2.1", LimitKey("192.0.2.1"))
	assert.Equal(t, "192.0.2.1", LimitKey("::ffff:192.0.2.1"))
	assert.Equal(t, "2001:db8:1:2::/64", LimitKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
	assert.Equal(t, LimitKey("2001:db8:1:2::1"), LimitKey("2001:db8:1:2:ffff::9"), "one /64, one key")
	assert.NotEqual(t, LimitKey("2001:db8:1:2::1"), LimitKey("2001:db8:1:3::1"))
}

func TestBearer(t *testing.T) {
	tok, ok := Bearer("bearer abc ")
	assert.True(t, ok)
	assert.Equal(t, "abc", tok)
	for _, bad := range []string{"", "Bearer ", "Basic abc", "Bearerabc"} {
		_, ok := Bearer(bad)
		assert.False(t, ok, bad)
	}
}
