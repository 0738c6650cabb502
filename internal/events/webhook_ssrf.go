package events

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"syscall"
	"time"

	"github.com/countthings/countthings/internal/apperr"
)

// webhookTransport dials webhook endpoints; unless allowPrivate, it refuses every address
// that is not global (globalAddr). The check runs on the resolved address at connect time,
// so a name that resolves (or re-resolves) to such an address is refused too.
func webhookTransport(allowPrivate bool) *http.Transport {
	d := &net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}
	if !allowPrivate {
		d.Control = func(_, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return err
			}
			if !globalAddr(ap.Addr()) {
				return &refusedAddrError{ap.Addr()}
			}
			return nil
		}
	}
	return &http.Transport{
		Proxy:                 nil, // deliveries go straight to the endpoint
		DialContext:           d.DialContext,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   5 * time.Second,
		ResponseHeaderTimeout: 10 * time.Second,
	}
}

// refusedAddrError: the endpoint resolved to an address deliveries may not reach.
type refusedAddrError struct{ addr netip.Addr }

func (e *refusedAddrError) Error() string {
	return fmt.Sprintf("webhook endpoint %s is not a public address", e.addr)
}

// nonGlobal are the IANA special-purpose address blocks (IPv4 and IPv6 registries, 2024)
// that are not globally reachable, or that lead back into a private network through a
// translation (NAT64, 6to4, Teredo), plus multicast and the limited broadcast.
var nonGlobal = func() []netip.Prefix {
	var out []netip.Prefix
	for _, p := range []string{
		// IPv4
		"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
		"192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15",
		"198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "255.255.255.255/32",
		// IPv6
		"::/128", "::1/128", "::ffff:0:0/96", "::/96", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64",
		"100:0:0:1::/64", "2001::/23", "2001:db8::/32", "2002::/16", "3fff::/20", "5f00::/16",
		"fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
	} {
		out = append(out, netip.MustParsePrefix(p))
	}
	return out
}()

// globalAddr reports whether deliveries may reach a: a global unicast address outside every
// special-purpose block (an IPv4-mapped IPv6 address is judged as its IPv4 address).
func globalAddr(a netip.Addr) bool {
	if !a.IsValid() || a.Zone() != "" {
		return false
	}
	a = a.Unmap()
	if !a.IsGlobalUnicast() {
		return false
	}
	for _, p := range nonGlobal {
		if p.Contains(a) {
			return false
		}
	}
	return true
}

// resolveTimeout bounds the name lookup of a webhook URL's host at creation.
const resolveTimeout = 3 * time.Second

// checkHost refuses, at creation, a webhook host that is or resolves to a non-global address
// (the connect-time check still guards names that change). The message names no address.
func checkHost(ctx context.Context, host string) error {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if a, err := netip.ParseAddr(host); err == nil {
		if !globalAddr(a) {
			return apperr.BadInputf("the webhook URL must point to a public internet address; this one is private, local or reserved")
		}
		return nil
	}
	if numericLooking(host) {
		// 2130706433, 0x7f.1, 127.1: spellings some resolvers read as addresses.
		return apperr.BadInputf("the webhook URL's host must be a DNS name or a plain IP address")
	}
	if host == "localhost" || strings.HasSuffix(host, ".localhost") || !strings.Contains(host, ".") {
		return apperr.BadInputf("the webhook URL must point to a public internet host, not a local name")
	}
	ctx, cancel := context.WithTimeout(ctx, resolveTimeout)
	defer cancel()
	addrs, err := net.DefaultResolver.LookupNetIP(ctx, "ip", host)
	if err != nil || len(addrs) == 0 {
		return apperr.BadInputf("the webhook URL's host name does not resolve: check it, or register it once its DNS is in place")
	}
	for _, a := range addrs {
		if !globalAddr(a) {
			return apperr.BadInputf("the webhook URL's host name resolves to a private, local or reserved address; use a public endpoint")
		}
	}
	return nil
}

// numericLooking: the last label is all digits or hex with 0x, as in 10.1 or 0x7f000001.
func numericLooking(host string) bool {
	last := host[strings.LastIndexByte(host, '.')+1:]
	if last == "" {
		return false
	}
	if strings.HasPrefix(last, "0x") {
		return true
	}
	return strings.Trim(last, "0123456789") == ""
}

// deliveryError says in general words why an attempt failed, for lastError: never the
// resolver's address, the endpoint's internal address or a Go error's text.
func deliveryError(err error, status int) string {
	var refused *refusedAddrError
	var dnsErr *net.DNSError
	var opErr *net.OpError
	switch {
	case err == nil:
		return ""
	case status != 0:
		return fmt.Sprintf("the endpoint answered with HTTP status %d", status)
	case errors.As(err, &refused):
		return "refused: the endpoint's address is not a public internet address"
	case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
		return "timeout: the endpoint did not answer in time"
	case errors.As(err, &dnsErr):
		return "the endpoint's host name could not be resolved"
	case errors.Is(err, syscall.ECONNREFUSED):
		return "the endpoint refused the connection"
	case errors.Is(err, syscall.ECONNRESET):
		return "the endpoint closed the connection"
	case strings.Contains(err.Error(), "tls:") || strings.Contains(err.Error(), "x509:"):
		return "the TLS handshake with the endpoint failed (certificate or protocol)"
	case errors.As(err, &opErr):
		return "the connection to the endpoint failed"
	}
	return "the request to the endpoint failed"
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}
