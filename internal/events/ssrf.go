package events

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"syscall"
	"time"
)

// webhookTransport dials webhook endpoints; unless allowPrivate, it refuses addresses inside
// the service's own networks. The check runs on the resolved address at connect time, so a
// name that resolves (or re-resolves) to such an address is refused too.
func webhookTransport(allowPrivate bool) *http.Transport {
	d := &net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}
	if !allowPrivate {
		d.Control = func(_, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return err
			}
			if !publicAddr(ap.Addr()) {
				return fmt.Errorf("webhook endpoint %s is not a public address", ap.Addr())
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

func publicAddr(a netip.Addr) bool {
	a = a.Unmap()
	return a.IsValid() && a.IsGlobalUnicast() && !a.IsPrivate() && !a.IsLoopback() &&
		!a.IsLinkLocalUnicast() && !sharedOrReserved(a)
}

// sharedOrReserved: carrier-grade NAT 100.64.0.0/10 and 0.0.0.0/8, which IsPrivate does not cover.
func sharedOrReserved(a netip.Addr) bool {
	for _, p := range []netip.Prefix{netip.MustParsePrefix("100.64.0.0/10"), netip.MustParsePrefix("0.0.0.0/8"), netip.MustParsePrefix("fc00::/7")} {
		if p.Contains(a) {
			return true
		}
	}
	return false
}
