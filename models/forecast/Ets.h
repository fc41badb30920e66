#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace chiso {

/// One exponential smoothing state-space form, ETS(error, trend, season) (Hyndman et al. 2008):
/// the admissible set R's forecast::ets searches by default (no multiplicative trend, no
/// additive error with multiplicative seasonality).
struct EtsForm {
    enum class Error { Additive, Multiplicative };
    enum class Trend { None, Additive, Damped };
    enum class Season { None, Additive, Multiplicative };
    Error error = Error::Additive;
    Trend trend = Trend::None;
    Season season = Season::None;

    bool operator==(const EtsForm &) const = default;
    /// R's name: "A,Ad,M" and the like.
    std::string code() const;
    /// The forms ets() compares: 15, or the 6 with additive errors and seasonality where a month
    /// is zero or negative (a ratio to it means nothing).
    static std::vector<EtsForm> admissible(bool positiveData);
};

/// A fitted ETS model of monthly values starting in January (period 12).
struct EtsFit {
    EtsForm form;
    double alpha = 0;
    double beta = 0;  ///< 0 without a trend
    double gamma = 0; ///< 0 without seasonality
    double phi = 1;   ///< 1 unless damped
    /// R's state vector: level, growth (with a trend), then 12 seasonal states, the most recent
    /// first (the last is the next month's).
    std::vector<double> initialState;
    std::vector<double> state; ///< after the last value filtered
    int n = 0;                 ///< values fitted
    int parameters = 0;        ///< estimated, with σ (R's np in the AICc)
    double logLikelihood = 0;  ///< R's fit$loglik: −½ (n ln Σe² + 2 Σ ln|ŷ| for multiplicative errors)
    double aicc = 0;
    double sigma2 = 0; ///< Σe² / (n − estimated parameters without σ), e relative for multiplicative errors

    /// Moves the state over a new month (the parameters stay as fitted).
    void update(double y);
    /// The next h months' point forecasts (R's forecast(fit)$mean for these forms).
    std::vector<double> forecast(int h) const;
    /// The totals of the next h months along `paths` sample paths of the model (Gaussian
    /// innovations of variance σ², as R's simulate.ets), sorted. The same seed, the same paths.
    std::vector<double> simulateTotals(int h, int paths, std::uint64_t seed) const;
};

/// R's likelihood criterion n ln Σe² (+ 2 Σ ln|ŷ| for multiplicative errors) of a form with given
/// parameters and initial state; nothing where a forecast is not finite. For tests against R.
std::optional<double> etsCriterion(const std::vector<double> &y, EtsForm form, double alpha, double beta, double gamma,
                                   double phi, const std::vector<double> &initialState);

/// Fits one form by maximum likelihood as R's etsmodel() does (its starting values, bounds
/// "both", Nelder–Mead over the smoothing parameters and initial states). Nothing where the
/// form has as many parameters as values, or cannot be fitted. `earlier`: the same form's fit
/// on the first values of y (a year fewer), started from instead of R's starting values.
std::optional<EtsFit> fitEtsForm(const std::vector<double> &y, EtsForm form, const EtsFit *earlier = nullptr);

/// Every form of EtsForm::admissible fitted to one series.
struct EtsSelection {
    std::vector<EtsFit> fits;
    /// The lowest AICc (R's ets(y)).
    std::optional<EtsFit> best() const;
};
/// Nothing fitted under two years of values; a constant series gets R's answer (α = 0.99999).
/// `earlier`: the selection on the same series a year shorter, whose fits start these.
EtsSelection selectEts(const std::vector<double> &y, const EtsSelection *earlier = nullptr);
/// The years selectEtsQuick fits: the latest six.
constexpr std::size_t etsQuickYears = 6;
/// The quick choice the year-end forecasts use, about a hundred times faster than selectEts:
/// only the latest etsQuickYears years; initial states from R's starting values, not
/// estimated; each form's smoothing parameters by Nelder–Mead to 1e-4 (at most 100 filters).
/// With `earlier` (the choice on the same series a year shorter), every form is scored at its
/// earlier parameters and only the four with the lowest AICc searched again from there (30).
EtsSelection selectEtsQuick(const std::vector<double> &y, const EtsSelection *earlier = nullptr);
/// selectEts(y).best(): R's ets(y).
std::optional<EtsFit> fitEts(const std::vector<double> &y);

} // namespace chiso
