# make_ets_reference.R
#
# Reference values of R's forecast::ets() (forecast 8.20) on fixed monthly data, for the C++
# ETS models (models/forecast/Ets.cpp): fixed forms and the AICc choice on public series cut at
# a December, and two series with a zero or negative months (where only additive forms apply).
# Each case: the parameters, the initial state (R's states[1, ]: l, b, s1..s12, s1 the most
# recent) and the state after the last month, loglik, AICc, sigma2 and the next 12 months'
# forecasts. 17 significant digits.
# Usage (from this folder):  Rscript make_ets_reference.R
suppressMessages(library(forecast))

num <- function(x) paste0("[", paste(sprintf("%.17g", x), collapse = ", "), "]")
cut_series <- function(name, first_year, last_year) {
  x <- get(name, envir = asNamespace("datasets"))
  window(x, start = c(first_year, 1), end = c(last_year, 12))
}
with_zero <- cut_series("AirPassengers", 1949, 1951)
with_zero[14] <- 0                      # a month with nothing
revised <- cut_series("USAccDeaths", 1973, 1975) - 8000  # months below zero, as revisions make them
cases <- list(
  list(label = "AirPassengers 1949-1954 M,A,M", x = cut_series("AirPassengers", 1949, 1954), model = "MAM", damped = FALSE),
  list(label = "AirPassengers 1949-1954 M,N,M", x = cut_series("AirPassengers", 1949, 1954), model = "MNM", damped = FALSE),
  list(label = "USAccDeaths 1973-1977 A,N,A", x = cut_series("USAccDeaths", 1973, 1977), model = "ANA", damped = FALSE),
  list(label = "USAccDeaths 1973-1977 A,Ad,A", x = cut_series("USAccDeaths", 1973, 1977), model = "AAA", damped = TRUE),
  list(label = "UKDriverDeaths 1969-1970 A,A,A", x = cut_series("UKDriverDeaths", 1969, 1970), model = "AAA", damped = FALSE),
  list(label = "nottem 1920-1925 A,N,N", x = cut_series("nottem", 1920, 1925), model = "ANN", damped = FALSE),
  list(label = "UKDriverDeaths 1969-1974 M,Ad,N", x = cut_series("UKDriverDeaths", 1969, 1974), model = "MAN", damped = TRUE),
  list(label = "AirPassengers 1949-1954 chosen", x = cut_series("AirPassengers", 1949, 1954), model = "ZZZ", damped = NULL),
  list(label = "USAccDeaths 1973-1977 chosen", x = cut_series("USAccDeaths", 1973, 1977), model = "ZZZ", damped = NULL),
  list(label = "a zero month chosen", x = with_zero, model = "ZZZ", damped = NULL),
  list(label = "negative months chosen", x = revised, model = "ZZZ", damped = NULL)
)
out <- vapply(cases, function(k) {
  fit <- ets(k$x, model = k$model, damped = k$damped)
  par <- fit$par
  get_par <- function(name, none) if (is.na(par[name])) none else unname(par[name])
  f <- forecast(fit, h = 12)$mean
  sprintf(paste0('    {"label": "%s", "form": "%s",\n',
                 '     "values": %s,\n',
                 '     "alpha": %s, "beta": %s, "gamma": %s, "phi": %s,\n',
                 '     "initial_state": %s,\n     "final_state": %s,\n',
                 '     "loglik": %s, "aicc": %s, "sigma2": %s,\n',
                 '     "mean": %s}'),
          k$label, paste(fit$components[1], ",", fit$components[2], ifelse(fit$components[4] == "TRUE", "d", ""), ",",
                         fit$components[3], sep = ""),
          num(as.numeric(k$x)), num(get_par("alpha", 0)), num(get_par("beta", 0)), num(get_par("gamma", 0)),
          num(get_par("phi", 1)), num(fit$states[1, ]), num(fit$states[nrow(fit$states), ]), num(fit$loglik), num(fit$aicc), num(fit$sigma2), num(f))
}, character(1))
json <- c("{", sprintf('  "r_version": "%s", "forecast": "%s",', R.version.string, packageVersion("forecast")),
          '  "cases": [', paste(out, collapse = ",\n"), "  ]", "}")
con <- file("ets_reference.json", open = "wb")
writeLines(json, con, sep = "\n")
close(con)
cat("wrote ets_reference.json\n")
