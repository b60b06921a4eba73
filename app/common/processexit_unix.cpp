#include "common/processexit.h"

int endProcess(int exitCode) {
    return exitCode;
}
