#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H

#include <zlib.h>

// inflateInit2 and deflateInit2 are macros that pass the library version and
// the stream size; Swift cannot import function-like macros, so wrap them.
static inline int czlib_inflate_init2(z_streamp strm, int windowBits) {
  return inflateInit2(strm, windowBits);
}

static inline int czlib_deflate_init2(z_streamp strm, int level, int windowBits) {
  return deflateInit2(strm, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
}

#endif
