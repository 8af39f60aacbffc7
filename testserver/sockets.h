// Internal: reaching the server's accepted sockets, which cpp-httplib does
// not expose. Used to drop a connection without an answer (fault) and to
// end idle keep-alive connections on Stop().
#pragma once

namespace ifpo::testserver {

// shutdown()s TCP sockets of this process whose local port is local_port and,
// when remote_port >= 0, whose peer port is remote_port. Returns how many.
int ShutdownSockets(int local_port, int remote_port);

}  // namespace ifpo::testserver
