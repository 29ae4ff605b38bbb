/**
 * The administrators' page of the program summaries ({@code /admin/summaries}): check
 * every summary against a fresh computation, and repair what differs.
 */
package dev.milepost.summary.web;
