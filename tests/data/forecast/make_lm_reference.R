#!/usr/bin/env Rscript
# make_lm_reference.R
#
# Generates lm_reference.json: reference values from R's lm(), predict(),
# qt() and pt() against which the Eigen least-squares forecasting code of
# "Chỉ Số" is tested (target tolerance 1e-9).
#
# Usage (from this folder):   Rscript make_lm_reference.R
#
# Deterministic: the only random cases use set.seed(20240601).
# Base R only (no jsonlite); numbers are printed with sprintf("%.17g"),
# i.e. 17 significant digits, which round-trips an IEEE double exactly.
#
# Real-data cases: Vietnam's ICT sector, y in billion VND (or a percentage
# for level_fibre_2023), x = month of the year-to-date cut-off.

out_file <- "lm_reference.json"

## ---------------------------------------------------------------- JSON helpers
num <- function(v) {
  v <- as.numeric(v)
  if (any(!is.finite(v))) stop("non-finite value cannot be written to JSON")
  sprintf("%.17g", v)
}
json_num_array <- function(v) paste0("[", paste(num(v), collapse = ", "), "]")
json_str <- function(s) {
  s <- gsub("\\\\", "\\\\\\\\", s)
  s <- gsub("\"", "\\\\\"", s)
  paste0("\"", s, "\"")
}
# Build a JSON object from a named list of already-encoded values.
json_obj <- function(fields, indent = "    ") {
  body <- paste0(indent, "  ", json_str(names(fields)), ": ", unlist(fields),
                 collapse = ",\n")
  paste0("{\n", body, "\n", indent, "}")
}

## ---------------------------------------------------------------- one case
# Fits `formula` (a string, e.g. "y ~ x + I(x^2)") and collects everything
# the C++ side needs to compare against.
make_case <- function(name, formula, x, y, new_x) {
  d     <- data.frame(x = x, y = y)
  model <- lm(as.formula(formula), data = d)
  s     <- summary(model)
  nd    <- data.frame(x = new_x)

  # Coefficient order follows the formula: (Intercept) if present, x, I(x^2).
  coefs <- coef(s)
  p_se  <- predict(model, nd, se.fit = TRUE)
  pi80  <- predict(model, nd, interval = "prediction", level = 0.80)
  pi95  <- predict(model, nd, interval = "prediction", level = 0.95)
  ci95  <- predict(model, nd, interval = "confidence", level = 0.95)
  # Note: for models without intercept ("y ~ 0 + x") summary()'s r.squared
  # is the uncentred R^2 = 1 - RSS / sum(y^2), as R reports it.

  fields <- list(
    name         = json_str(name),
    formula      = json_str(formula),
    x            = json_num_array(x),
    y            = json_num_array(y),
    coef_names   = paste0("[", paste(json_str(rownames(coefs)), collapse = ", "), "]"),
    coefficients = json_num_array(coefs[, "Estimate"]),
    std_errors   = json_num_array(coefs[, "Std. Error"]),
    sigma        = num(s$sigma),
    df_residual  = sprintf("%d", as.integer(model$df.residual)),
    r_squared    = num(s$r.squared),
    new_x        = json_num_array(new_x),
    fit          = json_num_array(p_se$fit),
    se_fit       = json_num_array(p_se$se.fit),
    pi80_lower   = json_num_array(pi80[, "lwr"]),
    pi80_upper   = json_num_array(pi80[, "upr"]),
    pi95_lower   = json_num_array(pi95[, "lwr"]),
    pi95_upper   = json_num_array(pi95[, "upr"]),
    ci95_lower   = json_num_array(ci95[, "lwr"]),
    ci95_upper   = json_num_array(ci95[, "upr"])
  )
  # Sanity: fit from interval= calls must agree with se.fit call.
  stopifnot(isTRUE(all.equal(unname(pi95[, "fit"]), unname(p_se$fit))))
  json_obj(fields)
}

## ---------------------------------------------------------------- cases
cases <- list()

# 1-2. ICT revenue 2023, year-to-date cumulative (billion VND) by cut-off month.
rev23_x <- c(3, 4, 5, 6, 7, 9, 10, 11)
rev23_y <- c(845577, 1139333, 1363227, 1614206, 1902800, 2655661, 3016617, 3360217)
cases[[length(cases) + 1]] <- make_case("revenue_2023_ytd_linear", "y ~ x",
                                        rev23_x, rev23_y, c(12))
cases[[length(cases) + 1]] <- make_case("revenue_2023_ytd_quadratic", "y ~ x + I(x^2)",
                                        rev23_x, rev23_y, c(12))

# 3. Same series truncated at June (only four points, df = 2).
cases[[length(cases) + 1]] <- make_case("revenue_2023_ytd_to_6_linear", "y ~ x",
                                        c(3, 4, 5, 6),
                                        c(845577, 1139333, 1363227, 1614206), c(12))

# 4. ICT contribution to the state budget 2023, YTD (billion VND).
cases[[length(cases) + 1]] <- make_case("state_budget_2023_ytd_quadratic", "y ~ x + I(x^2)",
                                        c(3, 4, 5, 6, 7, 9, 10, 11),
                                        c(24455, 31302, 39497, 45905, 55446, 74097, 79014, 87170),
                                        c(12))

# 5-6. Cross-year: year-end total regressed on the 6-month YTD figure of the
# same year; predict for a new 6M YTD value.
cy_x <- c(1347087, 1568141, 1833162, 1614206)
cy_y <- c(3100000, 3462170, 3893595, 3744214)
cases[[length(cases) + 1]] <- make_case("revenue_cross_year", "y ~ x",
                                        cy_x, cy_y, c(2067389))
cases[[length(cases) + 1]] <- make_case("revenue_cross_year_origin", "y ~ 0 + x",
                                        cy_x, cy_y, c(2067389))

# 7. Synthetic linear data (seeded).
set.seed(20240601)
n <- 25
syn_x <- sort(runif(n, 0, 12))
syn_y <- 3 + 2 * syn_x + rnorm(n, 0, 1.5)
cases[[length(cases) + 1]] <- make_case("synthetic_linear", "y ~ x",
                                        syn_x, syn_y, c(0, 6.5, 12, 15))

# 8. Synthetic quadratic data: same seed, x regenerated identically.
set.seed(20240601)
n <- 25
synq_x <- sort(runif(n, 0, 12))
synq_y <- 1 + 0.5 * synq_x + 0.25 * synq_x^2 + rnorm(n, 0, 2)
stopifnot(identical(syn_x, synq_x))
cases[[length(cases) + 1]] <- make_case("synthetic_quadratic", "y ~ x + I(x^2)",
                                        synq_x, synq_y, c(0, 6.5, 12, 15))

# 9. A level (not cumulative) indicator in 2023 by month (percent).
cases[[length(cases) + 1]] <- make_case("level_fibre_2023", "y ~ x",
                                        c(2, 3, 4, 5, 6, 8, 9, 11, 12),
                                        c(75.5, 75.36, 76.68, 76.9, 77.1, 78.3, 78.76, 79.1, 79.4),
                                        c(12))

## ---------------------------------------------------------------- t distribution
tq <- character(0)
for (d in 1:60) for (p in c(0.9, 0.975, 0.995)) {
  tq <- c(tq, sprintf("{\"df\": %d, \"p\": %s, \"q\": %s}", d, num(p), num(qt(p, d))))
}
tc <- character(0)
for (d in c(1, 2, 3, 5, 8, 13, 30)) for (t in c(-3, -1.5, -0.2, 0, 0.7, 1.9, 4)) {
  tc <- c(tc, sprintf("{\"df\": %d, \"t\": %s, \"p\": %s}", as.integer(d), num(t), num(pt(t, d))))
}

## ---------------------------------------------------------------- write
json <- paste0(
  "{\n",
  "  \"r_version\": ", json_str(R.version.string), ",\n",
  "  \"generator\": \"make_lm_reference.R\",\n",
  "  \"cases\": [\n    ", paste(cases, collapse = ",\n    "), "\n  ],\n",
  "  \"t_quantiles\": [\n    ", paste(tq, collapse = ",\n    "), "\n  ],\n",
  "  \"t_cdf\": [\n    ", paste(tc, collapse = ",\n    "), "\n  ]\n",
  "}\n")
writeLines(json, out_file, sep = "", useBytes = TRUE)
cat("wrote", out_file, "with", length(cases), "cases,", length(tq), "quantiles,",
    length(tc), "cdf values\n")
