#pragma once

#include "invite/inviteerror.h"

#include <QtGlobal>

// For tests: moves the value of an invite-area Result into *out and says whether there was one; the
// error's log text goes to the test log otherwise, so QVERIFY(takeResult(outbox.enqueue(…), &report))
// fails with the reason beside it.
template<typename T> bool takeResult(Result<T, InviteError> result, T *out) {
    if (!result) {
        qWarning("%s", qPrintable(result.error().logText()));
        return false;
    }
    *out = result.takeValue();
    return true;
}

// Whether an invite-area Result holds a value; its error's log text goes to the test log otherwise:
// QVERIFY(succeeded(db.open())).
template<typename T> bool succeeded(const Result<T, InviteError> &result) {
    if (!result)
        qWarning("%s", qPrintable(result.error().logText()));
    return result.ok();
}
