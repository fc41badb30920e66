#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QWidget>
#include <memory>
#include <optional>

#include "analytics/KpiCardFigures.h"
#include <vector>

class QTextLayout;

namespace chiso::ui {

/// A piece of a card's text in one style.
struct CardRun {
    enum class Style { Plain, Bold, Large, Muted }; ///< Muted: secondary, in the placeholder colour
    QString text;
    Style style = Style::Plain;
    QColor colour;   ///< invalid: the palette's text colour
    QString toolTip; ///< shown while the pointer rests on this piece
};
using CardParagraph = QList<CardRun>;

/// What a card draws besides its text: a bullet bar (figure, expected pace and forecast
/// against the plan) under one paragraph, and the year's path as a sparkline at the top right.
struct CardGraphics {
    std::optional<BulletScale> bullet;
    int bulletAfter = -1;  ///< the paragraph the bar follows
    QColor barColour;      ///< the figure's bar: the status colour
    QString bulletToolTip;
    Sparkline sparkline;
    QString sparklineToolTip;
};

/// Puts styled arguments into the places of %1, %2… of a translated pattern, so that a
/// translation may move them: styled(tr("Forecast: %1"), {{value, CardRun::Style::Bold}}).
/// The rest of the pattern gets `rest`.
CardParagraph styled(const QString &pattern, const QList<CardRun> &arguments, const CardRun &rest = {});

/// One indicator on the dashboard: an accent bar in its status colour and paragraphs that
/// wrap to the width the card gets. Painted rather than built of rich-text labels, which
/// cost more start-up time than everything else on the dashboard. Click, Enter or Space
/// activates it.
class KpiCard : public QWidget
{
    Q_OBJECT

public:
    KpiCard(QString code, QColor accent, QList<CardParagraph> paragraphs, CardGraphics graphics = {},
            QWidget *parent = nullptr);
    ~KpiCard() override;

    /// The narrowest a card is laid out at.
    static constexpr int MinimumWidth = 300;

    QString code() const { return m_code; }
    QColor accent() const { return m_accent; }
    /// The text, a line per paragraph (tests and screen readers read this).
    QString plainText() const;
    /// The tooltips of the card's pieces of text, in order (what the pointer finds).
    QStringList pieceToolTips() const;
    /// Where the bullet bar and the sparkline stand at the current width (empty: not drawn).
    QRect bulletRect() const;
    QRect sparklineRect() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void activated(const QString &code);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void createLayouts() const;
    /// Forgets the shaped text and every height: the font, palette or screen changed.
    void invalidateLayout();
    /// Breaks the paragraphs into lines for a card this wide; returns the card's height.
    int layOut(int width) const;
    /// The card's height at a width, breaking lines only for a width not seen before: the
    /// layout asks for the size hint's width and the real one in turn.
    int heightAt(int width) const;
    /// The piece of text under a point, and where it stands (for its tooltip).
    std::pair<const CardRun *, QRect> runAt(QPoint position) const;
    void paintBullet(QPainter &painter) const;
    void paintSparkline(QPainter &painter) const;
    bool hasSparkline() const;

    QString m_code;
    QColor m_accent;
    QList<CardParagraph> m_paragraphs;
    CardGraphics m_graphics;
    mutable QRect m_bulletRect;    ///< at the laid-out width
    mutable QRect m_sparklineRect;
    mutable std::vector<std::unique_ptr<QTextLayout>> m_layouts; ///< shaped once, broken per width
    mutable int m_laidOutWidth = -1;   ///< the width the lines are broken for
    mutable QHash<int, int> m_heights; ///< the card's height by width
};

} // namespace chiso::ui
