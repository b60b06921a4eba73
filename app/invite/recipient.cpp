#include "invite/recipient.h"

#include "invite/personname.h"

QString Recipient::fullName() const {
    return PersonName::join(firstName, middleName, lastName);
}
