/**
 * Writing CSV files safely: {@link org.rapport.platform.csv.CsvOutput} is the one writer every module uses, so that
 * no exported value runs as a spreadsheet formula.
 */
package org.rapport.platform.csv;
