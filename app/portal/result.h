#pragma once

#include "common/result.h"
#include "portal/portalerror.h"

// Result<T> is a value or the PortalError that prevented it: returned by every portal job and parser.
