#include <zmq.h>

/// libzmq's ETERM is an expression macro that Swift does not import.
static const int czmq_eterm = ETERM;
