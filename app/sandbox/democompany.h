#pragma once

#include "sandbox/sandboxdirectory.h"

// Fills a SandboxDirectory with a deterministic demo company: ~16 departments in a tree with
// heads, N international employees (diacritics and Cyrillic included), some dismissed, some
// extranet, some pending invitations, and a few workgroups (one of them extranet).
// User 1 is the portal administrator, user 2 an ordinary employee (the employee webhook's owner).
class DemoCompany {
public:
    static void generate(SandboxDirectory *directory, int users, quint32 seed);
};
