# make_airline_reference.R
#
# Reference values for models/forecast/Airline.cpp: R's arima() with order (0,1,1), seasonal
# (0,1,1) period 12, method "CSS" (conditional sum of squares), on
#   - log(AirPassengers), its first ten years (Box & Jenkins' airline model itself);
#   - log(USAccDeaths), all six years;
#   - UKDriverDeaths with one month set to 0 (so on the values, no logarithm).
# For each: the coefficients, sigma2, the residual sum of squares at R's coefficients (R's
# residuals, the first 13 being 0), and the next 12 months' forecasts on the modelled scale.
# Base R only, deterministic. Usage (from this folder): Rscript make_airline_reference.R
num <- function(x) paste(sprintf("%.17g", x), collapse = ", ")
case <- function(name, z) {
  fit <- arima(z, order = c(0, 1, 1), seasonal = list(order = c(0, 1, 1), period = 12), method = "CSS")
  r <- residuals(fit)
  sprintf('    {"name": "%s", "z": [%s], "theta": %s, "seasonal_theta": %s, "sigma2": %s, "sum_of_squares": %s, "forecast": [%s]}',
          name, num(as.numeric(z)), num(coef(fit)[["ma1"]]), num(coef(fit)[["sma1"]]), num(fit$sigma2),
          num(sum(r^2)), num(as.numeric(predict(fit, n.ahead = 12)$pred)))
}
uk <- UKDriverDeaths
uk[30] <- 0
cases <- c(case("log AirPassengers 1949-1958", log(window(AirPassengers, end = c(1958, 12)))),
           case("log USAccDeaths", log(USAccDeaths)),
           case("UKDriverDeaths with a zero", uk))
con <- file("airline_reference.json", open = "wb")
writeLines(c("{", sprintf('  "r_version": "%s",', R.version.string), '  "cases": [', paste(cases, collapse = ",\n"), "  ]", "}"), con, sep = "\n")
close(con)
