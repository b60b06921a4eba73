#include "directory/directorydepartment.h"

#include "directory/portalfields.h"

std::optional<DirectoryDepartment> DirectoryDepartment::fromJson(const QJsonObject &row) {
    const auto id = PortalFields::id(row.value(u"ID"));
    if (!id)
        return std::nullopt;
    DirectoryDepartment department;
    department.id = *id;
    department.name = PortalFields::text(row.value(u"NAME"));
    department.parentId = PortalFields::id(row.value(u"PARENT")).value_or(0);
    department.headId = PortalFields::id(row.value(u"UF_HEAD")).value_or(0);
    const QJsonValue sort = row.value(u"SORT");
    if (sort.isDouble())
        department.sort = sort.toInt();
    else if (sort.isString())
        department.sort = sort.toString().toInt();
    if (department.parentId == department.id)
        department.parentId = 0; // a self-parent would make the tree a cycle
    return department;
}
