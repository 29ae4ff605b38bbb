package dev.milepost.report.web;

import dev.milepost.shared.NotFoundException;

/** No such version of a program's weekly report (404). */
class ReportNotFoundException extends NotFoundException {

	ReportNotFoundException(long programId, String week) {
		super("Report", programId + "/" + week);
	}

}
