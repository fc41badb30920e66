#include "StudentT.h"

#include <boost/math/distributions/students_t.hpp>

namespace chiso {

double studentTQuantile(double p, double degreesOfFreedom)
{
    return boost::math::quantile(boost::math::students_t(degreesOfFreedom), p);
}

double studentTCdf(double t, double degreesOfFreedom)
{
    return boost::math::cdf(boost::math::students_t(degreesOfFreedom), t);
}

} // namespace chiso
