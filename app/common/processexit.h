#pragma once

// How main() ends once every object of its own is gone (databases closed, settings written, the
// instance lock released, output flushed). Elsewhere: a normal return, so that static destructors
// and leak checkers run. On Windows the process is ended right there: the libraries' teardown after
// ExitProcess has stopped the other threads is where processes were seen never to end (Wine 8.0:
// the last thread waits forever in the loader's shutdown), and nothing of InviteDesk's is left for it.
// One implementation per platform (processexit_unix.cpp, processexit_windows.cpp).
int endProcess(int exitCode);
