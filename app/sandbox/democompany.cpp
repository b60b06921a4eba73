#include "sandbox/democompany.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct NameEntry {
    const char16_t *display;
    const char16_t *latin;
    char gender; // first names only
};

// Display form and an ASCII form for the e-mail address.
const NameEntry kFirstNames[] = {
    {u"Anna", u"anna", 'F'},       {u"Jonas", u"jonas", 'M'},         {u"Łukasz", u"lukasz", 'M'},
    {u"Zoë", u"zoe", 'F'},         {u"Søren", u"soren", 'M'},         {u"Åsa", u"asa", 'F'},
    {u"José", u"jose", 'M'},       {u"María", u"maria", 'F'},         {u"François", u"francois", 'M'},
    {u"Chloé", u"chloe", 'F'},     {u"Jürgen", u"jurgen", 'M'},       {u"Małgorzata", u"malgorzata", 'F'},
    {u"Алексей", u"aleksey", 'M'}, {u"Екатерина", u"ekaterina", 'F'}, {u"Дмитрий", u"dmitry", 'M'},
    {u"Ольга", u"olga", 'F'},      {u"Çağla", u"cagla", 'F'},         {u"Emre", u"emre", 'M'},
    {u"João", u"joao", 'M'},       {u"Inês", u"ines", 'F'},           {u"Nguyễn Văn", u"van", 'M'},
    {u"Priya", u"priya", 'F'},     {u"Arjun", u"arjun", 'M'},         {u"Yuki", u"yuki", 'F'},
    {u"Kenji", u"kenji", 'M'},     {u"Siobhán", u"siobhan", 'F'},     {u"Oisín", u"oisin", 'M'},
    {u"Amélie", u"amelie", 'F'},   {u"Matteo", u"matteo", 'M'},       {u"Юлия", u"yulia", 'F'},
    {u"Tomáš", u"tomas", 'M'},     {u"Zuzana", u"zuzana", 'F'},       {u"Ahmed", u"ahmed", 'M'},
    {u"Fatima", u"fatima", 'F'},   {u"Олександр", u"oleksandr", 'M'}, {u"Nora", u"nora", 'F'},
    {u"Mikael", u"mikael", 'M'},   {u"Elif", u"elif", 'F'},           {u"David", u"david", 'M'},
    {u"Sarah", u"sarah", 'F'},
};

const NameEntry kLastNames[] = {
    {u"Berg", u"berg", 0},           {u"Müller", u"mueller", 0},
    {u"Wójcik", u"wojcik", 0},       {u"Sørensen", u"sorensen", 0},
    {u"Åkesson", u"akesson", 0},     {u"García", u"garcia", 0},
    {u"Fernández", u"fernandez", 0}, {u"Lefèvre", u"lefevre", 0},
    {u"Dubois", u"dubois", 0},       {u"Schäfer", u"schaefer", 0},
    {u"Смирнов", u"smirnov", 0},     {u"Иванова", u"ivanova", 0},
    {u"Кузнецов", u"kuznetsov", 0},  {u"Yılmaz", u"yilmaz", 0},
    {u"Öztürk", u"ozturk", 0},       {u"Conceição", u"conceicao", 0},
    {u"Gonçalves", u"goncalves", 0}, {u"Trần", u"tran", 0},
    {u"Sharma", u"sharma", 0},       {u"Tanaka", u"tanaka", 0},
    {u"O'Brien", u"obrien", 0},      {u"Ní Bhriain", u"nibhriain", 0},
    {u"Rossi", u"rossi", 0},         {u"Dvořák", u"dvorak", 0},
    {u"Novák", u"novak", 0},         {u"Haddad", u"haddad", 0},
    {u"Шевченко", u"shevchenko", 0}, {u"Holt", u"holt", 0},
    {u"Virtanen", u"virtanen", 0},   {u"Kowalski", u"kowalski", 0},
    {u"Johansson", u"johansson", 0}, {u"Van der Berg", u"vanderberg", 0},
};

struct DepartmentSeed {
    const char16_t *name;
    int parent;
    const char16_t *positions[3];
    const char16_t *cities[2];
};

const DepartmentSeed kDepartments[] = {
    {u"Nordlicht Trading GmbH",
     0,
     {u"Chief Executive Officer", u"Executive Assistant", u"Chief of Staff"},
     {u"Berlin", u"Berlin"}},
    {u"Sales", 1, {u"Head of Sales", u"Sales Manager", u"Account Executive"}, {u"Berlin", u"Hamburg"}},
    {u"Sales EMEA",
     2,
     {u"Account Manager", u"Sales Representative", u"Key Account Manager"},
     {u"Paris", u"Madrid"}},
    {u"Sales Americas",
     2,
     {u"Account Manager", u"Sales Development Rep", u"Regional Sales Lead"},
     {u"Toronto", u"São Paulo"}},
    {u"Sales APAC", 2, {u"Account Manager", u"Channel Manager", u"Sales Engineer"}, {u"Tokyo", u"Singapore"}},
    {u"Marketing", 1, {u"Marketing Manager", u"Content Writer", u"SEO Specialist"}, {u"Berlin", u"Lisbon"}},
    {u"Engineering",
     1,
     {u"VP Engineering", u"Software Engineer", u"Engineering Manager"},
     {u"Kraków", u"Berlin"}},
    {u"Backend",
     7,
     {u"Backend Developer", u"Senior Backend Developer", u"Database Engineer"},
     {u"Kraków", u"Brno"}},
    {u"Frontend", 7, {u"Frontend Developer", u"UI Designer", u"UX Researcher"}, {u"Kyiv", u"Lisbon"}},
    {u"Quality Assurance",
     7,
     {u"QA Engineer", u"Test Automation Engineer", u"QA Lead"},
     {u"Brno", u"Istanbul"}},
    {u"Finance",
     1,
     {u"Chief Financial Officer", u"Accountant", u"Financial Analyst"},
     {u"Zürich", u"Berlin"}},
    {u"Human Resources", 1, {u"HR Manager", u"Recruiter", u"People Partner"}, {u"Berlin", u"Dublin"}},
    {u"Operations",
     1,
     {u"Operations Manager", u"Office Manager", u"Procurement Specialist"},
     {u"Hamburg", u"Rotterdam"}},
    {u"Logistics",
     13,
     {u"Logistics Coordinator", u"Warehouse Lead", u"Dispatcher"},
     {u"Rotterdam", u"Gdańsk"}},
    {u"Customer Support",
     1,
     {u"Support Lead", u"Support Specialist", u"Technical Support Engineer"},
     {u"Dublin", u"Almaty"}},
    {u"Customer Success",
     15,
     {u"Customer Success Manager", u"Onboarding Specialist", u"Renewals Manager"},
     {u"Dublin", u"Mumbai"}},
};

const char16_t *const kPhonePrefixes[] = {u"+49 30",  u"+33 1",   u"+34 91", u"+48 12", u"+7 495",
                                          u"+90 212", u"+351 21", u"+81 3",  u"+1 416", u"+353 1"};

// Hand-rolled formatting: QDateTime::toString is too slow for 100 000 users × 4 dates.
QString isoDate(qint64 secs) {
    const QDate date = QDate(1970, 1, 1).addDays(secs / 86400);
    const int s = int(secs % 86400);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d+00:00", date.year(), date.month(),
                  date.day(), s / 3600, s % 3600 / 60, s % 60);
    return QString::fromLatin1(buffer);
}

QString confirmCode(QRandomGenerator &rng) {
    static const char16_t alphabet[] = u"abcdefghijklmnopqrstuvwxyz0123456789";
    QString code(8, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        code[i] = QChar(alphabet[rng.bounded(36)]);
    return code;
}

// The fixed department tree, ids 1.. in kDepartments order.
void addDepartments(SandboxDirectory *directory) {
    for (int i = 0; i < int(std::size(kDepartments)); ++i) {
        SandboxDepartment d;
        d.id = i + 1;
        d.name = QString::fromUtf16(kDepartments[i].name);
        d.parent = kDepartments[i].parent;
        d.sort = 500;
        directory->addDepartment(d);
    }
}

// Some users are dismissed, some invited and not yet joined, some extranet partners.
void assignStatus(SandboxUser &u, QRandomGenerator &rng) {
    const int roll = int(rng.bounded(100));
    if (roll < 4) { // dismissed
        u.active = false;
        u.isOnline = QStringLiteral("N");
    } else if (roll < 8) { // pending invitation
        u.lastLogin.clear();
        u.isOnline = QStringLiteral("N");
        u.confirmCode = confirmCode(rng);
        if (roll < 6) { // invited with only an e-mail, as user.add usually does
            u.name.clear();
            u.lastName.clear();
            u.personalGender.clear();
        }
    } else if (roll < 12) { // extranet partner
        u.userType = QStringLiteral("extranet");
        u.departments.clear();
        u.workPosition = QStringLiteral("Partner");
        u.groups = {roll < 10 ? 2 : 4};
    }
}

// One employee, drawn from `rng` in a fixed order so a seed always gives the same company.
// User 1: the administrator and CEO. User 2: an ordinary employee in Sales EMEA.
SandboxUser makeUser(int id, QRandomGenerator &rng, QSet<QString> &emails, qint64 base) {
    const qint64 span = qint64(8) * 365 * 86400;
    const qint64 lastLoginBase = QDateTime(QDate(2025, 6, 1), QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
    SandboxUser u;
    u.id = id;
    const NameEntry &first = kFirstNames[rng.bounded(int(std::size(kFirstNames)))];
    const NameEntry &last = kLastNames[rng.bounded(int(std::size(kLastNames)))];
    u.name = QString::fromUtf16(first.display);
    u.lastName = QString::fromUtf16(last.display);
    u.personalGender = first.gender == 'F' ? QStringLiteral("F") : QStringLiteral("M");
    QString email = QString::fromUtf16(first.latin) + u'.' + QString::fromUtf16(last.latin);
    if (emails.contains(email))
        email += QString::number(id);
    emails.insert(email);
    u.email = email + u"@nordlicht.example"_s;

    int dept = 1;
    if (id == 2)
        dept = 3;
    else if (id > 2)
        dept = 2 + rng.bounded(int(std::size(kDepartments)) - 1);
    const DepartmentSeed &ds = kDepartments[dept - 1];
    u.workPosition = QString::fromUtf16(ds.positions[id == 1 ? 0 : 1 + rng.bounded(2)]);
    u.personalCity = QString::fromUtf16(ds.cities[rng.bounded(2)]);
    const QString prefix = QString::fromUtf16(kPhonePrefixes[rng.bounded(int(std::size(kPhonePrefixes)))]);
    u.workPhone = prefix + u' ' + QString::number(1000 + rng.bounded(9000)) + u' ' +
                  QString::number(1000 + rng.bounded(9000));
    u.personalMobile =
        rng.bounded(3) == 0 ? QString() : prefix + u" 7" + QString::number(100000 + rng.bounded(900000));
    u.phoneInner = QString::number(100 + id % 900);
    const qint64 registered = base + qint64(rng.bounded(quint32(span / 60))) * 60;
    u.dateRegister = isoDate(registered);
    u.timestampX = registered; // last changed long ago: an incremental refresh finds nobody
    u.employmentDate = isoDate(registered).left(10);
    u.personalBirthday = rng.bounded(4) == 0
                             ? QString()
                             : isoDate(registered - qint64(25 + rng.bounded(30)) * 365 * 86400).left(10);
    u.lastLogin = isoDate(lastLoginBase + qint64(rng.bounded(300000)) * 60);
    u.isOnline = rng.bounded(10) == 0 ? QStringLiteral("Y") : QStringLiteral("N");
    u.departments = {dept};
    if (id > 2)
        assignStatus(u, rng);
    if (u.userType == u"employee" && u.active && rng.bounded(5) == 0)
        u.groups.append(1 + int(rng.bounded(2)) * 2); // groups 1 or 3
    if (id == 2)
        u.groups = {1, 2};
    return u;
}

// Four workgroups (two extranet); the administrator belongs to every one.
void addGroups(SandboxDirectory *directory, qint64 base) {
    struct GroupSeed {
        const char16_t *name;
        const char16_t *description;
        bool extranet;
        bool visible;
    };
    const GroupSeed groups[] = {
        {u"Product launch 2025", u"Cross-team launch planning", false, true},
        {u"Partner portal", u"Shared workspace with distributors", true, true},
        {u"Book club", u"Monthly reading group", false, true},
        {u"Distributor network", u"Extranet group for resellers", true, false},
    };
    for (int i = 0; i < int(std::size(groups)); ++i) {
        SandboxGroup g;
        g.id = i + 1;
        g.name = QString::fromUtf16(groups[i].name);
        g.description = QString::fromUtf16(groups[i].description);
        g.extranet = groups[i].extranet;
        g.visible = groups[i].visible;
        g.opened = !g.extranet;
        g.dateCreate = isoDate(base + qint64(i) * 86400 * 40);
        directory->addGroup(g);
    }
    for (const SandboxUser &u : directory->users()) {
        for (int g : u.groups) {
            if (SandboxGroup *group = directory->group(g))
                group->members.append(u.id);
        }
    }
    for (int i = 1; i <= 4; ++i) {
        if (SandboxGroup *g = directory->group(i); g && !g->members.contains(1))
            g->members.append(1);
    }
}

} // namespace

void DemoCompany::generate(SandboxDirectory *directory, int userCount, quint32 seed) {
    directory->clear();
    QRandomGenerator rng(seed);
    addDepartments(directory);
    const qint64 base = QDateTime(QDate(2016, 1, 1), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
    directory->reserveUsers(userCount);
    QSet<QString> emails;
    emails.reserve(userCount);
    const int departmentCount = int(std::size(kDepartments));
    QList<int> headCandidates(departmentCount + 1, 0); // the first active employee of each department
    for (int id = 1; id <= userCount; ++id) {
        SandboxUser u = makeUser(id, rng, emails, base);
        const int dept = u.departments.value(0);
        if (u.active && u.userType == u"employee" && u.confirmCode.isEmpty() && dept > 0 &&
            headCandidates[dept] == 0 && id != 2)
            headCandidates[dept] = id;
        directory->addUser(std::move(u));
    }
    for (int i = 1; i <= departmentCount; ++i) {
        if (SandboxDepartment *d = directory->department(i))
            d->head = headCandidates[i];
    }
    addGroups(directory, base);
}
