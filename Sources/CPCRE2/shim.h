#ifndef CPCRE2_SHIM_H
#define CPCRE2_SHIM_H

// pcre2.h refuses to compile unless the code-unit width is chosen first.
// Veil works on UTF-8 bytes only, so it is always 8.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

// PCRE2_UNSET and PCRE2_ZERO_TERMINATED are cast macros (~(PCRE2_SIZE)0),
// which Swift does not import; these functions hand the values over.
static inline size_t cpcre2_unset(void) { return PCRE2_UNSET; }
static inline size_t cpcre2_zero_terminated(void) { return PCRE2_ZERO_TERMINATED; }

#endif
