// Renders the SVG icon to the PNG sizes of the freedesktop icon theme (at build time, on
// Linux), or to the Windows icon chiso.ico that the repository keeps (by hand, after the SVG
// changes: a Windows build then runs no program of its own to make it).
//   render_icon chiso.svg OUTDIR           chiso-16.png … chiso-256.png
//   render_icon --ico chiso.svg FILE.ico   16 to 256 pixels in one .ico
#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

template <typename T>
void put(QByteArray &out, T value)
{
    const T little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), sizeof little);
}

/// An .ico of our own writing (Qt's ICO plugin writes one size only): 32-bit bitmaps below
/// 256 pixels, which every Windows and NSIS read, and a PNG at 256, as Windows' own icons do.
QByteArray icoFile(QSvgRenderer &svg, const QList<int> &sizes)
{
    QList<QByteArray> images;
    for (int size : sizes) {
        const QImage image = render(svg, size);
        QByteArray data;
        if (size >= 256) {
            QBuffer buffer(&data);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
        } else {
            put<quint32>(data, 40); // BITMAPINFOHEADER
            put<qint32>(data, size);
            put<qint32>(data, size * 2); // the colours, then the mask
            put<quint16>(data, 1);
            put<quint16>(data, 32);
            put<quint32>(data, 0);
            put<quint32>(data, 0);
            put<qint32>(data, 0);
            put<qint32>(data, 0);
            put<quint32>(data, 0);
            put<quint32>(data, 0);
            for (int y = size - 1; y >= 0; --y) { // bottom row first, blue-green-red-alpha
                for (int x = 0; x < size; ++x) {
                    const QRgb pixel = image.pixel(x, y);
                    data.append(char(qBlue(pixel))).append(char(qGreen(pixel))).append(char(qRed(pixel))).append(char(qAlpha(pixel)));
                }
            }
            data.append(QByteArray(((size + 31) / 32) * 4 * size, '\0')); // mask unused: alpha decides
        }
        images.append(data);
    }
    QByteArray out;
    put<quint16>(out, 0);
    put<quint16>(out, 1); // an icon
    put<quint16>(out, quint16(sizes.size()));
    quint32 offset = 6 + 16 * quint32(sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        out.append(char(sizes[i] >= 256 ? 0 : sizes[i])).append(char(sizes[i] >= 256 ? 0 : sizes[i]));
        out.append('\0').append('\0'); // no palette, reserved
        put<quint16>(out, 1);
        put<quint16>(out, 32);
        put<quint32>(out, quint32(images[i].size()));
        put<quint32>(out, offset);
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : std::as_const(images))
        out.append(image);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const bool ico = args.value(0) == QStringLiteral("--ico");
    if (args.size() != (ico ? 3 : 2))
        return 2;
    QSvgRenderer svg(args[ico ? 1 : 0]);
    if (!svg.isValid())
        return 1;
    if (ico) {
        QSaveFile file(args[2]);
        return file.open(QIODevice::WriteOnly) && file.write(icoFile(svg, {16, 24, 32, 48, 64, 256})) > 0 && file.commit() ? 0 : 1;
    }
    for (int size : {16, 32, 48, 64, 128, 256}) {
        if (!render(svg, size).save(QStringLiteral("%1/chiso-%2.png").arg(args[1]).arg(size)))
            return 1;
    }
    return 0;
}
