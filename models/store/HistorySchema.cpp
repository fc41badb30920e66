#include "HistorySchema.h"

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

/// What one kind of row puts in the history's columns, written over an alias (`%1`).
struct Recorded {
    QString table;
    QString rowId;  ///< "%1.id", or NULL for a row without one
    QString keyColumns; ///< indicator, region, year, month, detail, source_id
    QString value;  ///< the number
    QString text;   ///< the words (an acknowledgement's comment)
    QString joinKey; ///< how an update's old and new rows meet
};

const QList<Recorded> &recordedTables()
{
    static const QList<Recorded> tables = {
        {u"observation"_s, u"%1.id"_s, u"%1.indicator, %1.region, %1.year, %1.month, %1.basis, %1.source_id"_s, u"%1.value"_s, u"NULL"_s, u"id"_s},
        {u"plan"_s, u"%1.id"_s, u"%1.indicator, %1.region, %1.year, NULL, NULL, %1.source_id"_s, u"%1.target"_s, u"NULL"_s, u"id"_s},
        {u"claim"_s, u"%1.id"_s, u"%1.indicator, %1.region, %1.year, %1.month, %1.kind, %1.source_id"_s, u"%1.value"_s, u"NULL"_s, u"id"_s},
        {u"acknowledgement"_s, u"NULL"_s, u"NULL, NULL, NULL, NULL, %1.finding_key, NULL"_s, u"NULL"_s, u"%1.comment"_s, u"finding_key"_s},
    };
    return tables;
}

const QString historyColumns = u"changed_at, login, action, record, row_id, indicator, region, year, month, detail, source_id, "
                                "old_value, new_value, old_text, new_text"_s;

/// The SELECT list of one history row: `time` and `login` as each engine says them.
QString recordedRow(const Recorded &r, const QString &time, const QString &login, const QString &action, const QString &oldAlias,
                    const QString &newAlias)
{
    const QString alias = newAlias.isEmpty() ? oldAlias : newAlias;
    // A pattern without %1 (a column the row lacks) is NULL whatever the alias.
    const auto on = [](const QString &pattern, const QString &a) { return pattern.contains(u"%1"_s) ? pattern.arg(a) : pattern; };
    const auto of = [&on](const QString &pattern, const QString &a) { return a.isEmpty() ? u"NULL"_s : on(pattern, a); };
    return u"%1, %2, '%3', '%4', %5, %6, %7, %8, %9, %10"_s.arg(time, login, action, r.table, on(r.rowId, alias), on(r.keyColumns, alias),
                                                                 of(r.value, oldAlias), of(r.value, newAlias))
        .arg(of(r.text, oldAlias), of(r.text, newAlias));
}

} // namespace

namespace history {

QString createTable(bool postgres)
{
    const QString id = postgres ? u"BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"_s : u"INTEGER PRIMARY KEY"_s;
    const QString key = postgres ? u"TEXT COLLATE \"C\""_s : u"TEXT"_s;
    const QString number = postgres ? u"DOUBLE PRECISION"_s : u"REAL"_s;
    // No index but the id: every import writes a row a figure here, and the history is read
    // rarely, by a range of ids (what changed since a window read) or in a scan.
    return uR"(CREATE TABLE history (
                id %1,
                changed_at TEXT NOT NULL,
                login TEXT NOT NULL,
                action TEXT NOT NULL CHECK (action = 'insert' OR action = 'update' OR action = 'delete'),
                record TEXT NOT NULL,
                row_id BIGINT,
                indicator %2,
                region %2,
                year INTEGER,
                month INTEGER,
                detail %2,
                source_id BIGINT,
                old_value %3,
                new_value %3,
                old_text TEXT,
                new_text TEXT))"_s.arg(id, key, number);
}

QStringList recordedTableNames()
{
    QStringList names;
    for (const Recorded &r : recordedTables())
        names.append(r.table);
    return names;
}

QStringList columns()
{
    QStringList result = {u"id"_s};
    for (const QString &column : historyColumns.split(u", "_s))
        result.append(column);
    result.append(u"last_row_id"_s); // version 12's
    return result;
}

namespace {

/// The function of `r`'s history trigger: CREATE (version 5) or CREATE OR REPLACE (version 9)
/// with the statement's time and login as `time` and `login` say them.
QString postgresHistoryFunction(const Recorded &r, const QString &create, const QString &declare, const QString &time, const QString &login)
{
    return uR"(%8 FUNCTION chiso_history_%1() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
                DECLARE changed bigint;%9
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        INSERT INTO history (%2) SELECT %3 FROM new_rows AS n;
                    ELSIF TG_OP = 'UPDATE' THEN
                        INSERT INTO history (%2) SELECT %4 FROM old_rows AS o JOIN new_rows AS n ON n.%6 = o.%6;
                    ELSE
                        INSERT INTO history (%2) SELECT %5 FROM old_rows AS o;
                    END IF;
                    GET DIAGNOSTICS changed = ROW_COUNT;
                    IF changed > 0 THEN
                        PERFORM pg_notify('%7', json_build_object('login', session_user, 'record', TG_TABLE_NAME,
                                                                    'action', lower(TG_OP), 'rows', changed)::text);
                    END IF;
                    RETURN NULL;
                END $$)"_s.arg(r.table, historyColumns, recordedRow(r, time, login, u"insert"_s, {}, u"n"_s),
                               recordedRow(r, time, login, u"update"_s, u"o"_s, u"n"_s), recordedRow(r, time, login, u"delete"_s, u"o"_s, {}),
                               r.joinKey, channel(), create, declare);
}

} // namespace

QStringList postgresTriggers()
{
    QStringList statements;
    statements.append(uR"(CREATE FUNCTION chiso_now() RETURNS text LANGUAGE sql STABLE AS $$
                SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') $$)"_s);
    // Once a statement over its transition tables: an import of a million figures writes its
    // history in one INSERT … SELECT. SECURITY DEFINER: the history takes no writes from its
    // readers' logins; session_user is the login connected, whatever role it has set.
    for (const Recorded &r : recordedTables()) {
        statements.append(postgresHistoryFunction(r, u"CREATE"_s, QString(), u"chiso_now()"_s, u"session_user"_s));
        statements.append(u"CREATE TRIGGER %1_history_insert AFTER INSERT ON %1 REFERENCING NEW TABLE AS new_rows "
                          "FOR EACH STATEMENT EXECUTE FUNCTION chiso_history_%1()"_s.arg(r.table));
        statements.append(u"CREATE TRIGGER %1_history_update AFTER UPDATE ON %1 REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
                          "FOR EACH STATEMENT EXECUTE FUNCTION chiso_history_%1()"_s.arg(r.table));
        statements.append(u"CREATE TRIGGER %1_history_delete AFTER DELETE ON %1 REFERENCING OLD TABLE AS old_rows "
                          "FOR EACH STATEMENT EXECUTE FUNCTION chiso_history_%1()"_s.arg(r.table));
    }
    return statements;
}

QStringList postgresHistoryFunctionsTakingTimeOnce()
{
    // chiso_now() in the SELECT list formatted the time once a row: a tenth of a million-row
    // import's time on the server. The same text, taken once a statement.
    QStringList statements;
    for (const Recorded &r : recordedTables())
        statements.append(postgresHistoryFunction(r, u"CREATE OR REPLACE"_s, u" stamp text := chiso_now(); who text := session_user;"_s,
                                                  u"stamp"_s, u"who"_s));
    return statements;
}

QStringList batchedInsertions(bool postgres)
{
    QStringList statements = {u"ALTER TABLE history ADD COLUMN last_row_id BIGINT"_s};
    if (!postgres)
        return statements;
    for (const Recorded &r : recordedTables()) {
        if (r.rowId == u"NULL"_s) // an acknowledgement: one at a time, and no id to span
            continue;
        // min, max and count of the ids: one pass over the statement's rows. Ids taken by
        // another connection between them (its cache of a thousand ids, or its own insertions)
        // leave gaps: then each run of consecutive ids is a row. A single row is recorded as
        // before, with its key: a save in the window.
        statements.append(uR"(CREATE OR REPLACE FUNCTION chiso_history_%1() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
                DECLARE changed bigint; stamp text := chiso_now(); who text := session_user; first_id bigint; last_id bigint;
                        one_region text;
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        SELECT min(id), max(id), count(*), CASE WHEN min(region) = max(region) THEN min(region) END
                            INTO first_id, last_id, changed, one_region FROM new_rows;
                        IF changed = 1 THEN
                            INSERT INTO history (%2) SELECT %3 FROM new_rows AS n;
                        ELSIF last_id - first_id + 1 = changed THEN
                            INSERT INTO history (changed_at, login, action, record, row_id, last_row_id, region)
                                VALUES (stamp, who, 'insert', '%1', first_id, last_id, one_region);
                        ELSIF changed > 1 THEN
                            INSERT INTO history (changed_at, login, action, record, row_id, last_row_id, region)
                                SELECT stamp, who, 'insert', '%1', min(r.id), max(r.id), CASE WHEN min(r.region) = max(r.region) THEN min(r.region) END
                                FROM (SELECT id, region, id - row_number() OVER (ORDER BY id) AS run FROM new_rows) AS r GROUP BY r.run ORDER BY 5;
                        END IF;
                    ELSIF TG_OP = 'UPDATE' THEN
                        INSERT INTO history (%2) SELECT %4 FROM old_rows AS o JOIN new_rows AS n ON n.%6 = o.%6;
                        GET DIAGNOSTICS changed = ROW_COUNT;
                    ELSE
                        INSERT INTO history (%2) SELECT %5 FROM old_rows AS o;
                        GET DIAGNOSTICS changed = ROW_COUNT;
                    END IF;
                    IF changed > 0 THEN
                        PERFORM pg_notify('%7', json_build_object('login', session_user, 'record', TG_TABLE_NAME,
                                                                    'action', lower(TG_OP), 'rows', changed)::text);
                    END IF;
                    RETURN NULL;
                END $$)"_s.arg(r.table, historyColumns, recordedRow(r, u"stamp"_s, u"who"_s, u"insert"_s, {}, u"n"_s),
                               recordedRow(r, u"stamp"_s, u"who"_s, u"update"_s, u"o"_s, u"n"_s),
                               recordedRow(r, u"stamp"_s, u"who"_s, u"delete"_s, u"o"_s, {}), r.joinKey, channel()));
    }
    // An insertion spanning rows of one region (a province's form) is that region's, as a
    // row's change is; one spanning several (the office's import) every login reads: what it
    // stands for is read from the rows, each under its own table's policy (insertedRows()).
    statements.append(u"DROP POLICY chiso_read ON history"_s);
    statements.append(u"CREATE POLICY chiso_read ON history FOR SELECT USING ((last_row_id IS NOT NULL AND region IS NULL) OR %1)"_s.arg(
        rights::readsCondition()));
    return statements;
}

QString insertedRows(const QString &record)
{
    for (const Recorded &r : recordedTables()) {
        if (r.table != record || r.rowId == u"NULL"_s)
            continue;
        // A row of the span changed since (updated or removed, even removed and its id taken
        // again) was inserted with what its first later change found: that change's old value.
        // Any other is as it was inserted.
        const QString changes = u"SELECT row_id, min(id) AS first FROM history WHERE record = '%1' AND action <> 'insert' "
                                "AND id > ? AND row_id BETWEEN ? AND ? GROUP BY row_id"_s.arg(r.table);
        return uR"(WITH firsts AS (%1)
                SELECT c.row_id AS row_id, c.indicator, c.region, c.year, c.month, c.detail, c.source_id, c.old_value AS value
                    FROM firsts AS f JOIN history AS c ON c.id = f.first
                UNION ALL
                SELECT %2, %3, %4 FROM %5 AS r LEFT JOIN firsts AS f ON f.row_id = r.id
                    WHERE r.id BETWEEN ? AND ? AND f.row_id IS NULL)"_s.arg(changes, r.rowId.arg(u"r"_s), r.keyColumns.arg(u"r"_s),
                                                                              r.value.arg(u"r"_s), r.table);
    }
    return {};
}

QStringList sqliteTemporaryTriggers()
{
    QStringList statements;
    const QString time = u"strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"_s;
    const QString login = u"(SELECT login FROM chiso_session)"_s;
    for (const Recorded &r : recordedTables()) {
        const auto trigger = [&](const QString &action, const QString &event, const QString &row) {
            statements.append(u"CREATE TEMP TRIGGER IF NOT EXISTS chiso_history_%1_%2 AFTER %3 ON main.%1 BEGIN "
                              "INSERT INTO history (%4) SELECT %5; END"_s.arg(r.table, action, event, historyColumns, row));
        };
        trigger(u"insert"_s, u"INSERT"_s, recordedRow(r, time, login, u"insert"_s, {}, u"NEW"_s));
        trigger(u"update"_s, u"UPDATE"_s, recordedRow(r, time, login, u"update"_s, u"OLD"_s, u"NEW"_s));
        trigger(u"delete"_s, u"DELETE"_s, recordedRow(r, time, login, u"delete"_s, u"OLD"_s, {}));
    }
    return statements;
}

QString sqliteInsertTrigger(const QString &table)
{
    return u"temp.chiso_history_%1_insert"_s.arg(table);
}

QString bulkInsertRecord(const QString &table)
{
    // A file has one writer: the rows from the first new id on are this import's, consecutive.
    return u"INSERT INTO history (changed_at, login, action, record, row_id, last_row_id, region) "
           "SELECT ?, ?, 'insert', '%1', min(id), max(id), CASE WHEN min(region) = max(region) THEN min(region) END "
           "FROM %1 WHERE id >= ? HAVING count(*) > 0"_s.arg(table);
}

} // namespace history

namespace rights {

QString readsCondition()
{
    // Subqueries, not calls on each row: the planner evaluates them once a statement.
    return u"(region = 'VN' OR (SELECT chiso_role_of(current_user)) IN ('office', 'reader') OR region = (SELECT chiso_region_of(current_user)))"_s;
}

QStringList postgresStatements()
{
    // The tables a unit writes its region's rows of, the one rule each policy applies.
    const QStringList figureTables = {u"observation"_s, u"plan"_s, u"claim"_s};
    QStringList s = {
        uR"(CREATE TABLE chiso_login (
                login TEXT COLLATE "C" PRIMARY KEY,
                role TEXT NOT NULL CHECK (role IN ('office', 'unit', 'reader')),
                region TEXT COLLATE "C",
                added_at TEXT NOT NULL,
                added_by TEXT NOT NULL,
                CHECK ((role = 'unit') = (region IS NOT NULL))))"_s,
        // Roles are the cluster's, so each database's groups carry its name: a login given
        // rights in one database has none in another on the same server.
        uR"(CREATE FUNCTION chiso_group(kind text) RETURNS text LANGUAGE sql STABLE AS $$
                SELECT left(current_database(), 48) || '_chiso_' || kind $$)"_s,
        // What a role may do here. The owner of the tables (who ran server init) and
        // superusers are the office without a row of chiso_login.
        uR"(CREATE FUNCTION chiso_role_of(who name) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
                SELECT CASE
                    WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who AND (rolsuper OR rolbypassrls)) THEN 'office'
                    WHEN who = (SELECT r.rolname FROM pg_class AS c JOIN pg_roles AS r ON r.oid = c.relowner
                                WHERE c.oid = 'observation'::regclass) THEN 'office'
                    WHEN pg_has_role(who, chiso_group('office'), 'MEMBER') THEN 'office'
                    WHEN pg_has_role(who, chiso_group('unit'), 'MEMBER') THEN 'unit'
                    WHEN pg_has_role(who, chiso_group('reader'), 'MEMBER') THEN 'reader'
                    ELSE '' END $$)"_s,
        uR"(CREATE FUNCTION chiso_region_of(who name) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
                SELECT region FROM chiso_login WHERE login = who AND role = 'unit' $$)"_s,
        uR"(DO $$
                DECLARE kind text;
                BEGIN
                    FOREACH kind IN ARRAY ARRAY['office', 'unit', 'reader'] LOOP
                        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = chiso_group(kind)) THEN
                            EXECUTE format('CREATE ROLE %I NOLOGIN', chiso_group(kind));
                        END IF;
                    END LOOP;
                    EXECUTE format('GRANT SELECT ON indicator, source, entry, observation, plan, claim, acknowledgement, history, chiso_schema '
                                   'TO %I, %I, %I', chiso_group('office'), chiso_group('unit'), chiso_group('reader'));
                    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON indicator, source, entry, observation, plan, claim, acknowledgement TO %I',
                                   chiso_group('office'));
                    EXECUTE format('GRANT SELECT ON chiso_login TO %I', chiso_group('office'));
                    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON observation, plan, claim TO %I', chiso_group('unit'));
                    EXECUTE format('GRANT INSERT ON source, entry TO %I', chiso_group('unit'));
                    EXECUTE format('GRANT UPDATE (published) ON source TO %I', chiso_group('unit'));
                END $$)"_s,
    };
    const QString reads = readsCondition();
    const QString writes = u"((SELECT chiso_role_of(current_user)) = 'office' OR "
                           "((SELECT chiso_role_of(current_user)) = 'unit' AND region = (SELECT chiso_region_of(current_user))))"_s;
    for (const QString &table : figureTables) {
        s.append(u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table));
        s.append(u"CREATE POLICY chiso_read ON %1 FOR SELECT USING %2"_s.arg(table, reads));
        s.append(u"CREATE POLICY chiso_insert ON %1 FOR INSERT WITH CHECK %2"_s.arg(table, writes));
        s.append(u"CREATE POLICY chiso_update ON %1 FOR UPDATE USING %2 WITH CHECK %2"_s.arg(table, writes));
        s.append(u"CREATE POLICY chiso_delete ON %1 FOR DELETE USING %2"_s.arg(table, writes));
    }
    s.append(u"ALTER TABLE history ENABLE ROW LEVEL SECURITY"_s);
    s.append(u"CREATE POLICY chiso_read ON history FOR SELECT USING %1"_s.arg(reads));

    // Managing logins: run as the owner, who may create roles; only the office may call them.
    s.append(uR"(CREATE FUNCTION chiso_leave_groups(who text) RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
                DECLARE grp text;
                BEGIN
                    FOREACH grp IN ARRAY ARRAY[chiso_group('office'), chiso_group('unit'), chiso_group('reader')] LOOP
                        IF EXISTS (SELECT 1 FROM pg_auth_members AS m JOIN pg_roles AS g ON g.oid = m.roleid JOIN pg_roles AS u ON u.oid = m.member
                                   WHERE g.rolname = grp AND u.rolname = who) THEN
                            EXECUTE format('REVOKE %I FROM %I', grp, who);
                        END IF;
                    END LOOP;
                END $$)"_s);
    s.append(uR"(CREATE FUNCTION chiso_add_login(who text, kind text, unit_region text, verifier text) RETURNS void
                LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
                BEGIN
                    IF kind NOT IN ('office', 'unit', 'reader') THEN
                        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = format('unknown role %s', kind);
                    END IF;
                    IF (kind = 'unit') <> (coalesce(unit_region, '') <> '') THEN
                        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = 'a unit login needs its region, and only a unit login has one';
                    END IF;
                    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who AND rolsuper)
                       OR who = (SELECT r.rolname FROM pg_class AS c JOIN pg_roles AS r ON r.oid = c.relowner WHERE c.oid = 'observation'::regclass) THEN
                        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = format('%s owns the database or is a superuser', who);
                    END IF;
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who) THEN
                        EXECUTE format('CREATE ROLE %I LOGIN', who);
                    END IF;
                    IF verifier IS NOT NULL THEN
                        EXECUTE format('ALTER ROLE %I PASSWORD %L', who, verifier);
                    END IF;
                    PERFORM chiso_leave_groups(who);
                    EXECUTE format('GRANT %I TO %I', chiso_group(kind), who);
                    INSERT INTO chiso_login (login, role, region, added_at, added_by) VALUES (who, kind, nullif(unit_region, ''), chiso_now(), session_user)
                        ON CONFLICT (login) DO UPDATE SET role = excluded.role, region = excluded.region, added_at = excluded.added_at,
                                                          added_by = excluded.added_by;
                END $$)"_s);
    s.append(uR"(CREATE FUNCTION chiso_remove_login(who text) RETURNS void
                LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
                BEGIN
                    DELETE FROM chiso_login WHERE login = who;
                    IF NOT FOUND THEN
                        RAISE EXCEPTION USING ERRCODE = 'undefined_object', MESSAGE = format('%s is not a login of this database', who);
                    END IF;
                    PERFORM chiso_leave_groups(who);
                    -- The login itself goes unless another database or role still counts on it.
                    IF NOT EXISTS (SELECT 1 FROM pg_auth_members WHERE member = (SELECT oid FROM pg_roles WHERE rolname = who)) THEN
                        BEGIN
                            EXECUTE format('DROP ROLE %I', who);
                        EXCEPTION WHEN dependent_objects_still_exist THEN
                            NULL;
                        END;
                    END IF;
                END $$)"_s);
    s.append(u"REVOKE EXECUTE ON FUNCTION chiso_add_login(text, text, text, text), chiso_remove_login(text), chiso_leave_groups(text) FROM PUBLIC"_s);
    s.append(uR"(DO $$ BEGIN
                    EXECUTE format('GRANT EXECUTE ON FUNCTION chiso_add_login(text, text, text, text), chiso_remove_login(text) TO %I',
                                   chiso_group('office'));
                END $$)"_s);
    return s;
}

QString unitsStatements()
{
    return uR"(DO $$ BEGIN
                EXECUTE format('GRANT SELECT ON unit, unit_merger, submission, setting TO %I, %I, %I',
                               chiso_group('office'), chiso_group('unit'), chiso_group('reader'));
                EXECUTE format('GRANT INSERT, UPDATE, DELETE ON unit, unit_merger, submission, setting TO %I', chiso_group('office'));
                EXECUTE format('GRANT INSERT ON submission TO %I', chiso_group('unit'));
                ALTER TABLE submission ENABLE ROW LEVEL SECURITY;
                CREATE POLICY chiso_read ON submission FOR SELECT USING (true);
                CREATE POLICY chiso_insert ON submission FOR INSERT WITH CHECK ((SELECT chiso_role_of(current_user)) = 'office'
                    OR ((SELECT chiso_role_of(current_user)) = 'unit' AND unit = (SELECT chiso_region_of(current_user))));
                CREATE POLICY chiso_change ON submission FOR UPDATE USING ((SELECT chiso_role_of(current_user)) = 'office');
                CREATE POLICY chiso_remove ON submission FOR DELETE USING ((SELECT chiso_role_of(current_user)) = 'office');
            END $$)"_s;
}

QString weightsStatements()
{
    return uR"(DO $$ BEGIN
                EXECUTE format('GRANT SELECT ON unit_weight TO %I, %I, %I', chiso_group('office'), chiso_group('unit'), chiso_group('reader'));
                EXECUTE format('GRANT INSERT, UPDATE, DELETE ON unit_weight TO %I', chiso_group('office'));
            END $$)"_s;
}

QString reviewStatements()
{
    // Everyone reads the reviews; only the office adds one; nobody changes or removes one
    // (no grant, and chiso_review_stamp refuses even the owner).
    return uR"(DO $$ BEGIN
                EXECUTE format('GRANT SELECT ON review TO %I, %I, %I', chiso_group('office'), chiso_group('unit'), chiso_group('reader'));
                EXECUTE format('GRANT INSERT ON review TO %I', chiso_group('office'));
                ALTER TABLE review ENABLE ROW LEVEL SECURITY;
                CREATE POLICY chiso_read ON review FOR SELECT USING (true);
                CREATE POLICY chiso_insert ON review FOR INSERT WITH CHECK ((SELECT chiso_role_of(current_user)) = 'office');
            END $$)"_s;
}

} // namespace rights

} // namespace chiso
