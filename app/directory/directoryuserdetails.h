#pragma once

#include "directory/directoryuser.h"

#include <QStringList>

// One person for the details pane: the stored user plus the names of their departments.
struct DirectoryUserDetails {
    DirectoryUser user;
    QStringList departmentNames;
};
