#pragma once

#include "i18n/Language.h"

#include <QPageLayout>
#include <QString>
#include <optional>

class QPagedPaintDevice;

namespace chiso {
class Analysis;
}

namespace chiso::ui {

/// The monthly briefing: a title block, the written summary, the KPI table, charts and the
/// sources, on A4 pages numbered "Page 2 of 6". Paints on a PDF writer or a printer alike;
/// charts stay vector, fonts are embedded.
class BriefingRenderer
{
public:
    /// The typeface: DejaVu Sans, shipped inside the program; or a serif face as administrative
    /// documents use (Liberation Serif, metric-compatible with Times New Roman), where one that
    /// has every Vietnamese letter is installed, else DejaVu Sans.
    enum class Face { Sans, Serif };

    struct Options {
        Language language = Language::Vietnamese;
        Face face = Face::Sans;
        QString unitName;  ///< the office the briefing comes from (settings)
        /// With an indicator's code: a "By province" section ranking the provinces on it, with
        /// the tile map (the window's Compare provinces tab on paper).
        std::optional<QString> byProvince;
        QPageLayout layout = QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 14, 16, 14),
                                         QPageLayout::Millimeter);
    };

    BriefingRenderer(const Analysis &analysis, Options options);

    /// Paints the briefing on a device whose page layout is already set; returns the pages.
    int paint(QPagedPaintDevice *device) const;
    /// Writes the briefing as a PDF file, atomically. False with a message on failure.
    bool writePdf(const QString &path, QString *error, int *pages = nullptr) const;

    /// The family a face is drawn in on this machine (the serif one may fall back to DejaVu Sans).
    static QString family(Face face);

    /// The unit name used when settings give none.
    static QString defaultUnitName(Language language);

private:
    const Analysis &m_analysis;
    Options m_options;
};

} // namespace chiso::ui
