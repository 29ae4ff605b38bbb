package dev.milepost.report.digest.web;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import dev.milepost.report.IsoWeek;
import dev.milepost.report.digest.DigestContent;
import dev.milepost.report.digest.DigestDrafter;
import dev.milepost.report.digest.DigestService;
import dev.milepost.report.digest.StoredDigest;
import dev.milepost.security.Access;
import dev.milepost.shared.BadRequestException;
import dev.milepost.shared.ConflictException;
import dev.milepost.shared.web.PageRequests;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The leadership digest: the archive of published weeks, one week's digest (the stored
 * snapshot once published, else a preview computed now) and its publication, which is for
 * administrators only: the digest speaks for the whole portfolio, not for a program a TPM
 * owns.
 */
@Controller
class DigestController {

	static final String ARCHIVE_VIEW = "digest/list";

	static final String DIGEST_VIEW = "digest/show";

	private final DigestService digests;

	private final DigestDrafter drafter;

	private final MessageSource messages;

	private final Clock clock;

	private final Access access;

	DigestController(DigestService digests, DigestDrafter drafter, MessageSource messages, Clock clock, Access access) {
		this.digests = digests;
		this.drafter = drafter;
		this.messages = messages;
		this.clock = clock;
		this.access = access;
	}

	@ModelAttribute("section")
	String section() {
		return "digest";
	}

	@GetMapping("/reports/digest")
	String archive(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size, Model model) {
		IsoWeek thisWeek = IsoWeek.current(this.clock);
		model.addAttribute("page",
				this.digests.archive(PageRequests.of(page, size, null, null, Map.of("week", "iso_week"), "week")));
		model.addAttribute("thisWeek", thisWeek.toString());
		model.addAttribute("lastWeek", thisWeek.previous().toString());
		return ARCHIVE_VIEW;
	}

	@GetMapping("/reports/digest/{week}")
	String show(@PathVariable String week, Model model) {
		IsoWeek isoWeek = IsoWeek.parse(week);
		Optional<StoredDigest> digest = this.digests.find(isoWeek);
		DigestContent content = digest.map(this.digests::content).orElseGet(() -> this.drafter.draft(isoWeek));
		model.addAttribute("week", isoWeek.toString());
		model.addAttribute("previousWeek", isoWeek.previous().toString());
		model.addAttribute("nextWeek", isoWeek.next().toString());
		model.addAttribute("digest", digest.orElse(null));
		model.addAttribute("content", content);
		model.addAttribute("publishable", digest.isEmpty() && !isoWeek.isFuture(this.clock));
		return DIGEST_VIEW;
	}

	@PostMapping("/reports/digest/{week}/publish")
	String publish(@PathVariable String week, RedirectAttributes redirect) {
		this.access.requirePublishDigest();
		IsoWeek isoWeek = IsoWeek.parse(week);
		if (isoWeek.isFuture(this.clock)) {
			throw new BadRequestException(message("digest.future", isoWeek.toString()));
		}
		if (!this.digests.publish(isoWeek).published()) {
			throw new ConflictException("digest.conflict.published", isoWeek.toString());
		}
		redirect.addFlashAttribute("flash", message("digest.flash.published", isoWeek.toString()));
		return "redirect:/reports/digest/" + isoWeek;
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
