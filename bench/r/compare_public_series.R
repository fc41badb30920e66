# compare_public_series.R
#
# R's ets(), auto.arima() and thetaf() (package forecast) on the cases of
# tests/forecast/test_public_series.cpp: each public monthly series of tests/data/forecast,
# every year after the first, cut-offs 1..11; the year's total forecast as its months so far
# plus the forecasts of the remaining months, each model fitted to the months known then.
# Prints MAPE (%) per method and series, and over all cases.
# Usage (from the repository root):  Rscript bench/r/compare_public_series.R
suppressMessages(library(forecast))

series_names <- c("AirPassengers", "USAccDeaths", "UKDriverDeaths", "nottem")
methods <- list(
  ets = function(x, h) forecast(ets(x), h = h)$mean,
  auto_arima = function(x, h) forecast(auto.arima(x), h = h)$mean,
  thetaf = function(x, h) thetaf(x, h = h)$mean
)
all_ape <- list()
for (name in series_names) {
  d <- read.csv(file.path("tests/data/forecast", paste0("monthly_", name, ".csv")))
  years <- sort(unique(d$year))
  ape <- list()
  for (y in years[-1]) {
    actual <- sum(d$value[d$year == y])
    for (m in 1:11) {
      known <- d$value[d$year < y | (d$year == y & d$month <= m)]
      x <- ts(known, start = c(years[1], 1), frequency = 12)
      so_far <- sum(d$value[d$year == y & d$month <= m])
      for (method in names(methods)) {
        f <- tryCatch(methods[[method]](x, 12 - m), error = function(e) NA)
        ape[[method]] <- c(ape[[method]], abs(so_far + sum(f) - actual) / actual)
      }
    }
  }
  cat(sprintf("%-15s", name))
  for (method in names(methods)) {
    cat(sprintf("  %s=%.3f%% (n=%d)", method, 100 * mean(ape[[method]], na.rm = TRUE), sum(!is.na(ape[[method]]))))
    all_ape[[method]] <- c(all_ape[[method]], ape[[method]])
  }
  cat("\n")
}
cat(sprintf("%-15s", "all"))
for (method in names(methods))
  cat(sprintf("  %s=%.3f%% (n=%d)", method, 100 * mean(all_ape[[method]], na.rm = TRUE), sum(!is.na(all_ape[[method]]))))
cat("\n")
