#include "common/terminal.h"

#include <io.h>

bool Terminal::isInteractive(FILE *stream) {
    return ::_isatty(::_fileno(stream)) != 0;
}
