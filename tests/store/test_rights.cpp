// The rights a server gives each role, tried with raw SQL (psql as the login, not through
// chiso): every cell of README's table "Who may do what on a server" is one test here, named
// Rights/Matrix.<role>_<operation>_<what>.
#include "support/PgServer.h"
#include "support/ServerDatabase.h"
#include "store/DatabaseAddress.h"
#include "store/Logins.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QHash>
#include <QStringList>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

enum class Role { Office, Unit01, Unit79, Reader };
enum class Operation { Read, Insert, Update, Delete };

struct Cell {
    Role role;
    Operation operation;
    QString table;  ///< observation, plan, claim, acknowledgement, history, chiso_login, unit_weight, review
    QString region; ///< the row's region: 01, 79 or VN (figure tables and history)
    bool allowed;
};

QString roleName(Role role)
{
    switch (role) {
    case Role::Office: return u"office"_s;
    case Role::Unit01: return u"unit01"_s;
    case Role::Unit79: return u"unit79"_s;
    case Role::Reader: return u"reader"_s;
    }
    return {};
}

QString operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read: return u"read"_s;
    case Operation::Insert: return u"insert"_s;
    case Operation::Update: return u"update"_s;
    case Operation::Delete: return u"delete"_s;
    }
    return {};
}

/// What the issue asks, written out: office everything, a unit its region's rows (and reads
/// the national ones), a reader reads; nobody writes the history; only the office sees logins.
bool expected(Role role, Operation operation, const QString &table, const QString &region)
{
    const QString own = role == Role::Unit01 ? u"01"_s : role == Role::Unit79 ? u"79"_s : QString();
    const bool unit = !own.isEmpty();
    if (table == u"history"_s)
        return operation == Operation::Read && (!unit || region == own || region == u"VN"_s);
    if (table == u"chiso_login"_s)
        return role == Role::Office && operation == Operation::Read;
    if (table == u"acknowledgement"_s || table == u"unit_weight"_s)
        return operation == Operation::Read || role == Role::Office;
    if (table == u"review"_s) // everyone reads it, the office adds to it, nobody changes or removes a row
        return operation == Operation::Read || (operation == Operation::Insert && role == Role::Office);
    if (operation == Operation::Read)
        return !unit || region == own || region == u"VN"_s;
    return role == Role::Office || region == own;
}

QList<Cell> matrix()
{
    QList<Cell> cells;
    for (Role role : {Role::Office, Role::Unit01, Role::Unit79, Role::Reader}) {
        for (Operation operation : {Operation::Read, Operation::Insert, Operation::Update, Operation::Delete}) {
            for (const QString &table : {u"observation"_s, u"plan"_s, u"claim"_s, u"history"_s}) {
                for (const QString &region : {u"01"_s, u"79"_s, u"VN"_s})
                    cells.append({role, operation, table, region, expected(role, operation, table, region)});
            }
            for (const QString &table : {u"acknowledgement"_s, u"chiso_login"_s, u"unit_weight"_s, u"review"_s})
                cells.append({role, operation, table, {}, expected(role, operation, table, {})});
        }
    }
    return cells;
}

/// One database for the whole matrix, its logins named after it (roles are the cluster's).
class Rights : public ::testing::TestWithParam<Cell>
{
protected:
    static void SetUpTestSuite()
    {
        s_server = &PgServer::shared();
        const ServerDatabase target = newServerDatabase(*s_server);
        s_database = target.name;
        auto store = Store::prepareServer(target.address);
        for (Role role : {Role::Office, Role::Unit01, Role::Unit79, Role::Reader}) {
            const Login::Role kind = role == Role::Office ? Login::Role::Office : role == Role::Reader ? Login::Role::Reader : Login::Role::Unit;
            logins::add(*store, login(role), kind, role == Role::Unit01 ? u"01"_s : role == Role::Unit79 ? u"79"_s : QString(), std::nullopt);
        }
        for (const QString &table : {u"observation"_s, u"plan"_s, u"claim"_s, u"history"_s, u"acknowledgement"_s, u"chiso_login"_s, u"unit_weight"_s, u"review"_s})
            s_nextYear.insert(table, 1901);
        s_server->psql(s_database, u"INSERT INTO source (key) VALUES ('seed'); INSERT INTO entry (entered_at, entered_by) VALUES ('2026-01-01', 'seed'); "
                                   "INSERT INTO submission (unit, year, month, entry_id) VALUES ('ZZ', 2026, 1, (SELECT min(id) FROM entry))"_s);
    }

    static QString login(Role role) { return s_database + u"_"_s + roleName(role); }

    /// A row of `table` in `region` with a key of its own (the year), stored by the superuser.
    static QString insertSql(const QString &table, const QString &region, int year)
    {
        if (table == u"observation"_s)
            return u"INSERT INTO observation (indicator, region, year, month, value, basis, source_id, entry_id) "
                   "VALUES ('revenue', '%1', %2, 1, 100, 'actual', (SELECT min(id) FROM source), (SELECT min(id) FROM entry))"_s.arg(region).arg(year);
        if (table == u"plan"_s)
            return u"INSERT INTO plan (indicator, region, year, target, source_id, entry_id) "
                   "VALUES ('revenue', '%1', %2, 100, (SELECT min(id) FROM source), (SELECT min(id) FROM entry))"_s.arg(region).arg(year);
        if (table == u"claim"_s)
            return u"INSERT INTO claim (indicator, region, year, month, kind, value, source_id, entry_id) "
                   "VALUES ('revenue', '%1', %2, 1, 'growth', 100, (SELECT min(id) FROM source), (SELECT min(id) FROM entry))"_s.arg(region).arg(year);
        if (table == u"acknowledgement"_s)
            return u"INSERT INTO acknowledgement (finding_key, comment, acknowledged_at, acknowledged_by) VALUES ('k%1', 'c', 'now', 'seed')"_s.arg(year);
        if (table == u"unit_weight"_s)
            return u"INSERT INTO unit_weight (basis, region, year, value, source_id, entry_id) "
                   "VALUES ('population', '01', %1, 100, (SELECT min(id) FROM source), (SELECT min(id) FROM entry))"_s.arg(year);
        if (table == u"chiso_login"_s)
            return u"INSERT INTO chiso_login (login, role, added_at, added_by) VALUES ('x%1', 'reader', 'now', 'seed')"_s.arg(year);
        if (table == u"review"_s) // of a unit no figure of the matrix has, so that the approval locks none
            return u"INSERT INTO review (unit, year, month, action, comment, submission_id, reviewed_at, reviewed_by) "
                   "VALUES ('ZZ', %1, 1, 'approve', 'c', (SELECT min(id) FROM submission), 'now', 'seed')"_s.arg(year);
        // history: what a change leaves, written by the database's own trigger
        return u"INSERT INTO history (changed_at, login, action, record, region, indicator, year, new_value) "
               "SELECT 'now', 'seed', 'insert', 'observation', '%1', 'seed', %2, 1"_s.arg(region).arg(year);
    }
    static QString keyOf(const QString &table, const QString &region, int year)
    {
        if (table == u"acknowledgement"_s)
            return u"finding_key = 'k%1'"_s.arg(year);
        if (table == u"chiso_login"_s)
            return u"login = 'x%1'"_s.arg(year);
        if (table == u"unit_weight"_s)
            return u"basis = 'population' AND year = %1"_s.arg(year);
        if (table == u"review"_s)
            return u"unit = 'ZZ' AND year = %1"_s.arg(year);
        if (table == u"history"_s) // apart from what the other tables' rows leave there
            return u"indicator = 'seed' AND region = '%1' AND year = %2"_s.arg(region).arg(year);
        return u"region = '%1' AND year = %2"_s.arg(region).arg(year);
    }
    static QString changedColumn(const QString &table)
    {
        if (table == u"plan"_s)
            return u"target"_s;
        if (table == u"acknowledgement"_s || table == u"review"_s)
            return u"comment"_s;
        if (table == u"chiso_login"_s)
            return u"added_by"_s;
        if (table == u"history"_s)
            return u"login"_s;
        return u"value"_s;
    }
    /// Whether the changed column is a number (an update adds 1) rather than text.
    static bool holdsNumbers(const QString &table)
    {
        return table == u"plan"_s || table == u"observation"_s || table == u"claim"_s || table == u"unit_weight"_s;
    }
    static QString asSuperuser(const QString &sql) { return s_server->psql(s_database, sql).trimmed(); }

    static inline PgServer *s_server = nullptr;
    static inline QString s_database;
    static inline QHash<QString, int> s_nextYear;
};

TEST_P(Rights, Matrix)
{
    const Cell cell = GetParam();
    const int year = s_nextYear[cell.table]++; // a key of its own in its table (years run 1900–2100)
    const QString key = keyOf(cell.table, cell.region, year);
    const QString as = login(cell.role);
    if (cell.operation != Operation::Insert)
        asSuperuser(insertSql(cell.table, cell.region, year));
    const QString count = u"SELECT count(*) FROM %1 WHERE %2"_s.arg(cell.table, key);
    const PgServer::Outcome outcome = [&] {
        switch (cell.operation) {
        case Operation::Read: return s_server->psqlAs(as, s_database, count);
        case Operation::Insert: return s_server->psqlAs(as, s_database, insertSql(cell.table, cell.region, year));
        case Operation::Update:
            return s_server->psqlAs(as, s_database, holdsNumbers(cell.table)
                                                        ? u"UPDATE %1 SET %2 = %2 + 1 WHERE %3"_s.arg(cell.table, changedColumn(cell.table), key)
                                                        : u"UPDATE %1 SET %2 = 'changed' WHERE %3"_s.arg(cell.table, changedColumn(cell.table), key));
        case Operation::Delete: return s_server->psqlAs(as, s_database, u"DELETE FROM %1 WHERE %2"_s.arg(cell.table, key));
        }
        return PgServer::Outcome{};
    }();
    // The row as the superuser sees it afterwards decides, not the login's exit code alone: a
    // row-level policy refuses an update or a delete by not seeing the row.
    const QString rows = asSuperuser(count);
    switch (cell.operation) {
    case Operation::Read:
        if (cell.allowed)
            EXPECT_EQ(outcome.output, u"1"_s) << outcome.error.toStdString();
        else
            EXPECT_TRUE(!outcome.ok || outcome.output == u"0"_s) << outcome.output.toStdString();
        break;
    case Operation::Insert:
        EXPECT_EQ(rows, cell.allowed ? u"1"_s : u"0"_s) << outcome.error.toStdString();
        EXPECT_EQ(outcome.ok, cell.allowed) << outcome.error.toStdString();
        break;
    case Operation::Update: {
        const QString value = asSuperuser(u"SELECT %1 FROM %2 WHERE %3"_s.arg(changedColumn(cell.table), cell.table, key));
        const QString unchanged = holdsNumbers(cell.table) ? u"100"_s
            : cell.table == u"acknowledgement"_s || cell.table == u"review"_s                                          ? u"c"_s
                                                                                                                        : u"seed"_s;
        EXPECT_EQ(value != unchanged, cell.allowed) << value.toStdString() << ' ' << outcome.error.toStdString();
        break;
    }
    case Operation::Delete:
        EXPECT_EQ(rows, cell.allowed ? u"0"_s : u"1"_s) << outcome.error.toStdString();
        break;
    }
}

INSTANTIATE_TEST_SUITE_P(Rights, Rights, ::testing::ValuesIn(matrix()), [](const ::testing::TestParamInfo<Cell> &info) {
    const Cell &c = info.param;
    QString name = u"%1_%2_%3"_s.arg(roleName(c.role), operationName(c.operation), c.table);
    if (!c.region.isEmpty())
        name += u"_"_s + c.region;
    return name.toStdString();
});

TEST(RightsOfLogins, OnlyAnOfficeLoginManagesLoginsEvenWithRawSql)
{
    PgServer &server = PgServer::shared();
    const auto [url, database, address] = newServerDatabase(server);
    auto store = Store::prepareServer(address);
    const QString office = database + u"_boss"_s;
    const QString unit = database + u"_u01"_s;
    logins::add(*store, office, Login::Role::Office, {}, std::nullopt);
    logins::add(*store, unit, Login::Role::Unit, u"01"_s, std::nullopt);
    const QString addReader = u"SELECT chiso_add_login('%1_new', 'reader', NULL, NULL)"_s.arg(database);
    const PgServer::Outcome byUnit = server.psqlAs(unit, database, addReader);
    EXPECT_FALSE(byUnit.ok);
    EXPECT_TRUE(byUnit.error.contains(u"permission denied"_s)) << byUnit.error.toStdString();
    EXPECT_EQ(server.psql(database, u"SELECT count(*) FROM chiso_login"_s).trimmed(), u"2"_s);
    const PgServer::Outcome byOffice = server.psqlAs(office, database, addReader);
    EXPECT_TRUE(byOffice.ok) << byOffice.error.toStdString();
    EXPECT_EQ(server.psql(database, u"SELECT role FROM chiso_login WHERE login = '%1_new'"_s.arg(database)).trimmed(), u"reader"_s);
    // The unit may not make itself office by writing the table either.
    EXPECT_FALSE(server.psqlAs(unit, database, u"UPDATE chiso_login SET role = 'office' WHERE login = '%1'"_s.arg(unit)).ok);
    EXPECT_FALSE(server.psqlAs(unit, database, u"GRANT %1_chiso_office TO %2"_s.arg(database, unit)).ok);
    // Removed, the login has no rights left here.
    logins::remove(*store, unit);
    EXPECT_FALSE(server.psqlAs(unit, database, u"SELECT count(*) FROM observation"_s).ok);
}

TEST(RightsOfReview, OnlyTheOfficeReviewsAndNobodyWritesIntoAnApprovedMonthUntilItIsReopened)
{
    PgServer &server = PgServer::shared();
    const auto [url, database, address] = newServerDatabase(server);
    QString error;
    auto owner = Store::prepareServer(address);
    const QString office = database + u"_office"_s;
    const QString unit = database + u"_so01"_s;
    logins::add(*owner, office, Login::Role::Office, {}, std::nullopt);
    logins::add(*owner, unit, Login::Role::Unit, u"01"_s, std::nullopt);
    server.psql(database, u"INSERT INTO source (key) VALUES ('so'); INSERT INTO entry (entered_at, entered_by) VALUES ('2025-09-03', 'so'); "
                          "INSERT INTO observation (indicator, region, year, month, value, basis, source_id, entry_id) "
                          "VALUES ('revenue', '01', 2025, 8, 100, 'estimate', (SELECT min(id) FROM source), (SELECT min(id) FROM entry)); "
                          "INSERT INTO submission (unit, year, month, entry_id) VALUES ('01', 2025, 8, (SELECT min(id) FROM entry))"_s);
    const auto open = [&](const QString &login) { return Store::open(*DatabaseAddress::parse(server.url(database, login), &error)); };
    const YearMonth august{2025, 8};
    auto asUnit = open(unit);
    auto asOffice = open(office);
    const auto refusal = [](const std::function<void()> &action) {
        try {
            action();
        } catch (const StoreError &e) {
            return e.message();
        }
        return QString();
    };

    // A unit's login may not approve its own form: neither through chiso nor with SQL.
    EXPECT_TRUE(refusal([&] { asUnit->review(u"01"_s, august, ReviewAction::Approve, {}); }).contains(u"Only an office login"_s));
    const PgServer::Outcome raw = server.psqlAs(unit, database, u"INSERT INTO review (unit, year, month, action, submission_id, reviewed_at, "
                                                                "reviewed_by) SELECT '01', 2025, 8, 'approve', max(id), 'now', 'me' FROM submission"_s);
    EXPECT_FALSE(raw.ok);
    EXPECT_TRUE(raw.error.contains(u"permission denied"_s)) << raw.error.toStdString();
    EXPECT_EQ(server.psql(database, u"SELECT count(*) FROM review"_s).trimmed(), u"0"_s);

    // The office approves; the server records who, whatever a row says.
    EXPECT_EQ(asOffice->review(u"01"_s, august, ReviewAction::Approve, {}), ReviewState::Approved);
    EXPECT_EQ(server.psql(database, u"SELECT reviewed_by FROM review"_s).trimmed(), office);
    EXPECT_TRUE(server.psqlAs(office, database, u"INSERT INTO review (unit, year, month, action, submission_id, reviewed_at, reviewed_by) "
                                                "SELECT '01', 2025, 8, 'approve', max(id), '2000-01-01', 'someone else' FROM submission"_s).ok);
    EXPECT_EQ(server.psql(database, u"SELECT count(*) FROM review WHERE reviewed_by <> '%1' OR reviewed_at = '2000-01-01'"_s.arg(office)).trimmed(), u"0"_s);

    // Nobody writes into the approved month: the unit, the office, through chiso or with SQL.
    const QString change = u"UPDATE observation SET value = 1 WHERE region = '01' AND year = 2025 AND month = 8"_s;
    const PgServer::Outcome byUnit = server.psqlAs(unit, database, change);
    EXPECT_FALSE(byUnit.ok);
    EXPECT_TRUE(byUnit.error.contains(u"unit 01's form for 8/2025 is approved and locked"_s)) << byUnit.error.toStdString();
    EXPECT_FALSE(server.psqlAs(office, database, change).ok);
    EXPECT_FALSE(server.psqlAs(unit, database, u"INSERT INTO observation (indicator, region, year, month, value, basis, source_id, entry_id) "
                                               "VALUES ('profit', '01', 2025, 8, 5, 'estimate', (SELECT min(id) FROM source), "
                                               "(SELECT min(id) FROM entry))"_s).ok);
    Figure figure;
    figure.indicator = u"revenue"_s;
    figure.region = u"01"_s;
    figure.year = 2025;
    figure.month = 8;
    figure.value = 120;
    figure.basis = Basis::Estimate;
    figure.source.title = u"so"_s;
    EXPECT_EQ(refusal([&] { asUnit->saveFigures({figure}, u"entry"_s); }),
              u"Unit 01's form for 8/2025 is approved and locked; the office must reopen it first."_s);
    EXPECT_EQ(server.psql(database, u"SELECT value FROM observation WHERE region = '01'"_s).trimmed(), u"100"_s);
    // Nor does anyone change or remove the review, the owner included.
    EXPECT_FALSE(server.psqlAs(office, database, u"DELETE FROM review"_s).ok);
    EXPECT_THROW(server.psql(database, u"DELETE FROM review"_s), std::exception);

    // Reopened by the office, with the reason: the unit corrects its figure.
    EXPECT_TRUE(refusal([&] { asUnit->review(u"01"_s, august, ReviewAction::Reopen, u"mine"_s); }).contains(u"Only an office login"_s));
    EXPECT_EQ(asOffice->review(u"01"_s, august, ReviewAction::Reopen, u"Sở xin sửa doanh thu"_s), ReviewState::Submitted);
    EXPECT_TRUE(server.psqlAs(unit, database, change).ok);
    EXPECT_EQ(server.psql(database, u"SELECT comment FROM review ORDER BY id DESC LIMIT 1"_s).trimmed(), u"Sở xin sửa doanh thu"_s);
}

} // namespace
