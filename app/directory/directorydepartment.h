#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// One department of the company structure as department.get returns it (spec §6.9).
struct DirectoryDepartment {
    qint64 id = 0;
    QString name;
    qint64 parentId = 0; // 0 for the root (PARENT absent)
    qint64 headId = 0;   // 0 when no head is set (UF_HEAD absent)
    int sort = 500;

    // Empty when the row has no usable ID.
    static std::optional<DirectoryDepartment> fromJson(const QJsonObject &row);
};
