# make_theta_reference.R
#
# Reference values of R's forecast::thetaf() (forecast 8.20) on fixed monthly data, for the
# C++ theta method (models/forecast/Theta.cpp): each case a public series cut at a month,
# forecast for the rest of the year. Printed with 17 significant digits.
# Usage (from this folder):  Rscript make_theta_reference.R
suppressMessages(library(forecast))

num <- function(x) paste0("[", paste(sprintf("%.17g", x), collapse = ", "), "]")
cut_series <- function(name, end_year, end_month) {
  x <- get(name, envir = asNamespace("datasets"))
  window(x, end = c(end_year, end_month))
}
cases <- list(
  list(series = "AirPassengers", year = 1957, month = 5),
  list(series = "USAccDeaths", year = 1977, month = 8),
  list(series = "nottem", year = 1930, month = 11),
  list(series = "UKDriverDeaths", year = 1970, month = 6)  # 18 months: no seasonal test
)
out <- vapply(cases, function(k) {
  x <- cut_series(k$series, k$year, k$month)
  h <- 12 - k$month
  f <- thetaf(x, h = h, level = c(80, 95))
  sprintf(paste0('    {"series": "%s", "year": %d, "month": %d, "n": %d, "h": %d,\n',
                 '     "alpha": %s, "drift": %s, "sigma2": %s,\n',
                 '     "mean": %s,\n     "lower80": %s,\n     "upper80": %s}'),
          k$series, k$year, k$month, length(x), h, num(f$model$alpha), num(f$model$drift),
          num(f$model$sigma), num(f$mean), num(f$lower[, 1]), num(f$upper[, 1]))
}, character(1))
json <- c("{", sprintf('  "r_version": "%s", "forecast": "%s",', R.version.string, packageVersion("forecast")),
          '  "cases": [', paste(out, collapse = ",\n"), "  ]", "}")
con <- file("theta_reference.json", open = "wb")
writeLines(json, con, sep = "\n")
close(con)
cat("wrote theta_reference.json\n")
