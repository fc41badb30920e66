// The status colours are told apart by readers with deuteranopia (no green cones, the most
// common colour-vision deficiency): each colour is simulated with the matrix of Machado,
// Oliveira and Fernandes (2009, severity 1.0) in linear RGB, then compared in CIELAB (ΔE*76).
#include "StatusColors.h"
#include "TestDatabase.h"
#include "briefing/BriefingRenderer.h"
#include "session/Analysis.h"

#include <QPalette>
#include <QProcess>
#include <array>
#include <cmath>
#include <gtest/gtest.h>

using namespace chiso;

namespace {

using Vec3 = std::array<double, 3>;

double toLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Vec3 linearRgb(const QColor &colour)
{
    return {toLinear(colour.redF()), toLinear(colour.greenF()), toLinear(colour.blueF())};
}

Vec3 deuteranopia(const Vec3 &rgb)
{
    static constexpr double m[3][3] = {{0.367322, 0.860646, -0.227968},
                                       {0.280085, 0.672501, 0.047413},
                                       {-0.011820, 0.042940, 0.968881}};
    Vec3 out{};
    for (int i = 0; i < 3; ++i)
        out[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
    return out;
}

/// Linear sRGB to CIELAB, D65 white.
Vec3 lab(const Vec3 &rgb)
{
    const double x = 0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2];
    const double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
    const double z = 0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2];
    auto f = [](double t) { return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0; };
    const double fx = f(x / 0.95047), fy = f(y / 1.0), fz = f(z / 1.08883);
    return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

double deltaE(const Vec3 &a, const Vec3 &b)
{
    return std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/// WCAG relative luminance and contrast ratio.
double luminance(const Vec3 &rgb)
{
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}
double contrast(const Vec3 &a, const Vec3 &b)
{
    const double la = luminance(a) + 0.05, lb = luminance(b) + 0.05;
    return std::max(la, lb) / std::min(la, lb);
}

QPalette paletteWith(QColor window, QColor base, QColor text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    return palette;
}

void expectDistinguishable(const QPalette &palette)
{
    const Status statuses[] = {Status::Ahead, Status::OnTrack, Status::Behind};
    for (size_t i = 0; i < std::size(statuses); ++i) {
        const QColor a = ui::statusColor(statuses[i], palette);
        // Each status reads as text on the card's background.
        EXPECT_GE(contrast(linearRgb(a), linearRgb(palette.color(QPalette::Base))), 4.5) << a.name().toStdString();
        for (size_t j = i + 1; j < std::size(statuses); ++j) {
            const QColor b = ui::statusColor(statuses[j], palette);
            const double normal = deltaE(lab(linearRgb(a)), lab(linearRgb(b)));
            const double simulated = deltaE(lab(deuteranopia(linearRgb(a))), lab(deuteranopia(linearRgb(b))));
            // ΔE 20 is well beyond "just noticeable" (about 2.3): colours of different names.
            EXPECT_GT(normal, 20) << a.name().toStdString() << " against " << b.name().toStdString();
            EXPECT_GT(simulated, 20) << "deuteranopia: " << a.name().toStdString() << " against " << b.name().toStdString();
        }
    }
}

} // namespace

TEST(StatusColours, DistinguishableWithDeuteranopiaOnALightPalette)
{
    expectDistinguishable(paletteWith(QColor(0xef, 0xef, 0xef), Qt::white, Qt::black));
}

TEST(StatusColours, DistinguishableWithDeuteranopiaOnADarkPalette)
{
    expectDistinguishable(paletteWith(QColor(0x20, 0x20, 0x20), QColor(0x10, 0x10, 0x10), Qt::white));
}

TEST(StatusColours, TheSimulationSeesTheOldGreenAndRedAsAlike)
{
    // The check itself can fail: the former green (ahead) and red (behind) come much closer
    // under the simulation than to the eye.
    const Vec3 green = linearRgb(QColor(0x1b, 0x7f, 0x3b));
    const Vec3 red = linearRgb(QColor(0xb4, 0x23, 0x18));
    EXPECT_LT(deltaE(lab(deuteranopia(green)), lab(deuteranopia(red))), 0.5 * deltaE(lab(green), lab(red)));
}

TEST(StatusColours, EveryStatusHasItsOwnMark)
{
    const QStringList marks = {ui::statusMark(Status::Ahead), ui::statusMark(Status::OnTrack), ui::statusMark(Status::Behind),
                               ui::statusMark(Status::Unknown)};
    for (qsizetype i = 0; i < marks.size(); ++i) {
        EXPECT_FALSE(marks[i].isEmpty());
        EXPECT_EQ(marks.count(marks[i]), 1);
    }
}

TEST(MapScale, LightnessRisesStepByStepAndTheEndsStayApartWithDeuteranopia)
{
    for (const int steps : {2, 5, 9}) {
        double previous = -1;
        for (int step = 0; step < steps; ++step) {
            const Vec3 colour = linearRgb(ui::sequentialColor(step, steps));
            const double lightness = lab(colour)[0];
            // Each step visibly lighter than the one before, to the eye and without green cones.
            EXPECT_GT(lightness, previous + 25.0 / steps) << steps << " steps, step " << step;
            previous = lightness;
            if (step > 0) {
                const Vec3 before = linearRgb(ui::sequentialColor(step - 1, steps));
                EXPECT_GT(lab(deuteranopia(colour))[0], lab(deuteranopia(before))[0]) << steps << " steps, step " << step;
            }
        }
        const Vec3 low = deuteranopia(linearRgb(ui::sequentialColor(0, steps)));
        const Vec3 high = deuteranopia(linearRgb(ui::sequentialColor(steps - 1, steps)));
        EXPECT_GT(deltaE(lab(low), lab(high)), 60) << steps << " steps";
    }
}

TEST(MapScale, NoFigureIsAGreyNoStepOfTheScaleComesNear)
{
    const Vec3 grey = lab(deuteranopia(linearRgb(ui::noValueColor())));
    for (int step = 0; step < 5; ++step)
        EXPECT_GT(deltaE(grey, lab(deuteranopia(linearRgb(ui::sequentialColor(step, 5))))), 10) << step;
}

// The briefing the window previews for a month without figures claims no agreement: there was
// nothing to compare (the command line refuses such a month outright).
TEST(BriefingWithoutFigures, ClaimsNoAgreement)
{
    TestDatabase db;
    Analysis analysis(*db.store, AnalysisSettings{.period = YearMonth{2030, 1}});
    ASSERT_FALSE(holdsFigures(analysis.kpis()));
    ui::BriefingRenderer::Options options;
    options.language = Language::English;
    const QString pdf = db.file(QStringLiteral("empty.pdf"));
    QString error;
    ASSERT_TRUE(ui::BriefingRenderer(analysis, options).writePdf(pdf, &error)) << error.toStdString();
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    const QString words = QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
    EXPECT_TRUE(words.contains(QStringLiteral("No figures for this period: nothing was compared."))) << words.toStdString();
    EXPECT_FALSE(words.contains(QStringLiteral("agree"))) << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("Summary No figures for January 2030."))) << words.toStdString();
}
