package server_test

import (
	"net"
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
)

// A shutdown whose grace runs out (here: a client that never ends its request's header) cuts what is left and still ends as a stop, not as a failure: a
// supervisor sees exit status 0 after SIGTERM.
func TestShutdownGraceEndsCleanly(t *testing.T) {
	env := testapp.New(t, testapp.Configure(func(c *app.Config) { c.Server.ShutdownGrace = 300 * time.Millisecond }))
	u, err := url.Parse(env.URL)
	require.NoError(t, err)
	c, err := net.Dial("tcp", u.Host)
	require.NoError(t, err)
	defer c.Close()
	_, err = c.Write([]byte("GET /healthz HTTP/1.1\r\n")) // a request that never ends its header
	require.NoError(t, err)
	time.Sleep(50 * time.Millisecond)
	require.NoError(t, env.Shutdown(10*time.Second))
}
