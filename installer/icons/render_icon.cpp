// Renders the SVG icon to the PNG sizes of the freedesktop icon theme and to a Windows .ico,
// at build time, so that no binary image is kept in the repository.
//   render_icon chiso.svg OUTDIR
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 3)
        return 2;
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid())
        return 1;
    const QString out = QString::fromLocal8Bit(argv[2]);
    for (int size : {16, 32, 48, 64, 128, 256}) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        if (!image.save(QStringLiteral("%1/chiso-%2.png").arg(out).arg(size)))
            return 1;
        if (size == 256 && !image.save(QStringLiteral("%1/chiso.ico").arg(out), "ICO"))
            qWarning("no ICO writer: chiso.ico not made");
    }
    return 0;
}
