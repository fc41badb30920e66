#include "HistoryView.h"
#include "RebuildWhenShown.h"

#include "report/HistoryText.h"
#include "session/Analysis.h"
#include "store/History.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chiso::ui {
namespace {

/// The latest changes shown: enough to see a month's work, few enough to list at once.
constexpr int ShownChanges = 2000;

} // namespace

HistoryView::HistoryView(Analysis &analysis, Language language, QWidget *parent)
    : QWidget(parent), m_analysis(analysis), m_language(language), m_indicator(new QComboBox(this)), m_regionOnly(new QCheckBox(this)),
      m_summary(new QLabel(this)), m_table(new QTableWidget(this)), m_refresh(new RebuildWhenShown(this, [this] { rebuild(); }))
{
    m_indicator->setObjectName(u"historyIndicator"_s);
    m_regionOnly->setObjectName(u"historyRegionOnly"_s);
    m_table->setObjectName(u"historyTable"_s);
    m_table->setColumnCount(7);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_indicator);
    filters->addWidget(m_regionOnly);
    filters->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_indicator, &QComboBox::currentIndexChanged, m_refresh, &RebuildWhenShown::changed);
    connect(m_regionOnly, &QCheckBox::toggled, m_refresh, &RebuildWhenShown::changed);
    connect(&analysis, &Analysis::changed, m_refresh, &RebuildWhenShown::changed);
    retranslate();
}

void HistoryView::setLanguage(Language language)
{
    m_language = language;
    retranslate();
    m_refresh->changed();
}

void HistoryView::retranslate()
{
    const QString chosen = m_indicator->currentData().toString();
    const QSignalBlocker blocker(m_indicator);
    m_indicator->clear();
    m_indicator->addItem(QCoreApplication::translate("History", "Every indicator"), QString());
    for (const Indicator &indicator : m_analysis.store().indicators())
        m_indicator->addItem(indicator.name(m_language), indicator.code);
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(chosen)));
    m_regionOnly->setText(QCoreApplication::translate("History", "Only the region shown"));
    m_table->setHorizontalHeaderLabels({QCoreApplication::translate("History", "When (UTC)"), QCoreApplication::translate("History", "Login"),
                                        QCoreApplication::translate("History", "Change"), QCoreApplication::translate("History", "Figure"),
                                        QCoreApplication::translate("History", "Before"), QCoreApplication::translate("History", "After"),
                                        QCoreApplication::translate("History", "Source")});
}

void HistoryView::showIndicator(const QString &code, bool regionOnly)
{
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(code)));
    m_regionOnly->setChecked(regionOnly);
}

QTableWidget *HistoryView::table()
{
    m_refresh->ensureCurrent();
    return m_table;
}

void HistoryView::rebuild()
{
    HistoryFilter filter;
    filter.indicator = m_indicator->currentData().toString();
    if (m_regionOnly->isChecked())
        filter.region = m_analysis.region();
    QList<HistoryChange> changes;
    try {
        changes = readHistory(m_analysis.store(), filter, ShownChanges);
    } catch (const StoreError &error) {
        m_summary->setText(error.message());
        return;
    }
    m_table->setRowCount(int(changes.size()));
    // Latest first: what the analyst looks for is what just happened.
    for (int i = 0; i < changes.size(); ++i) {
        const HistoryLine line = describeChange(changes.at(changes.size() - 1 - i), m_analysis.store().indicators(), m_language);
        const QStringList cells = {line.at, line.login, line.action, line.what, line.before, line.after, line.source};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 4 || c == 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 6)
                item->setToolTip(cells.at(c));
            m_table->setItem(i, c, item);
        }
    }
    // The source last, in what room is left: its addresses are long.
    for (int c = 0; c < 6; ++c)
        m_table->resizeColumnToContents(c);
    m_summary->setText(changes.isEmpty() ? QCoreApplication::translate("History", "No changes are recorded for this choice.")
                       : changes.size() == ShownChanges
                           ? QCoreApplication::translate("History", "The latest %1 changes, latest first (chiso history lists them all).")
                                 .arg(localeFor(m_language).toString(ShownChanges))
                           : QCoreApplication::translate("History", "%n change(s), latest first.", nullptr, int(changes.size())));
}

} // namespace chiso::ui
