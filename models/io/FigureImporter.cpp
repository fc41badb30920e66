#include "FigureImporter.h"
#include "FigureCsvFormat.h"
#include "FileChecks.h"
#include "ParsedFigureStream.h"
#include "xlsx/XlsxFigureRows.h"
#include "xlsx/XlsxWriter.h"
#include "store/FigureBatch.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <algorithm>
#include <cerrno>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {


QString describe(const Figure &f)
{
    return u"%1 %2 %3/%4"_s.arg(f.indicator, f.region).arg(f.month).arg(f.year);
}

/// The message of a problem found when storing a figure.
ImportIssue issueOf(const FigureBatch::Result &result, const QString &displayName)
{
    const Figure &figure = result.figure;
    switch (result.outcome) {
    case FigureBatch::Outcome::Conflict:
        return {displayName, result.line, u"value"_s,
                QCoreApplication::translate("FigureImporter", "conflict: the stored figure %1 from this source is %2; this file says %3")
                    .arg(describe(figure), QString::fromUtf8(FigureCsv::formatNumber(result.storedValue)),
                         QString::fromUtf8(FigureCsv::formatNumber(figure.value))),
                result.cell};
    case FigureBatch::Outcome::RepeatedInFile:
        return {displayName, result.line, QString(),
                QCoreApplication::translate("FigureImporter", "duplicate row: line %1 already gives %2 from the same source")
                    .arg(result.earlierLine).arg(describe(figure)),
                result.cell};
    case FigureBatch::Outcome::UnknownIndicator:
        return {displayName, result.line, u"indicator"_s,
                QCoreApplication::translate("FigureImporter", "'%1' is no longer an indicator of this database "
                                                              "(another program changed its list): open it again")
                    .arg(figure.indicator),
                result.cell};
    case FigureBatch::Outcome::SourceDateDiffers:
        return {displayName, result.line, u"source_date"_s,
                QCoreApplication::translate("FigureImporter", "this source is already known with the date %1").arg(result.storedDate),
                result.cell};
    case FigureBatch::Outcome::RegionNotWritable:
        return {displayName, result.line, u"region"_s,
                result.storedDate.isEmpty()
                    ? QCoreApplication::translate("FigureImporter", "your login may not write figures of region %1").arg(figure.region)
                    : QCoreApplication::translate("FigureImporter", "your login writes only region %1's figures, not %2")
                          .arg(result.storedDate, figure.region),
                result.cell};
    case FigureBatch::Outcome::Added:
    case FigureBatch::Outcome::Unchanged:
        break;
    }
    return {};
}

/// Why a figure's region is no unit of its period, or an empty string: the catalogue names
/// the units a region column may hold, each for the period it existed.
QString unitProblem(const UnitCatalogue &units, const Figure &figure)
{
    const bool yearly = figure.kind == RecordKind::Plan;
    if (yearly ? units.findInYear(figure.region, figure.year) : units.find(figure.region, figure.period()))
        return {};
    const QList<const ReportingUnit *> others = units.withCode(figure.region);
    const QString when = yearly ? QString::number(figure.year) : u"%1/%2"_s.arg(figure.month).arg(figure.year);
    if (others.isEmpty())
        return QCoreApplication::translate("FigureImporter", "'%1' is not a unit of this database: list the units with chiso units, "
                                                             "add one with chiso units import FILE")
            .arg(figure.region);
    QStringList periods;
    for (const ReportingUnit *unit : others)
        periods.append(u"%1 (%2 … %3)"_s.arg(unit->nameVi, unit->validFrom.isNull() ? QString() : unit->validFrom.toString(Qt::ISODate),
                                            unit->validUntil.isNull() ? QString() : unit->validUntil.toString(Qt::ISODate)));
    return QCoreApplication::translate("FigureImporter", "in %1 there was no unit %2: the code was %3")
        .arg(when, figure.region, periods.join(u", "_s));
}

} // namespace

FigureImporter::FigureImporter(Store &store)
    : m_store(store), m_enteredBy(store.login().name) // a server's login; a file's, the operating-system user
{
}

ImportReport FigureImporter::importFile(const QString &path)
{
    const QFileInfo info(path);
    ImportReport report;
    auto refuse = [&](const QString &message) {
        report.issues.append({path, 0, QString(), message, QString()});
        report.issueCount = 1;
        return report;
    };
    QFile file;
    if (const QString why = FileChecks::openForImport(path, file, QCoreApplication::translate("FigureImporter", "a CSV file or a workbook"));
        !why.isEmpty())
        return refuse(why);
    m_form.reset();
    if (info.suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0) {
        file.close();
        return importRows(path, [&](const RowSink &sink) {
            return XlsxFigureRows::read(path, m_store.indicators(), sink, [this](double share) {
                if (m_progress && !m_progress(qint64(share * 1000), 1000))
                    m_cancelRequested = true;
            }, &m_form);
        });
    }
    return importDevice(&file, path);
}

ImportReport FigureImporter::importDevice(QIODevice *device, const QString &displayName)
{
    const qint64 total = device->size();
    ImportReport report = importRows(displayName, [&](const RowSink &sink) {
        ParsedFigureStream stream(device, displayName, m_store.indicators());
        for (auto batch = stream.nextBatch(); !batch.empty(); batch = stream.nextBatch()) {
            for (ParsedFigureStream::Row &row : batch) {
                if (!sink(std::move(row)))
                    return QList<ImportIssue>();
            }
            if (m_progress && !m_progress(stream.bytesRead(), total)) {
                m_cancelRequested = true;
                return QList<ImportIssue>();
            }
        }
        return stream.fileIssues();
    });
    if (report.committed() && m_progress)
        m_progress(total, total);
    return report;
}

ImportReport FigureImporter::importRows(const QString &displayName, const std::function<QList<ImportIssue>(const RowSink &)> &produce)
{
    ImportReport report;
    m_cancelRequested = false;
    auto addIssue = [&](const ImportIssue &issue) { report.add(issue, m_issueLimit); };
    // The months the office approved: a figure of one refuses the whole import at its first
    // line. Read before the import begins (a server's batch opens a COPY at once); one approved
    // meanwhile is refused by the database's trigger at commit, without the line.
    const auto lockKey = [](const QString &unit, YearMonth period) { return u"%1|%2"_s.arg(unit, period.toIsoString()); };
    QSet<QString> locked;
    for (const auto &[unit, period] : m_store.lockedMonths())
        locked.insert(lockKey(unit, period));
    QSet<QString> lockReported;
    std::unique_ptr<FigureBatch> batch = m_store.beginImport(m_enteredBy, displayName);
    // Figures are stored until the first problem of the file itself (a line that cannot be
    // read, a source with another date): after it only checking goes on. A figure that
    // collides with a stored one does not stop the storing, so that every conflict is named.
    bool storing = true;
    const RowSink sink = [&](ParsedFigureStream::Row &&row) {
        ++report.rows;
        for (const auto &issue : row.issues)
            addIssue(issue);
        if (!row.issues.isEmpty())
            storing = false;
        if (row.figure) {
            if (const QString problem = unitProblem(m_store.units(), *row.figure); !problem.isEmpty()) {
                addIssue({displayName, row.line, u"region"_s, problem, row.cell});
                storing = false;
            }
        }
        if (row.figure && row.figure->kind != RecordKind::Plan && !locked.isEmpty()) {
            const QString key = lockKey(row.figure->region, row.figure->period());
            if (locked.contains(key)) {
                if (!lockReported.contains(key))
                    addIssue({displayName, row.line, u"month"_s, lockedMonthText(row.figure->region, row.figure->period()), row.cell});
                lockReported.insert(key);
                storing = false;
            }
        }
        if (row.figure && storing) {
            const FigureBatch::Result result = batch->add(*row.figure, row.line, row.cell);
            switch (result.outcome) {
            case FigureBatch::Outcome::Added: ++report.added; break;
            case FigureBatch::Outcome::Unchanged: ++report.unchanged; break;
            case FigureBatch::Outcome::Conflict:
            case FigureBatch::Outcome::RepeatedInFile: addIssue(issueOf(result, displayName)); break;
            case FigureBatch::Outcome::UnknownIndicator:
            case FigureBatch::Outcome::SourceDateDiffers:
            case FigureBatch::Outcome::RegionNotWritable:
                addIssue(issueOf(result, displayName));
                storing = false;
                break;
            }
        }
        return !m_cancelRequested;
    };
    QList<ImportIssue> fileIssues = produce(sink);
    // The form of the unit and month expected, or of another: said which.
    std::optional<std::pair<QString, YearMonth>> submission;
    if (m_form && m_form->unitForm && m_form->period)
        submission = std::pair{m_form->region, *m_form->period};
    if (m_expected) {
        const auto &[unit, period] = *m_expected;
        if (!m_form)
            fileIssues.append({displayName, 0, QString(),
                               QCoreApplication::translate("FigureImporter", "expected the monthly form of %1 for %2; this file is not a "
                                                                             "monthly form (chiso template --unit %1)")
                                   .arg(unit, period.toIsoString()),
                               QString()});
        else if (m_form->region != unit)
            fileIssues.append({displayName, XlsxWriter::TemplateLayout::regionRow, u"region"_s,
                               QCoreApplication::translate("FigureImporter", "this is the form of the unit %1, not of %2").arg(m_form->region, unit),
                               QString()});
        else if (m_form->period && *m_form->period != period)
            fileIssues.append({displayName, XlsxWriter::TemplateLayout::periodRow, u"month"_s,
                               QCoreApplication::translate("FigureImporter", "this is the form of %1, not of %2")
                                   .arg(m_form->period->toIsoString(), period.toIsoString()),
                               QString()});
        else
            submission = *m_expected;
    }
    // A form of a locked month, even one whose lines are all refused or empty, is no new submission.
    if (submission && locked.contains(lockKey(submission->first, submission->second))
        && !lockReported.contains(lockKey(submission->first, submission->second)))
        fileIssues.append({displayName, XlsxWriter::TemplateLayout::periodRow, u"month"_s, lockedMonthText(submission->first, submission->second),
                           QString()});
    report.cancelled = m_cancelRequested;
    if (!report.cancelled) {
        for (const auto &issue : fileIssues)
            addIssue(issue);
        // A server checks the staged figures only now. Its problems join the file's in line
        // order; the first `limit` of both lists hold the first `limit` of all.
        const FigureBatch::Settled settled = batch->settle(m_issueLimit);
        if (settled.problems > 0) {
            report.issueCount += settled.problems;
            for (const FigureBatch::Result &result : settled.first)
                report.issues.append(issueOf(result, displayName));
            std::stable_sort(report.issues.begin(), report.issues.end(),
                             [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
            report.issues.resize(std::min<qsizetype>(report.issues.size(), m_issueLimit));
        }
        // A server counts what it added in bulk: `added` counted the figures it staged.
        if (batch->isDeferred()) {
            report.added = settled.added;
            report.unchanged = settled.unchanged;
        }
    }

    if (!report.committed()) {
        batch.reset(); // rolled back
        report.added = 0;
        report.unchanged = 0;
        return report;
    }
    if (submission)
        batch->recordSubmission(submission->first, submission->second);
    report.submission = submission;
    batch->commit();
    return report;
}

} // namespace chiso
