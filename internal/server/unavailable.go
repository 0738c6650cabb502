package server

import (
	"database/sql/driver"
	"errors"
	"io"
	"net"
	"syscall"

	"github.com/lib/pq"
)

const dbUnavailableMessage = "the service cannot reach its database right now (this is not a problem with your request or your token): retry in a few seconds"

// databaseUnavailable reports whether err comes from a database connection that is down
// (refused, reset, closed, or Postgres shutting down or starting up).
func databaseUnavailable(err error) bool {
	if err == nil {
		return false
	}
	var ne *net.OpError
	var pe *pq.Error
	switch {
	case errors.Is(err, driver.ErrBadConn), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.As(err, &ne):
		return true
	case errors.As(err, &pe):
		// 08: connection exception; 57: operator intervention (admin shutdown, cannot connect now).
		c := pe.Code.Class()
		return c == "08" || c == "57"
	}
	return false
}
