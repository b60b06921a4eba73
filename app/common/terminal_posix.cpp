#include "common/terminal.h"

#include <unistd.h>

bool Terminal::isInteractive(FILE *stream) {
    return ::isatty(::fileno(stream)) == 1;
}
