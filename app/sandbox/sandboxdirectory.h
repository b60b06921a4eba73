#pragma once

#include "sandbox/sandboxtypes.h"

#include <QHash>
#include <QString>
#include <vector>

// The sandbox portal's in-memory directory: users (kept in ID order), departments and workgroups,
// with indexes by ID and by lower-cased e-mail.
class SandboxDirectory {
public:
    void clear();
    void reserveUsers(qsizetype count);

    const std::vector<SandboxUser> &users() const { return m_users; }
    const SandboxUser *user(int id) const;
    SandboxUser *user(int id);
    const SandboxUser *userByEmail(const QString &email) const;
    // Appends a user; assigns the next ID when user.id is 0. Returns the ID.
    int addUser(SandboxUser user);
    // Removes a user (a deleted invitation); false when there is no such user.
    bool removeUser(int id);
    // Re-indexes the e-mail of a user after it changed.
    void setEmail(int id, const QString &email);
    int activeUserCount() const;
    qsizetype lowerBoundIndex(int id) const; // first index whose ID >= id

    const std::vector<SandboxDepartment> &departments() const { return m_departments; }
    const SandboxDepartment *department(int id) const;
    SandboxDepartment *department(int id);
    int addDepartment(SandboxDepartment department);
    QString departmentName(int id) const;
    // IDs of active departments in tree order (parent before children, siblings by SORT, ID).
    QList<int> departmentTreeOrder() const;

    const std::vector<SandboxGroup> &groups() const { return m_groups; }
    const SandboxGroup *group(int id) const;
    SandboxGroup *group(int id);
    int addGroup(SandboxGroup group);

private:
    std::vector<SandboxUser> m_users;
    QHash<int, qsizetype> m_userIndex;
    QHash<QString, int> m_emailIndex;
    std::vector<SandboxDepartment> m_departments;
    std::vector<SandboxGroup> m_groups;
    int m_nextUserId = 1;
};
