#pragma once

#include "Findings.h"
#include "report/Formatter.h"

#include <QByteArray>
#include <QString>

namespace chiso {

/// Findings in words, in the reader's language, and as JSON for programs.
namespace FindingText {
    QString kindName(FindingKind kind);
    /// One line: the figures, their sources and the size of the gap.
    QString explanation(const Finding &finding, const Indicator &indicator, const Formatter &format);
    /// The sources of the figures involved, one per line (title — address).
    QString sources(const Finding &finding);
    /// Only their titles (or addresses where there is no title), one per line.
    QString sourceTitles(const Finding &finding);
    QString table(const QList<Finding> &findings, const QList<Indicator> &indicators, const Formatter &format);
    QByteArray json(const QList<Finding> &findings, const QList<Indicator> &indicators, const Formatter &format);
}

} // namespace chiso
