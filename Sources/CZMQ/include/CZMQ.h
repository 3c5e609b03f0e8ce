// libzmq's API as nbrun calls it: `nbrun_zmq_*` for each `zmq_*` function the kernel uses.
//
// nbrun does not link libzmq (nor libsodium, OpenPGM, NORM and Kerberos, which it brings): ZMQLoader.c
// opens it when the kernel starts, so that the other commands do not load a dozen libraries at every
// start (README, "Start-up").
#include <stddef.h>
#include <zmq.h>

/// libzmq's ETERM is an expression macro that Swift does not import.
static const int czmq_eterm = ETERM;

/// Opens libzmq (once; later calls return at once). NULL when it is loaded, else why it cannot be: then
/// no other function of this header may be called.
const char *nbrun_zmq_load(void);

void *nbrun_zmq_ctx_new(void);
int nbrun_zmq_ctx_shutdown(void *context);
int nbrun_zmq_ctx_term(void *context);
void *nbrun_zmq_socket(void *context, int type);
int nbrun_zmq_close(void *socket);
int nbrun_zmq_setsockopt(void *socket, int option, const void *value, size_t size);
int nbrun_zmq_getsockopt(void *socket, int option, void *value, size_t *size);
int nbrun_zmq_bind(void *socket, const char *endpoint);
int nbrun_zmq_connect(void *socket, const char *endpoint);
int nbrun_zmq_send(void *socket, const void *buffer, size_t length, int flags);
int nbrun_zmq_msg_init(zmq_msg_t *message);
int nbrun_zmq_msg_recv(zmq_msg_t *message, void *socket, int flags);
int nbrun_zmq_msg_close(zmq_msg_t *message);
void *nbrun_zmq_msg_data(zmq_msg_t *message);
size_t nbrun_zmq_msg_size(const zmq_msg_t *message);
int nbrun_zmq_msg_more(const zmq_msg_t *message);
int nbrun_zmq_poll(zmq_pollitem_t *items, int count, long timeout);
int nbrun_zmq_proxy(void *frontend, void *backend, void *capture);
int nbrun_zmq_errno(void);
const char *nbrun_zmq_strerror(int code);
