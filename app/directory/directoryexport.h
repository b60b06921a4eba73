#pragma once

#include <QString>

class DirectoryReader;

// Writes the people of a directory copy as CSV (name, e-mail, position, departments, state), for
// `invitedesk --export-directory`: UTF-8, RFC 4180 quoting, departments by name joined with "; ",
// state as its stable token (employee, invited, dismissed, extranet).
namespace DirectoryExport {
// False with a translated reason in `error`.
bool writeCsv(const DirectoryReader &reader, const QString &path, int *written, QString *error);
} // namespace DirectoryExport
