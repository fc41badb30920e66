// What the installers take from the repository rather than from the build.
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(Installer, TheKeptWindowsIconIsTheSvgAtEverySize)
{
    // chiso.ico is kept, not built (a Windows build runs no program of its own): it must still
    // be the SVG, at the sizes Windows asks for, or render_icon --ico has to be run again.
    QSvgRenderer svg(QStringLiteral(CHISO_SOURCE_DIR "/installer/icons/chiso.svg"));
    ASSERT_TRUE(svg.isValid());
    QImageReader reader(QStringLiteral(CHISO_SOURCE_DIR "/installer/icons/chiso.ico"), "ico");
    QList<int> sizes;
    for (int i = 0; i < reader.imageCount(); ++i) {
        ASSERT_TRUE(reader.jumpToImage(i));
        const QImage icon = reader.read().convertToFormat(QImage::Format_ARGB32);
        ASSERT_FALSE(icon.isNull()) << reader.errorString().toStdString();
        ASSERT_EQ(icon.width(), icon.height());
        sizes.append(icon.width());
        QImage expected(icon.size(), QImage::Format_ARGB32_Premultiplied);
        expected.fill(Qt::transparent);
        QPainter painter(&expected);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        expected = expected.convertToFormat(QImage::Format_ARGB32);
        int worst = 0;
        for (int y = 0; y < icon.height(); ++y) {
            for (int x = 0; x < icon.width(); ++x) {
                const QRgb a = icon.pixel(x, y);
                const QRgb b = expected.pixel(x, y);
                worst = std::max({worst, std::abs(qAlpha(a) - qAlpha(b)),
                                  qAlpha(b) ? std::abs(qRed(a) - qRed(b)) : 0, qAlpha(b) ? std::abs(qGreen(a) - qGreen(b)) : 0,
                                  qAlpha(b) ? std::abs(qBlue(a) - qBlue(b)) : 0});
            }
        }
        EXPECT_LE(worst, 8) << icon.width() << " px";
    }
    EXPECT_EQ(sizes, QList<int>({16, 24, 32, 48, 64, 256}));
}
