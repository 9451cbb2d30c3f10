// zlib for the gzip reader: the system's library (zlib1g-dev on Debian and Ubuntu,
// part of the SDK on macOS), with its initialising macro wrapped in a function Swift
// can call.
#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H

#include <zlib.h>

/// Prepares `stream` to inflate gzip data (window bits 15 + 16: gzip headers only).
static inline int czlib_inflate_init_gzip(z_streamp stream) {
    return inflateInit2(stream, 15 + 16);
}

#endif
