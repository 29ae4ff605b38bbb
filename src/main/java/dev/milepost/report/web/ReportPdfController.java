package dev.milepost.report.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.milepost.report.IsoWeek;
import dev.milepost.report.ReportCharts;
import dev.milepost.report.ReportConflictException;
import dev.milepost.report.ReportContent;
import dev.milepost.report.ReportDrafter;
import dev.milepost.report.ReportService;
import dev.milepost.report.StoredReport;
import dev.milepost.shared.web.DateFormats;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A published (or superseded) report as a PDF download, rendered from its stored snapshot
 * and written sections, never recomputed: the PDF of a version says what its page says,
 * however the data changed since. Without {@code version} it is the week's latest
 * version; a draft has no PDF (409), a week or version without a report is 404.
 */
@Controller
class ReportPdfController {

	static final String DRAFT_HAS_NO_PDF = "report.conflict.draftPdf";

	private final ReportService reports;

	private final ReportDrafter drafter;

	private final ReportPdfRenderer renderer;

	private final DateFormats dates;

	ReportPdfController(ReportService reports, ReportDrafter drafter, ReportPdfRenderer renderer, DateFormats dates) {
		this.reports = reports;
		this.drafter = drafter;
		this.renderer = renderer;
		this.dates = dates;
	}

	@GetMapping("/programs/{id}/reports/{week}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable String week,
			@RequestParam(required = false) Integer version) {
		IsoWeek isoWeek = IsoWeek.parse(week);
		// 404 for an unknown program
		this.drafter.program(id);
		StoredReport report = this.reports.find(id, isoWeek, version)
			.orElseThrow(() -> new ReportNotFoundException(id, week));
		if (report.isDraft()) {
			throw new ReportConflictException(DRAFT_HAS_NO_PDF);
		}
		ReportContent content = this.reports.content(report);
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Object> variables = new HashMap<>();
		variables.put("week", isoWeek.toString());
		variables.put("report", report);
		variables.put("content", content);
		variables.put("written", report.written());
		variables.put("charts", ReportCharts.of(content));
		variables.put("dueDays", ReportDrafter.DUE_DAYS);
		variables.put("publishedAt", this.dates.dateTime(report.publishedAt().toInstant()));
		byte[] pdf = this.renderer.render(variables, locale);
		// named and titled from the snapshot, like everything in it
		String filename = content.programKey() + "-" + isoWeek + "-v" + report.versionNo() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(pdf);
	}

}
