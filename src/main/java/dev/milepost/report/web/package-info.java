/** The report archive and report pages of a program. */
package dev.milepost.report.web;
