# compare_public_series.R
#
# R's ets(), auto.arima() and thetaf() (package forecast) on the cases of
# tests/forecast/test_public_series.cpp: each public monthly series of tests/data/forecast,
# every year after the first, cut-offs 1..11; the year's total forecast as its months so far
# plus the forecasts of the remaining months, each model fitted to the months known then.
# The year-end intervals of ets and auto.arima come from 1,000 simulated sample paths of the
# remaining months (simulate(), set.seed(1) before each case), not from monthly intervals added up.
# Prints MAPE (%) and the share of outturns inside the 80 % and 95 % intervals per method, over
# all cases and over those with three earlier years (issue 20's cases).
# Usage (from the repository root):  Rscript bench/r/compare_public_series.R [method ...] [points] [three]
# (CHISO_R_CASES=FILE.csv also writes every case's forecasts to FILE.csv)
# (methods: ets auto_arima thetaf, all three by default; "points": no intervals, "three": only the
# cases with three earlier years. ets with its paths takes about 6 minutes, auto_arima about 20)
suppressMessages(library(forecast))

series_names <- c("AirPassengers", "USAccDeaths", "UKDriverDeaths", "nottem", "SeatbeltsFront", "SeatbeltsRear", "gas", "wineind")
paths <- 1000
chosen <- commandArgs(trailingOnly = TRUE)
points_only <- "points" %in% chosen
three_only <- "three" %in% chosen
chosen <- setdiff(chosen, c("points", "three"))
year_end <- function(fit, h, so_far) {
  if (points_only) return(c(so_far + sum(forecast(fit, h = h)$mean), NA, NA, NA, NA))
  set.seed(1)
  totals <- so_far + replicate(paths, sum(simulate(fit, nsim = h, future = TRUE)))
  c(so_far + sum(forecast(fit, h = h)$mean), quantile(totals, c(0.1, 0.9, 0.025, 0.975), names = FALSE))
}
methods <- list(
  ets = function(x, h, so_far) year_end(ets(x), h, so_far),
  auto_arima = function(x, h, so_far) year_end(auto.arima(x), h, so_far),
  thetaf = function(x, h, so_far) c(so_far + sum(thetaf(x, h = h)$mean), NA, NA, NA, NA)
)
if (length(chosen) == 0) chosen <- names(methods)
rows <- list()
for (name in series_names) {
  d <- read.csv(file.path("tests/data/forecast", paste0("monthly_", name, ".csv")))
  years <- sort(unique(d$year))
  for (y in years[-(1:(if (three_only) 3 else 1))]) {
    actual <- sum(d$value[d$year == y])
    for (m in 1:11) {
      known <- d$value[d$year < y | (d$year == y & d$month <= m)]
      x <- ts(known, start = c(years[1], 1), frequency = 12)
      so_far <- sum(d$value[d$year == y & d$month <= m])
      for (method in chosen) {
        f <- tryCatch(methods[[method]](x, 12 - m, so_far), error = function(e) rep(NA, 5))
        rows[[length(rows) + 1]] <- data.frame(series = name, year = y, earlier = y - years[1], month = m,
                                               method = method, point = f[1], lo80 = f[2], hi80 = f[3],
                                               lo95 = f[4], hi95 = f[5], actual = actual)
      }
    }
  }
}
r <- do.call(rbind, rows)
# Every case's forecasts, for combining runs made separately (e.g. the mean of the three methods).
out <- Sys.getenv("CHISO_R_CASES", "")
if (nzchar(out)) write.csv(r, out, row.names = FALSE)
summarise <- function(r, title) {
  cat(title, "\n")
  for (method in chosen) {
    k <- r[r$method == method & !is.na(r$point), ]
    ape <- abs(k$point - k$actual) / k$actual
    by_series <- tapply(ape, factor(k$series, levels = series_names), mean)
    in80 <- mean(k$lo80 <= k$actual & k$actual <= k$hi80)
    in95 <- mean(k$lo95 <= k$actual & k$actual <= k$hi95)
    cat(sprintf("  %-11s MAPE %.2f %%  inside 80 %%: %5.1f %%  95 %%: %5.1f %%  (n=%d)  by series: %s\n", method,
                100 * mean(ape), 100 * in80, 100 * in95, nrow(k), paste(sprintf("%.2f", 100 * by_series), collapse = " ")))
  }
}
if (!three_only) summarise(r, "all cases")
summarise(r[r$earlier >= 3, ], "cases with three earlier years")
