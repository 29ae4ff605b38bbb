package dev.milepost.report.web;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.milepost.shared.web.Money;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders a report as PDF: the {@code reports/pdf} template (which includes the same
 * section and chart fragments as the report page) through Thymeleaf, parsed by jsoup into
 * a W3C DOM, laid out by openhtmltopdf. The PDF's stylesheet is inside the template;
 * nothing is fetched, whatever the markup asks for (the URI resolver resolves nothing),
 * so rendering never touches the network.
 */
@Component
class ReportPdfRenderer {

	static final String PDF_TEMPLATE = "reports/pdf";

	/**
	 * A Unicode font used where the machine has it (Debian's fonts-dejavu-core); without
	 * it the PDF falls back to the standard PDF fonts, which cover Western European text
	 * only.
	 */
	private static final Path SANS_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

	private static final Path SANS_BOLD_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

	private final ITemplateEngine templates;

	/**
	 * The chart rules of the web page, inlined into the PDF's head (a static file, not
	 * user input).
	 */
	private final String chartCss;

	/**
	 * The fonts found at start-up, by weight (400, 700); looked for once, not per PDF.
	 */
	private final Map<Integer, File> fonts = new LinkedHashMap<>();

	private final Money money;

	ReportPdfRenderer(ITemplateEngine templates, Money money) throws IOException {
		this.templates = templates;
		this.money = money;
		if (Files.isReadable(SANS_FONT)) {
			this.fonts.put(400, SANS_FONT.toFile());
		}
		if (Files.isReadable(SANS_BOLD_FONT)) {
			this.fonts.put(700, SANS_BOLD_FONT.toFile());
		}
		this.chartCss = new ClassPathResource("static/css/report-charts.css")
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The PDF of the report template rendered with {@code variables}. */
	byte[] render(Map<String, Object> variables, Locale locale) {
		Map<String, Object> model = new HashMap<>(variables);
		model.put("chartCss", this.chartCss);
		model.put("money", this.money);
		String html = this.templates.process(PDF_TEMPLATE, new Context(locale, model));
		org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withW3cDocument(document, null);
		// no stylesheet, image or font is loaded from a URI: the template carries its own
		// styles
		builder.useUriResolver((base, uri) -> null);
		this.fonts.forEach((weight, file) -> builder.useFont(file, "Report Sans", weight,
				PdfRendererBuilder.FontStyle.NORMAL, true));
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
