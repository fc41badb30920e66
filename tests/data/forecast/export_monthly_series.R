# export_monthly_series.R
#
# Exports four public monthly time series from R's built-in `datasets`
# package to CSV files used by the forecast accuracy tests:
#
#   monthly_AirPassengers.csv, monthly_USAccDeaths.csv,
#   monthly_UKDriverDeaths.csv, monthly_nottem.csv
#
# Format: header `year,month,value`, one row per month in time order,
# no quotes, LF line endings, no trailing spaces.
#   year  = floor(time(x))   (calendar year)
#   month = cycle(x)         (1 = January ... 12 = December)
#   value = the observation, printed with the fewest significant digits
#           (15, 16 or at most 17) that read back as exactly the same double.
#
# Base R only; no randomness, so the output is fully deterministic.
# Usage (from this folder):  Rscript export_monthly_series.R

# Shortest "%.<d>g" representation (d = 15..17) that round-trips exactly.
# 17 significant digits always round-trips an IEEE double.
format_value <- function(v) {
  vapply(v, function(x) {
    for (d in 15:17) {
      s <- sprintf("%.*g", d, x)
      if (as.numeric(s) == x) return(s)
    }
    sprintf("%.17g", x)
  }, character(1))
}

export_series <- function(name) {
  # Fetch the series from the datasets package (not from the global env).
  x <- get(name, envir = asNamespace("datasets"))
  stopifnot(is.ts(x), frequency(x) == 12, !anyNA(x))

  year  <- as.integer(floor(time(x)))
  month <- as.integer(cycle(x))

  # Sanity check: consecutive months with no gaps (guards against any
  # floating-point surprise in floor(time(x))).
  idx <- year * 12L + month - 1L
  stopifnot(all(diff(idx) == 1L), all(month >= 1L & month <= 12L))

  lines <- c("year,month,value",
             paste(year, month, format_value(as.numeric(x)), sep = ","))

  out <- sprintf("monthly_%s.csv", name)
  con <- file(out, open = "wb")          # binary mode => LF line endings
  writeLines(lines, con, sep = "\n")
  close(con)
  invisible(out)
}

for (nm in c("AirPassengers", "USAccDeaths", "UKDriverDeaths", "nottem")) {
  f <- export_series(nm)
  cat("wrote", f, "\n")
}
