#pragma once

#include <functional>
#include <vector>

namespace chiso {

/// The Nelder–Mead simplex minimiser of R's optim() (nmmin in R's src/appl/optim.c, which
/// forecast::ets calls as etsNelderMead): the same starting simplex, steps and stopping rule,
/// so that a fit starting where R's starts follows R's path to R's answer. Neither Eigen nor
/// a Debian -dev library we already use offers a derivative-free minimiser (Eigen's
/// unsupported NonLinearOptimization solves least squares with Levenberg–Marquardt).
struct NelderMeadResult {
    std::vector<double> x;
    double value = 0;
    int evaluations = 0;
    bool converged = false; ///< false when it stopped at the evaluation limit or its simplex stalled
};

/// Minimises f from `start`: reflection 1, contraction 0.5, expansion 2 (R's defaults);
/// stops when the simplex's values lie within relTol·(|f| + relTol) or after maxEvaluations.
/// A value that is not finite counts as 1e35, as in R. `steps`: the starting simplex's step in
/// each coordinate; empty for R's, a tenth of the largest |start| in every coordinate.
NelderMeadResult nelderMead(const std::function<double(const std::vector<double> &)> &f, std::vector<double> start,
                            double relTol, int maxEvaluations, const std::vector<double> &steps = {});

} // namespace chiso
