# export_monthly_series.R
#
# Exports eight public monthly time series, six from R's built-in `datasets`
# package (two of them columns of `Seatbelts`) and `gas` and `wineind` from package
# forecast (Debian: r-cran-forecast), to CSV files used by the forecast accuracy tests:
#
#   monthly_AirPassengers.csv, monthly_USAccDeaths.csv, monthly_UKDriverDeaths.csv,
#   monthly_nottem.csv, monthly_SeatbeltsFront.csv, monthly_SeatbeltsRear.csv,
#   monthly_gas.csv, monthly_wineind.csv
#
# Only whole calendar years are written: a series that ends before a December
# (gas ends in August 1995, wineind in August 1994) is cut at the December before.
#
# Format: header `year,month,value`, one row per month in time order,
# no quotes, LF line endings, no trailing spaces.
#   year  = floor(time(x))   (calendar year)
#   month = cycle(x)         (1 = January ... 12 = December)
#   value = the observation, printed with the fewest significant digits
#           (15, 16 or at most 17) that read back as exactly the same double.
#
# No randomness, so the output is fully deterministic.
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

export_series <- function(name, package, data_set = name, column = NULL) {
  # Load the series from its package's data (not from the global env).
  found <- new.env()
  utils::data(list = data_set, package = package, envir = found)
  x <- found[[data_set]]
  if (!is.null(column)) x <- x[, column]
  stopifnot(is.ts(x), frequency(x) == 12, !anyNA(x), cycle(x)[1] == 1)
  last_december <- max(which(cycle(x) == 12))
  x <- ts(as.numeric(x)[1:last_december], start = start(x), frequency = 12)

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
  f <- export_series(nm, "datasets")
  cat("wrote", f, "\n")
}
# Front-seat and rear-seat passengers killed or seriously injured, Great Britain 1969-1984.
for (column in c("front", "rear")) {
  f <- export_series(paste0("Seatbelts", tools::toTitleCase(column)), "datasets", "Seatbelts", column)
  cat("wrote", f, "\n")
}
for (nm in c("gas", "wineind")) {
  f <- export_series(nm, "forecast")
  cat("wrote", f, "\n")
}
