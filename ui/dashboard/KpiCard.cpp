#include "KpiCard.h"
#include "StatusColors.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextLayout>
#include <QToolTip>
#include <QtMath>

namespace chiso::ui {
namespace {

// The margins leave room for the accent bar on the left.
constexpr int LeftMargin = 14;
constexpr int TopMargin = 8;
constexpr int RightMargin = 8;
constexpr int BottomMargin = 8;
constexpr int ParagraphSpacing = 4;
constexpr int AccentWidth = 5;
constexpr int SparklineWidth = 76;
constexpr int SparklineGap = 8;
constexpr int SparklineFirst = 1; ///< the paragraphs beside the sparkline: the value and the growth
constexpr int SparklineLast = 2;
constexpr int BulletHeight = 14;
constexpr int BulletSpacing = 5;

QFont fontFor(CardRun::Style style, QFont font)
{
    const auto scale = [&font](qreal factor) {
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * factor);
        else
            font.setPixelSize(qRound(font.pixelSize() * factor));
    };
    switch (style) {
    case CardRun::Style::Plain:
    case CardRun::Style::Muted: break; // not smaller: each size is one more font to load and draw at start-up
    case CardRun::Style::Bold: font.setBold(true); break;
    case CardRun::Style::Large: scale(1.6); break;
    }
    return font;
}

QString textOf(const CardParagraph &paragraph)
{
    QString text;
    for (const CardRun &run : paragraph)
        text += run.text;
    return text;
}

} // namespace

CardParagraph styled(const QString &pattern, const QList<CardRun> &arguments, const CardRun &rest)
{
    CardParagraph runs;
    auto addRest = [&](qsizetype from, qsizetype to) {
        if (to <= from)
            return;
        CardRun run = rest;
        run.text = pattern.mid(from, to - from);
        runs.append(run);
    };
    qsizetype start = 0;
    for (qsizetype i = 0; i + 1 < pattern.size(); ++i) {
        const int n = pattern[i] == u'%' ? pattern[i + 1].digitValue() : -1;
        if (n < 1 || n > arguments.size())
            continue;
        addRest(start, i);
        runs.append(arguments[n - 1]);
        start = i + 2;
        ++i;
    }
    addRest(start, pattern.size());
    return runs;
}

KpiCard::KpiCard(QString code, QColor accent, QList<CardParagraph> paragraphs, CardGraphics graphics, QWidget *parent)
    : QWidget(parent), m_code(std::move(code)), m_accent(std::move(accent)), m_paragraphs(std::move(paragraphs)),
      m_graphics(std::move(graphics))
{
    setObjectName(QStringLiteral("card_") + m_code);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    if (!m_paragraphs.isEmpty())
        setAccessibleName(textOf(m_paragraphs.first()));
    setAccessibleDescription(plainText());
}

KpiCard::~KpiCard() = default;

QString KpiCard::plainText() const
{
    QStringList lines;
    for (const CardParagraph &paragraph : m_paragraphs)
        lines.append(textOf(paragraph));
    return lines.join(u'\n');
}

void KpiCard::createLayouts() const
{
    if (!m_layouts.empty())
        return;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const CardParagraph &paragraph : m_paragraphs) {
        auto layout = std::make_unique<QTextLayout>(textOf(paragraph), font(), this);
        QList<QTextLayout::FormatRange> formats;
        int start = 0;
        for (const CardRun &run : paragraph) {
            QTextLayout::FormatRange range;
            range.start = start;
            range.length = int(run.text.size());
            if (run.style == CardRun::Style::Bold || run.style == CardRun::Style::Large)
                range.format.setFont(fontFor(run.style, font()), QTextCharFormat::FontPropertiesSpecifiedOnly);
            if (run.colour.isValid())
                range.format.setForeground(run.colour);
            else if (run.style == CardRun::Style::Muted)
                range.format.setForeground(palette().color(QPalette::PlaceholderText));
            if (run.style != CardRun::Style::Plain || run.colour.isValid())
                formats.append(range);
            start += range.length;
        }
        layout->setFormats(formats);
        layout->setTextOption(option);
        layout->setCacheEnabled(true); // keep the shaped text: only line breaking depends on the width
        m_layouts.push_back(std::move(layout));
    }
}

int KpiCard::layOut(int width) const
{
    if (width == m_laidOutWidth)
        return m_heights.value(width);
    createLayouts();
    const qreal lineWidth = qMax(40, width - LeftMargin - RightMargin);
    const bool sparkline = hasSparkline();
    qreal y = TopMargin;
    qreal sparklineTop = 0;
    m_bulletRect = QRect();
    m_sparklineRect = QRect();
    for (size_t i = 0; i < m_layouts.size(); ++i) {
        QTextLayout &layout = *m_layouts[i];
        if (i > 0)
            y += ParagraphSpacing;
        const int n = int(i);
        const bool besideSparkline = sparkline && n >= SparklineFirst && n <= SparklineLast;
        if (sparkline && n == SparklineFirst)
            sparklineTop = y;
        const qreal width = besideSparkline ? qMax<qreal>(40, lineWidth - SparklineWidth - SparklineGap) : lineWidth;
        layout.setPosition(QPointF(LeftMargin, y));
        layout.beginLayout();
        qreal height = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout.endLayout();
        y += height;
        if (sparkline && (n == SparklineLast || (n < SparklineLast && i + 1 == m_layouts.size()))) {
            m_sparklineRect = QRectF(LeftMargin + lineWidth - SparklineWidth, sparklineTop, SparklineWidth, y - sparklineTop).toAlignedRect();
            if (m_sparklineRect.height() < 28) { // room to draw a path in, whatever the font
                y += 28 - m_sparklineRect.height();
                m_sparklineRect.setHeight(28);
            }
        }
        if (m_graphics.bullet && n == m_graphics.bulletAfter) {
            y += BulletSpacing;
            m_bulletRect = QRectF(LeftMargin, y, lineWidth, BulletHeight).toAlignedRect();
            y += BulletHeight + BulletSpacing - ParagraphSpacing;
        }
    }
    m_laidOutWidth = width;
    const int cardHeight = qCeil(y) + BottomMargin;
    if (m_heights.size() > 64) // a window being resized asks for every width on the way
        m_heights.clear();
    m_heights.insert(width, cardHeight); // so the width the lines are broken for is always there
    return cardHeight;
}

QStringList KpiCard::pieceToolTips() const
{
    QStringList tips;
    for (const CardParagraph &paragraph : m_paragraphs) {
        for (const CardRun &run : paragraph) {
            if (!run.toolTip.isEmpty() && !tips.contains(run.toolTip))
                tips.append(run.toolTip);
        }
    }
    return tips;
}

bool KpiCard::hasSparkline() const
{
    return m_graphics.sparkline.thisYear.size() + m_graphics.sparkline.lastYear.size() >= 2
        && m_paragraphs.size() > SparklineFirst;
}

QRect KpiCard::bulletRect() const
{
    layOut(width());
    return m_bulletRect;
}

QRect KpiCard::sparklineRect() const
{
    layOut(width());
    return m_sparklineRect;
}

void KpiCard::invalidateLayout()
{
    m_layouts.clear();
    m_laidOutWidth = -1;
    m_heights.clear();
}

int KpiCard::heightAt(int width) const
{
    const auto known = m_heights.constFind(width);
    return known != m_heights.cend() ? *known : layOut(width);
}

int KpiCard::heightForWidth(int width) const
{
    return heightAt(width);
}

QSize KpiCard::sizeHint() const
{
    return {KpiCard::MinimumWidth, heightAt(KpiCard::MinimumWidth)};
}

QSize KpiCard::minimumSizeHint() const
{
    return sizeHint();
}

std::pair<const CardRun *, QRect> KpiCard::runAt(QPoint position) const
{
    layOut(width());
    for (size_t i = 0; i < m_layouts.size(); ++i) {
        const QTextLayout &layout = *m_layouts[i];
        for (int n = 0; n < layout.lineCount(); ++n) {
            const QTextLine line = layout.lineAt(n);
            const QRectF lineRect = line.naturalTextRect().translated(layout.position());
            if (!lineRect.contains(position))
                continue;
            const int cursor = line.xToCursor(position.x() - layout.position().x(), QTextLine::CursorOnCharacter);
            int start = 0;
            for (const CardRun &run : m_paragraphs[qsizetype(i)]) {
                const int end = start + int(run.text.size());
                if (cursor < end) {
                    // The run's part of this line: the tooltip goes when the pointer leaves it.
                    const qreal left = layout.position().x() + line.cursorToX(qMax(start, line.textStart()));
                    const qreal right = layout.position().x() + line.cursorToX(qMin(end, line.textStart() + line.textLength()));
                    return {&run, QRectF(QPointF(left, lineRect.top()), QPointF(right, lineRect.bottom())).toAlignedRect()};
                }
                start = end;
            }
            return {nullptr, QRect()};
        }
    }
    return {nullptr, QRect()};
}

bool KpiCard::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        const auto [run, where] = runAt(help->pos());
        if (bulletRect().contains(help->pos()) && !m_graphics.bulletToolTip.isEmpty())
            QToolTip::showText(help->globalPos(), m_graphics.bulletToolTip, this, m_bulletRect);
        else if (m_sparklineRect.contains(help->pos()) && !m_graphics.sparklineToolTip.isEmpty())
            QToolTip::showText(help->globalPos(), m_graphics.sparklineToolTip, this, m_sparklineRect);
        else if (run && !run->toolTip.isEmpty())
            QToolTip::showText(help->globalPos(), run->toolTip, this, where);
        else if (!toolTip().isEmpty())
            QToolTip::showText(help->globalPos(), toolTip(), this);
        else
            QToolTip::hideText();
        return true;
    }
    case QEvent::FontChange:
    case QEvent::PaletteChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::ScreenChangeInternal: // another screen may have another resolution
        invalidateLayout();
        updateGeometry();
        break;
    case QEvent::FocusIn:
    case QEvent::FocusOut:
        update();
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

void KpiCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // The border as a filled shape with the body over it: half the cost of a stroked outline
    // (Qt's stroker), which was most of the time of painting a card.
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Mid));
    painter.drawRoundedRect(QRectF(rect()), 4, 4);
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.fillRect(QRectF(box.left(), box.top() + 1, AccentWidth, box.height() - 2), m_accent);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 4, 4);
    }
    layOut(width());
    painter.setPen(palette().color(QPalette::Text));
    for (const auto &layout : m_layouts)
        layout->draw(&painter, QPointF(0, 0));
    paintBullet(painter);
    paintSparkline(painter);
}

void KpiCard::paintBullet(QPainter &painter) const
{
    if (!m_graphics.bullet || m_bulletRect.isEmpty())
        return;
    const BulletScale &b = *m_graphics.bullet;
    const QRectF r = m_bulletRect;
    const auto x = [&](double share) { return r.left() + r.width() * qBound(0.0, share / b.end, 1.0); };
    const QColor text = palette().color(QPalette::Text);
    painter.save();
    painter.setPen(Qt::NoPen);
    // The track to the plan, and lighter beyond it.
    QColor track = palette().color(QPalette::Mid);
    track.setAlphaF(0.35);
    painter.fillRect(QRectF(r.left(), r.top() + 2, x(1.0) - r.left(), r.height() - 4), track);
    track.setAlphaF(0.15);
    painter.fillRect(QRectF(x(1.0), r.top() + 2, r.right() - x(1.0), r.height() - 4), track);
    // Where the year is forecast to end: the figure's colour, pale.
    if (b.forecast) {
        QColor pale = m_graphics.barColour;
        pale.setAlphaF(0.3);
        painter.fillRect(QRectF(r.left(), r.top() + 4, x(*b.forecast) - r.left(), r.height() - 8), pale);
    }
    painter.fillRect(QRectF(r.left(), r.top() + 4, x(b.value) - r.left(), r.height() - 8), m_graphics.barColour);
    // The expected pace: a thin tick across the bar; the plan: a thick one.
    if (b.expected)
        painter.fillRect(QRectF(x(*b.expected) - 1, r.top(), 2, r.height()), text);
    painter.fillRect(QRectF(x(1.0) - 1.5, r.top() - 1, 3, r.height() + 2), text);
    painter.restore();
}

void KpiCard::paintSparkline(QPainter &painter) const
{
    if (m_sparklineRect.isEmpty())
        return;
    const Sparkline &s = m_graphics.sparkline;
    const QRectF r = QRectF(m_sparklineRect).adjusted(2, 3, -2, -3);
    const double span = s.high > s.low ? s.high - s.low : 1.0;
    // Months 0–12 across: a year-to-date total starts the year at nothing.
    const auto at = [&](const QPointF &p) {
        return QPointF(r.left() + r.width() * p.x() / 12.0, r.bottom() - r.height() * qBound(0.0, (p.y() - s.low) / span, 1.0));
    };
    const auto path = [&](const QList<QPointF> &points) {
        QPolygonF line;
        for (const QPointF &p : points)
            line.append(at(p));
        return line;
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (s.plan) {
        QPen pen(palette().color(QPalette::Text), 1, Qt::DotLine);
        painter.setPen(pen);
        const qreal y = at(QPointF(0, *s.plan)).y();
        painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    }
    painter.setPen(QPen(seriesColor(1, palette()), 1.2));
    painter.drawPolyline(path(s.lastYear));
    const QColor thisYear = seriesColor(0, palette());
    painter.setPen(QPen(thisYear, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(path(s.thisYear));
    if (!s.thisYear.isEmpty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(thisYear);
        painter.drawEllipse(at(s.thisYear.constLast()), 2.5, 2.5);
    }
    painter.restore();
}

void KpiCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT activated(m_code);
    else
        QWidget::mouseReleaseEvent(event);
}

void KpiCard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT activated(m_code);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace chiso::ui
