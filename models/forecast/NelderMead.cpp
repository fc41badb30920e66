#include "NelderMead.h"

#include <cmath>

namespace chiso {

NelderMeadResult nelderMead(const std::function<double(const std::vector<double> &)> &f, std::vector<double> start,
                            double relTol, int maxEvaluations, const std::vector<double> &steps)
{
    constexpr double big = 1.0e35;
    constexpr double reflection = 1.0, contraction = 0.5, expansion = 2.0;
    const std::size_t n = start.size();
    auto value = [&](const std::vector<double> &x) {
        const double v = f(x);
        return std::isfinite(v) ? v : big;
    };
    NelderMeadResult result;
    std::vector<double> b = start;
    double fb = f(b);
    if (!std::isfinite(fb)) { // R stops with an error: nothing to improve on
        result.x = b;
        result.value = fb;
        return result;
    }
    int evaluations = 1;
    const double tolerance = relTol * (std::abs(fb) + relTol);
    // P: n+1 vertices and the centroid (column n+1), each with its value in fs.
    std::vector<std::vector<double>> p(n + 2, b);
    std::vector<double> fs(n + 2, fb);
    double step = 0;
    for (double v : b)
        step = std::max(step, 0.1 * std::abs(v));
    if (step == 0)
        step = 0.1;
    double size = 0;
    for (std::size_t j = 1; j <= n; ++j) {
        double tryStep = steps.empty() ? step : steps[j - 1];
        while (p[j][j - 1] == b[j - 1]) {
            p[j][j - 1] = b[j - 1] + tryStep;
            tryStep *= 10;
        }
        size += tryStep;
    }
    double oldSize = size;
    std::size_t lo = 0;
    bool computeVertices = true;
    const std::size_t c = n + 1;
    for (;;) {
        if (computeVertices) {
            for (std::size_t j = 0; j <= n; ++j) {
                if (j != lo) {
                    fs[j] = value(p[j]);
                    ++evaluations;
                }
            }
            computeVertices = false;
        }
        double vl = fs[lo], vh = vl;
        std::size_t hi = lo;
        for (std::size_t j = 0; j <= n; ++j) {
            if (j == lo)
                continue;
            if (fs[j] < vl) {
                lo = j;
                vl = fs[j];
            }
            if (fs[j] > vh) {
                hi = j;
                vh = fs[j];
            }
        }
        if (vh <= vl + tolerance) {
            result.converged = true;
            break;
        }
        for (std::size_t i = 0; i < n; ++i) {
            double sum = -p[hi][i];
            for (std::size_t j = 0; j <= n; ++j)
                sum += p[j][i];
            p[c][i] = sum / double(n);
        }
        for (std::size_t i = 0; i < n; ++i)
            b[i] = (1 + reflection) * p[c][i] - reflection * p[hi][i];
        double fr = value(b);
        ++evaluations;
        if (fr < vl) {
            fs[c] = fr;
            for (std::size_t i = 0; i < n; ++i) {
                const double e = expansion * b[i] + (1 - expansion) * p[c][i];
                p[c][i] = b[i];
                b[i] = e;
            }
            const double fe = value(b);
            ++evaluations;
            if (fe < fr) {
                p[hi] = b;
                fs[hi] = fe;
            } else {
                for (std::size_t i = 0; i < n; ++i)
                    p[hi][i] = p[c][i];
                fs[hi] = fr;
            }
        } else {
            if (fr < vh) {
                p[hi] = b;
                fs[hi] = fr;
            }
            for (std::size_t i = 0; i < n; ++i)
                b[i] = (1 - contraction) * p[hi][i] + contraction * p[c][i];
            const double fc = value(b);
            ++evaluations;
            if (fc < fs[hi]) {
                p[hi] = b;
                fs[hi] = fc;
            } else if (fr >= vh) { // shrink towards the best vertex
                computeVertices = true;
                size = 0;
                for (std::size_t j = 0; j <= n; ++j) {
                    if (j == lo)
                        continue;
                    for (std::size_t i = 0; i < n; ++i) {
                        p[j][i] = contraction * (p[j][i] - p[lo][i]) + p[lo][i];
                        size += std::abs(p[j][i] - p[lo][i]);
                    }
                }
                if (size >= oldSize)
                    break; // the simplex no longer shrinks
                oldSize = size;
            }
        }
        if (evaluations > maxEvaluations)
            break;
    }
    result.x.assign(p[lo].begin(), p[lo].begin() + std::ptrdiff_t(n));
    result.value = fs[lo];
    result.evaluations = evaluations;
    return result;
}

} // namespace chiso
