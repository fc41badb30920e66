#pragma once

#include <QString>
#include <QStringList>

namespace chiso {

/// The record of every change to a figure, plan, stated figure or acknowledgement: who, when,
/// the old and the new value. One table for both engines; what writes it differs.
/// - PostgreSQL: triggers of the database itself (once a statement, over its rows), so that a
///   change made with psql is recorded as well, with the server's login.
/// - SQLite: triggers of the connection (TEMP), with the operating-system user: a file has no
///   logins, and its triggers could not know who is writing otherwise.
namespace history {

/// The table's DDL, the same on both engines but for the id's and the text's types.
QString createTable(bool postgres);
/// The columns, for the schema check.
QStringList columns();
/// The tables whose changes it records: observation, plan, claim, acknowledgement.
QStringList recordedTableNames();

/// PostgreSQL's triggers and the notification other windows listen to (channel()).
QStringList postgresTriggers();
/// Version 9's replacements of the trigger functions: the same rows, the time formatted once
/// a statement rather than once a row.
QStringList postgresHistoryFunctionsTakingTimeOnce();
/// Version 12: an insertion of many rows under consecutive ids is one row of the history, its
/// ids from row_id to last_row_id (a new column); what each row was inserted with is read
/// from the rows themselves (insertedRows()). A million-figure import wrote a million rows
/// here, which took the server as long as a third of the import's time and as much room as
/// the figures. Such a row has the region of its rows if they have one; on a server every
/// login reads one that spans several regions (the office's import).
QStringList batchedInsertions(bool postgres);
/// SELECT row_id, indicator, region, year, month, detail, source_id, value of the rows that an
/// insertion spanning rows of `record` (observation, plan or claim) stands for, with the keys
/// and values they were inserted with. Binds the insertion's id, row_id and last_row_id, then
/// row_id and last_row_id again.
QString insertedRows(const QString &record);
/// The connection's triggers on an SQLite file; they read the user from temp.chiso_session.
QStringList sqliteTemporaryTriggers();
/// An import into a file records its insertions at once rather than a trigger a row (a
/// trigger's program for each of a million rows tripled the import's time): these insert
/// triggers are dropped for the import's transaction, and bulkInsertRecord() writes what they
/// would have. `table`: one of recordedTableNames().
QString sqliteInsertTrigger(const QString &table);
/// INSERT INTO history of one row spanning `table`'s rows from id ? on, as inserted at time ?
/// by login ? (nothing if there are none).
QString bulkInsertRecord(const QString &table);

/// The LISTEN/NOTIFY channel every change is announced on: {"login","record","action","rows"}.
inline QString channel() { return QStringLiteral("chiso_changes"); }

} // namespace history

/// PostgreSQL's logins and rights: group roles of the database (office, unit, reader), the
/// grants each has, row-level security on the figures, and the functions an office login manages
/// logins with (they run as the database's owner, who may create roles).
namespace rights {

/// Which rows of a table with a region a login reads: the country's, and every region's for
/// the office and readers, its own for a unit's login.
QString readsCondition();
QStringList postgresStatements();
/// The same for the reporting units' tables (a later schema step): every group reads them, the
/// office writes them, a unit's login records its own unit's submissions only.
QString unitsStatements();
/// Version 7's: every group reads the units' weights, the office writes them.
QString weightsStatements();
/// The review of the units' forms (a later step): every group reads it, only the office adds
/// an action, nobody changes or removes one.
QString reviewStatements();

} // namespace rights

} // namespace chiso
