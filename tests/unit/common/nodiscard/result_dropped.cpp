// Compiled by the result_nodiscard_* tests: with DROP the Result is ignored, which must not compile
// with -Werror=unused-result; without it the Result is read, which must compile.
#include "common/result.h"

struct Problem {};

Result<int, Problem> compute() {
    return 1;
}

Result<void, Problem> store() {
    return Problem();
}

int main() {
#ifdef DROP
    compute();
    store();
    return 0;
#else
    return compute().ok() && store().ok() ? 0 : 1;
#endif
}
