// Forwards each `nbrun_zmq_*` function to libzmq's, found with dlopen and dlsym on first use
// (see CZMQ.h for why).
#include "CZMQ.h"
#include <dlfcn.h>
#include <pthread.h>

// Every function nbrun calls: X(name, return type, parameters, arguments).
#define ZMQ_FUNCTIONS(X)                                                                                   \
    X(zmq_ctx_new, void *, (void), ())                                                                     \
    X(zmq_ctx_shutdown, int, (void *context), (context))                                                   \
    X(zmq_ctx_term, int, (void *context), (context))                                                       \
    X(zmq_socket, void *, (void *context, int type), (context, type))                                      \
    X(zmq_close, int, (void *socket), (socket))                                                            \
    X(zmq_setsockopt, int, (void *socket, int option, const void *value, size_t size),                     \
      (socket, option, value, size))                                                                       \
    X(zmq_getsockopt, int, (void *socket, int option, void *value, size_t *size), (socket, option, value, size)) \
    X(zmq_bind, int, (void *socket, const char *endpoint), (socket, endpoint))                             \
    X(zmq_connect, int, (void *socket, const char *endpoint), (socket, endpoint))                          \
    X(zmq_send, int, (void *socket, const void *buffer, size_t length, int flags), (socket, buffer, length, flags)) \
    X(zmq_msg_init, int, (zmq_msg_t *message), (message))                                                  \
    X(zmq_msg_recv, int, (zmq_msg_t *message, void *socket, int flags), (message, socket, flags))          \
    X(zmq_msg_close, int, (zmq_msg_t *message), (message))                                                 \
    X(zmq_msg_data, void *, (zmq_msg_t *message), (message))                                               \
    X(zmq_msg_size, size_t, (const zmq_msg_t *message), (message))                                        \
    X(zmq_msg_more, int, (const zmq_msg_t *message), (message))                                            \
    X(zmq_poll, int, (zmq_pollitem_t *items, int count, long timeout), (items, count, timeout))            \
    X(zmq_proxy, int, (void *frontend, void *backend, void *capture), (frontend, backend, capture))        \
    X(zmq_errno, int, (void), ())                                                                          \
    X(zmq_strerror, const char *, (int code), (code))

// The pointer to libzmq's function, and nbrun's function calling it.
#define FORWARD(name, result, parameters, arguments)                                                       \
    static result(*loaded_##name) parameters;                                                              \
    result nbrun_##name parameters { return loaded_##name arguments; }
ZMQ_FUNCTIONS(FORWARD)

static pthread_once_t once = PTHREAD_ONCE_INIT;
static const char *failure;

static void load(void) {
    void *library = dlopen("libzmq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        failure = dlerror();
        return;
    }
#define FIND(name, result, parameters, arguments)                                                          \
    if (!(*(void **)&loaded_##name = dlsym(library, #name))) {                                             \
        failure = "libzmq.so.5 lacks " #name;                                                              \
        return;                                                                                            \
    }
    ZMQ_FUNCTIONS(FIND)
}

const char *nbrun_zmq_load(void) {
    pthread_once(&once, load);
    return failure;
}
