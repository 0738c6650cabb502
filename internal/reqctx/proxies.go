package reqctx

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// Headers a trusted proxy may report the client's address in.
const (
	HeaderXForwardedFor = "X-Forwarded-For"
	HeaderForwarded     = "Forwarded" // RFC 7239
)

// Proxies says whose forwarding headers are believed. The zero value trusts no one: the
// client is the TCP peer.
type Proxies struct {
	trusted []netip.Prefix
	header  string
}

// ParseProxies reads a comma-separated list of CIDRs or single addresses ("" trusts no one).
// header is the one the proxies write: X-Forwarded-For (also when "") or Forwarded. Only
// that one is read: a proxy passes the other through untouched, so a client could forge it.
func ParseProxies(list, header string) (Proxies, error) {
	var p Proxies
	switch {
	case header == "" || strings.EqualFold(header, HeaderXForwardedFor):
		p.header = HeaderXForwardedFor
	case strings.EqualFold(header, HeaderForwarded):
		p.header = HeaderForwarded
	default:
		return Proxies{}, fmt.Errorf("the forwarded header must be %s or %s, not %q", HeaderXForwardedFor, HeaderForwarded, header)
	}
	for _, s := range strings.Split(list, ",") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		pfx, err := netip.ParsePrefix(s)
		if err != nil {
			a, aerr := netip.ParseAddr(s)
			if aerr != nil {
				return Proxies{}, fmt.Errorf("trusted proxy %q is neither a CIDR (10.0.0.0/8) nor an address", s)
			}
			pfx = netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen())
		}
		if pfx.Addr().Is4In6() {
			pfx = netip.PrefixFrom(pfx.Addr().Unmap(), max(pfx.Bits()-96, 0))
		}
		p.trusted = append(p.trusted, pfx.Masked())
	}
	return p, nil
}

// Trusts reports whether a is one of the trusted proxies.
func (p Proxies) Trusts(a netip.Addr) bool {
	a = a.Unmap()
	for _, pfx := range p.trusted {
		if pfx.Contains(a) {
			return true
		}
	}
	return false
}

// ClientAddr is the address of the client behind r: the TCP peer unless the peer is a
// trusted proxy; then the right-most hop of the forwarding header that is not itself a
// trusted proxy (hops further left were written by whoever sent them, and may be forged).
// A hop that is not an address (unknown, an obfuscated name) stops the walk at the proxy
// that reported it.
func (p Proxies) ClientAddr(r *http.Request) string {
	peer, ok := parseHost(r.RemoteAddr)
	if !ok {
		return r.RemoteAddr
	}
	if !p.Trusts(peer) {
		return peer.String()
	}
	client := peer
	hops := p.hops(r.Header)
	for i := len(hops) - 1; i >= 0; i-- {
		a, ok := parseHost(hops[i])
		if !ok {
			break
		}
		client = a
		if !p.Trusts(a) {
			break
		}
	}
	return client.String()
}

// hops lists the forwarding header's client addresses, left (first) to right (last).
func (p Proxies) hops(h http.Header) []string {
	var out []string
	for _, line := range h.Values(p.header) {
		for _, el := range strings.Split(line, ",") {
			el = strings.TrimSpace(el)
			if p.header == HeaderXForwardedFor {
				out = append(out, el)
				continue
			}
			forValue := ""
			for _, pair := range strings.Split(el, ";") {
				k, v, _ := strings.Cut(strings.TrimSpace(pair), "=")
				if strings.EqualFold(strings.TrimSpace(k), "for") {
					forValue = strings.Trim(strings.TrimSpace(v), `"`)
				}
			}
			out = append(out, forValue) // an element without for= is a hop we cannot place
		}
	}
	return out
}

// parseHost reads "ip", "ip:port", "[ipv6]" or "[ipv6]:port"; the zone is dropped.
func parseHost(s string) (netip.Addr, bool) {
	s = strings.TrimSpace(s)
	if a, err := netip.ParseAddr(s); err == nil {
		return a.Unmap().WithZone(""), true
	}
	if host, _, err := net.SplitHostPort(s); err == nil {
		s = host
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	a, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Addr{}, false
	}
	return a.Unmap().WithZone(""), true
}

// LimitKey is the address a limit counts by: an IPv4 address itself, an IPv6 address its
// /64 (one subscriber's network: a host can take any address in it at will).
func LimitKey(addr string) string {
	a, err := netip.ParseAddr(addr)
	if err != nil {
		return addr
	}
	a = a.Unmap().WithZone("")
	if a.Is4() {
		return a.String()
	}
	return netip.PrefixFrom(a, 64).Masked().String()
}
