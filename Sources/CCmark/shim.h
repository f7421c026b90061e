#ifndef PLAYBOOK_CCMARK_SHIM_H
#define PLAYBOOK_CCMARK_SHIM_H
// The one header Swift sees of libcmark (Debian's libcmark-dev).
#include <cmark.h>
#endif
