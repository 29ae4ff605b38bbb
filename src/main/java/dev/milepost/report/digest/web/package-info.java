/**
 * The leadership digest pages ({@code /reports/digest}) and the admin action that runs
 * the weekly job now ({@code /admin/reports/weekly-run}).
 */
package dev.milepost.report.digest.web;
