#pragma once

namespace chiso {

/// Student's t distribution (Boost.Math): the quantile q with P(T ≤ q) = p, and P(T ≤ t).
double studentTQuantile(double p, double degreesOfFreedom);
double studentTCdf(double t, double degreesOfFreedom);

} // namespace chiso
