#pragma once

// What the benchmark reads of its own process: peak resident memory and CPU time. Platform code,
// one file per platform (processusage_unix.cpp, processusage_windows.cpp), chosen in CMake.
namespace ProcessUsage {
// Peak resident set of this process image, KiB (Linux: VmHWM; Windows: peak working set).
long peakRssKb();
// CPU time of this process so far, user + system, milliseconds.
double cpuMs();
} // namespace ProcessUsage
