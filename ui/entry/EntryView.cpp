#include "EntryView.h"
#include "RebuildWhenShown.h"

#include "check/EntryChecks.h"
#include "domain/FigureRules.h"
#include "report/KpiReportWriter.h"
#include "edit/EditCommands.h"
#include "report/Formatter.h"
#include "session/Analysis.h"
#include "store/Store.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QDateTime>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chiso::ui {

EntryView::EntryView(Analysis &analysis, QUndoStack &undo, Language language, QWidget *parent)
    : QWidget(parent), m_analysis(analysis), m_undo(undo), m_language(language), m_heading(new QLabel(this)), m_help(new QLabel(this)),
      m_grid(new QGridLayout), m_save(new QPushButton(this)), m_useSaved(new QPushButton(this)), m_message(new QLabel(this)),
      m_refresh(new RebuildWhenShown(this, [this] { rebuild(); }))
{
    m_help->setWordWrap(true);
    m_save->setObjectName(u"saveEntries"_s);
    m_useSaved->setObjectName(u"useSavedFigures"_s);
    m_useSaved->hide();
    m_message->setObjectName(u"entryMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    auto *inner = new QWidget;
    inner->setLayout(m_grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_help);
    layout->addWidget(scroll, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_useSaved, 0, Qt::AlignTop);
    buttons->addWidget(m_save, 0, Qt::AlignTop);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &EntryView::saveAll);
    connect(m_useSaved, &QPushButton::clicked, this, &EntryView::useSavedFigures);
    connect(&analysis, &Analysis::changed, m_refresh, &RebuildWhenShown::changed);
}

void EntryView::setLanguage(Language language)
{
    m_language = language;
    m_refresh->changed();
}

QLineEdit *EntryView::field(const QString &name)
{
    m_refresh->ensureCurrent();
    for (const Line &line : m_lines) {
        if (name == u"value:"_s + line.code)
            return line.value;
        if (name == u"plan:"_s + line.code)
            return line.plan;
    }
    return nullptr;
}

void EntryView::rebuild()
{
    // Keep what the user is typing across a recomputation.
    QHash<QString, QString> typed;
    for (const Line &line : std::as_const(m_lines)) {
        typed.insert(u"value:"_s + line.code, line.value->text());
        typed.insert(u"plan:"_s + line.code, line.plan->text());
    }
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_lines.clear();

    const Formatter format(m_language);
    const YearMonth period = m_analysis.period();
    m_heading->setText(u"<h3>%1</h3>"_s.arg(QCoreApplication::translate("Entry", "Monthly figures, %1").arg(format.period(period))));
    m_help->setText(QCoreApplication::translate("Entry", "Type the year-to-date figure of each indicator for this month "
                                                         "(levels: the reading of the month) and, where it changed, the year's plan. "
                                                         "Numbers as you write them in %1. Saved figures are stored as typed in "
                                                         "this form, with your name and the time; Ctrl+Z undoes a save.")
                        .arg(m_language == Language::Vietnamese ? QCoreApplication::translate("Entry", "Vietnamese (2.067.389 or 49,6)")
                                                                : QCoreApplication::translate("Entry", "English (2,067,389 or 49.6)")));
    // A login that may not store this region's figures sees the form, not fields it could
    // type into for nothing: the server would refuse the save.
    const Login &login = m_analysis.store().login();
    m_writable = login.mayWrite(m_analysis.region());
    if (!m_writable)
        m_help->setText(login.role == Login::Role::Unit
                            ? QCoreApplication::translate("Entry", "The login %1 stores only region %2's figures: choose %2 above to enter them. "
                                                                   "Region %3's are shown as they are stored.")
                                  .arg(login.name, login.region, m_analysis.region())
                            : QCoreApplication::translate("Entry", "The login %1 may only read this database: the figures are shown as they are "
                                                                   "stored. An office login can give it more rights (chiso server add-user).")
                                  .arg(login.name));
    m_save->setText(QCoreApplication::translate("Entry", "Save"));
    m_useSaved->setText(QCoreApplication::translate("Entry", "Use my figures instead"));
    m_useSaved->setToolTip(QCoreApplication::translate("Entry", "Records the office's choice of the figures just saved: every view, "
                                                                "report, briefing and forecast then uses them, for everyone."));
    const QStringList headers = {QCoreApplication::translate("Entry", "Indicator"), QCoreApplication::translate("Entry", "Unit"),
                                 QCoreApplication::translate("Entry", "Figure for the month"), QCoreApplication::translate("Entry", "Basis"),
                                 QCoreApplication::translate("Entry", "Stored now"),
                                 QCoreApplication::translate("Entry", "Plan for %1").arg(period.year),
                                 QCoreApplication::translate("Entry", "Plan stored now")};
    for (int c = 0; c < headers.size(); ++c)
        m_grid->addWidget(new QLabel(u"<b>%1</b>"_s.arg(headers[c])), 0, c);

    int row = 1;
    for (const Indicator &ind : m_analysis.store().indicators()) {
        if (ind.kind == IndicatorKind::MonthFlow)
            continue;
        Line line;
        line.code = ind.code;
        line.value = new QLineEdit;
        line.value->setObjectName(u"value:"_s + ind.code);
        line.value->setAlignment(Qt::AlignRight);
        line.value->setText(typed.value(u"value:"_s + ind.code));
        line.basis = new QComboBox;
        line.basis->addItem(QCoreApplication::translate("Entry", "estimate"), u"estimate"_s);
        line.basis->addItem(QCoreApplication::translate("Entry", "actual"), u"actual"_s);
        const auto stored = m_analysis.snapshot().value(ind.code, m_analysis.region(), period.year, period.month);
        line.stored = new QLabel(stored ? format.value(ind, stored->value) : u"—"_s);
        line.stored->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        line.plan = new QLineEdit;
        line.plan->setObjectName(u"plan:"_s + ind.code);
        line.plan->setAlignment(Qt::AlignRight);
        line.plan->setText(typed.value(u"plan:"_s + ind.code));
        const auto plan = m_analysis.snapshot().plan(ind.code, m_analysis.region(), period.year);
        line.storedPlan = new QLabel(plan ? format.value(ind, plan->value) : u"—"_s);
        line.storedPlan->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_grid->addWidget(new QLabel(ind.name(m_language)), row, 0);
        m_grid->addWidget(new QLabel(ind.unitLabel(m_language)), row, 1);
        m_grid->addWidget(line.value, row, 2);
        m_grid->addWidget(line.basis, row, 3);
        m_grid->addWidget(line.stored, row, 4);
        m_grid->addWidget(line.plan, row, 5);
        m_grid->addWidget(line.storedPlan, row, 6);
        for (QWidget *input : std::initializer_list<QWidget *>{line.value, line.basis, line.plan})
            input->setEnabled(m_writable);
        const QString code = ind.code;
        connect(line.value, &QLineEdit::textChanged, this, [this, edit = line.value, code] { check(edit, code, false); });
        connect(line.plan, &QLineEdit::textChanged, this, [this, edit = line.plan, code] { check(edit, code, true); });
        m_lines.append(line);
        check(line.value, code, false);
        check(line.plan, code, true);
        ++row;
    }
    m_grid->setRowStretch(row, 1);
    m_grid->setColumnStretch(0, 1);
}

void EntryView::check(QLineEdit *edit, const QString &code, bool plan)
{
    const QString text = edit->text().trimmed();
    QString problem;
    QString warning;
    if (!text.isEmpty()) {
        bool ok = false;
        const double value = localeFor(m_language).toDouble(text, &ok);
        if (!ok)
            problem = m_language == Language::Vietnamese
                ? QCoreApplication::translate("Entry", "Expected a number such as 2.067.389 or 49,6")
                : QCoreApplication::translate("Entry", "Expected a number such as 2,067,389 or 49.6");
        else
            problem = valueProblem(m_analysis.store().indicator(code), plan ? RecordKind::Plan : RecordKind::Value, value, text);
        const Indicator *indicator = m_analysis.store().indicator(code);
        if (problem.isEmpty() && indicator)
            problem = entryDecimalsProblem(*indicator, text, localeFor(m_language));
        if (problem.isEmpty() && indicator && !plan)
            warning = entryJumpWarning(m_analysis.snapshot(), *indicator, m_analysis.region(), m_analysis.period(), value,
                                       Formatter(m_language));
    }
    edit->setProperty("problem", problem);
    edit->setProperty("warning", warning);
    edit->setToolTip(problem.isEmpty() ? warning : problem);
    // Red refuses, amber asks: the two differ in width as well as colour.
    edit->setStyleSheet(!problem.isEmpty() ? u"QLineEdit { border: 3px solid #c0392b; }"_s
                        : !warning.isEmpty() ? u"QLineEdit { border: 2px dashed #b7950b; }"_s
                                              : QString());
    m_save->setEnabled(m_writable && allValid());
    showProblems();
}

void EntryView::showProblems()
{
    QStringList lines;
    for (const Line &line : std::as_const(m_lines)) {
        const Indicator *indicator = m_analysis.store().indicator(line.code);
        const QString name = indicator ? indicator->name(m_language) : line.code;
        for (QLineEdit *edit : {line.value, line.plan}) {
            const QString column = edit == line.plan ? QCoreApplication::translate("Entry", "plan")
                                                     : QCoreApplication::translate("Entry", "figure for the month");
            if (const QString problem = edit->property("problem").toString(); !problem.isEmpty())
                lines.append(u"✖ %1, %2: %3"_s.arg(name, column, problem));
            else if (const QString warning = edit->property("warning").toString(); !warning.isEmpty())
                lines.append(u"⚠ %1"_s.arg(warning));
        }
    }
    if (!m_outcome.isEmpty())
        lines.append(m_outcome);
    m_message->setText(lines.join(u'\n'));
}

QString EntryView::message() const
{
    return m_message->text();
}

bool EntryView::confirmWarnings()
{
    QStringList warnings;
    for (const Line &line : std::as_const(m_lines)) {
        if (const QString warning = line.value->property("warning").toString(); !warning.isEmpty() && !line.value->text().trimmed().isEmpty())
            warnings.append(warning);
    }
    if (warnings.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("Entry", "Check these figures"),
                    QCoreApplication::translate("Entry", "These figures stray far from the ones before them:"), QMessageBox::NoButton, this);
    box.setInformativeText(warnings.join(u"\n\n"_s));
    QPushButton *save = box.addButton(QCoreApplication::translate("Entry", "Save anyway"), QMessageBox::AcceptRole);
    save->setObjectName(u"saveDespiteWarnings"_s);
    QPushButton *back = box.addButton(QCoreApplication::translate("Entry", "Correct them"), QMessageBox::RejectRole);
    back->setObjectName(u"correctWarnings"_s);
    box.setDefaultButton(back);
    box.exec();
    return box.clickedButton() == save;
}

bool EntryView::allValid() const
{
    for (const Line &line : m_lines) {
        if (!line.value->property("problem").toString().isEmpty() || !line.plan->property("problem").toString().isEmpty())
            return false;
    }
    return true;
}

bool EntryView::saveAll()
{
    m_refresh->ensureCurrent();
    if (!m_writable || !allValid() || !confirmWarnings())
        return false;
    m_outcome.clear();
    const QLocale locale = localeFor(m_language);
    const YearMonth period = m_analysis.period();
    QList<Figure> figures;
    for (const Line &line : std::as_const(m_lines)) {
        for (bool plan : {false, true}) {
            const QString text = (plan ? line.plan : line.value)->text().trimmed();
            if (text.isEmpty())
                continue;
            Figure f;
            f.kind = plan ? RecordKind::Plan : RecordKind::Value;
            f.indicator = line.code;
            f.region = m_analysis.region();
            f.year = period.year;
            f.month = plan ? 12 : period.month;
            f.value = locale.toDouble(text);
            f.basis = plan ? Basis::None : *basisFromCode(line.basis->currentData().toString());
            f.source = manualEntrySource();
            // What this form showed is what the save may replace.
            const std::optional<Figure> stored = m_analysis.storedFigure(f);
            f.entryId = stored ? stored->entryId : 0;
            figures.append(f);
        }
    }
    if (figures.isEmpty())
        return true;
    const Formatter format(m_language);
    const QString text = QCoreApplication::translate("Entry", "Save %n figure(s) for %1", nullptr, int(figures.size())).arg(format.period(period));
    std::optional<ConflictError> conflict;
    if (!saveFigures(m_undo, m_analysis, figures, text, Store::WhenChanged::Refuse, &conflict)) {
        // What was typed stays, to be saved again; the window says why it was not.
        m_outcome = QCoreApplication::translate("Entry", "Not saved: nothing was stored.");
        showProblems();
        if (!conflict || !resolveConflict(*conflict))
            return false;
        if (!saveFigures(m_undo, m_analysis, figures, text, Store::WhenChanged::Overwrite))
            return false;
    }
    for (const Line &line : std::as_const(m_lines)) {
        line.value->clear();
        line.plan->clear();
    }
    // A figure saved is not the one shown where another source's outranks it: say so, with why,
    // and offer the office's choice of the saved ones in one step.
    m_outranked.clear();
    QStringList outranked;
    const QString ownSource = manualEntrySource().key();
    for (const Figure &f : std::as_const(figures)) {
        if (f.kind != RecordKind::Value)
            continue;
        const auto used = m_analysis.snapshot().value(f.indicator, f.region, f.year, f.month);
        if (!used || used->source.key() == ownSource)
            continue;
        m_outranked.append({f.indicator, f.period()});
        const Indicator *indicator = m_analysis.store().indicator(f.indicator);
        const KpiRow *row = m_analysis.row(f.indicator);
        const bool rowIsThis = row && row->current && row->current->period() == f.period();
        outranked.append(QCoreApplication::translate("Entry", "%1 shows %2 from %3 (%4)")
                             .arg(indicator ? indicator->name(m_language) : f.indicator,
                                  indicator ? format.value(*indicator, used->value) : QString::number(used->value),
                                  used->source.name(),
                                  rowIsThis ? KpiReportWriter::preferenceReason(*row) : QString()));
    }
    QString message = QCoreApplication::translate("Entry", "Saved %n figure(s).", nullptr, int(figures.size()));
    if (!outranked.isEmpty())
        message += u" "_s + QCoreApplication::translate("Entry", "Not the ones used, as other sources' outrank them: %1.")
                                 .arg(outranked.join(u"; "_s));
    // The choice is the office's (the store refuses anyone else's): not offered to another login.
    m_useSaved->setVisible(!m_outranked.isEmpty() && onlyTheOffice(m_analysis.store().login(), OfficeWork::ChooseFigure).isEmpty());
    m_outcome = message;
    showProblems();
    return true;
}

bool EntryView::useSavedFigures()
{
    if (m_outranked.isEmpty())
        return false;
    const QString ownSource = manualEntrySource().key();
    bool allStored = true;
    for (const auto &[indicator, period] : std::as_const(m_outranked))
        allStored = m_analysis.chooseFigure(indicator, period, ownSource) && allStored;
    m_outranked.clear();
    m_useSaved->hide();
    m_outcome = (allStored ? QCoreApplication::translate("Entry", "The figures you saved are now the ones used everywhere "
                                                                        "(the office's choice; the detail view can change it).")
                                 : QCoreApplication::translate("Entry", "The choice was not stored; the window says why."));
    showProblems();
    return allStored;
}

bool EntryView::resolveConflict(const ConflictError &conflict)
{
    const Formatter format(m_language);
    const Figure &figure = conflict.figure();
    const ConflictError::Change &change = conflict.change();
    const Indicator *indicator = m_analysis.store().indicator(figure.indicator);
    const QString what = u"%1, %2"_s.arg(indicator ? indicator->name(m_language) : figure.indicator,
                                         figure.kind == RecordKind::Plan ? QCoreApplication::translate("Entry", "plan for %1").arg(figure.year)
                                                                         : format.period(figure.period()));
    const QString who = change.login.isEmpty() ? QCoreApplication::translate("Entry", "Another user") : change.login;
    const QDateTime at = QDateTime::fromString(change.at, Qt::ISODate);
    const QString when = at.isValid() ? format.locale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
    const QString now = change.value ? (indicator ? format.valueWithUnit(*indicator, *change.value) : format.locale().toString(*change.value))
                                     : QString();
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("Entry", "Changed by someone else"),
                    change.value ? QCoreApplication::translate("Entry", "%1 changed %2 at %3 since this form read it: it is %4 now.")
                                       .arg(who, what, when, now)
                                 : QCoreApplication::translate("Entry", "%1 removed %2 at %3 since this form read it.").arg(who, what, when),
                    QMessageBox::NoButton, this);
    box.setInformativeText(QCoreApplication::translate("Entry", "Nothing was saved. Reload to see the figures as they are now (what you "
                                                                "typed stays in the form), or overwrite them with yours knowingly."));
    QPushButton *reload = box.addButton(QCoreApplication::translate("Entry", "Reload"), QMessageBox::AcceptRole);
    QPushButton *overwrite = box.addButton(QCoreApplication::translate("Entry", "Overwrite"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(reload);
    reload->setObjectName(u"reloadAfterConflict"_s);
    overwrite->setObjectName(u"overwriteAfterConflict"_s);
    box.exec();
    if (box.clickedButton() == reload)
        m_analysis.reload();
    return box.clickedButton() == overwrite;
}

} // namespace chiso::ui
