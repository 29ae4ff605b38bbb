package dev.milepost.report.mail.web;

import java.util.Optional;

import dev.milepost.report.mail.Unsubscribe;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unsubscribe link of every report and digest mail, for anyone holding it (no
 * account, no session): GET shows what it stops and a button (a GET never changes
 * anything, because mail scanners open links); POST stops it. The POST is also the RFC
 * 8058 one-click target named by the {@code List-Unsubscribe-Post} header, which mail
 * providers send without a cookie or CSRF token: the signed token is its authorisation,
 * so CSRF protection is off for this path only (SecurityConfiguration).
 */
@Controller
class UnsubscribeController {

	static final String CONFIRM_VIEW = "unsubscribe/confirm";

	static final String DONE_VIEW = "unsubscribe/done";

	static final String INVALID_VIEW = "unsubscribe/invalid";

	private final Unsubscribe unsubscribe;

	UnsubscribeController(Unsubscribe unsubscribe) {
		this.unsubscribe = unsubscribe;
	}

	@GetMapping("/unsubscribe")
	String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		Optional<Unsubscribe.Described> described = this.unsubscribe.describe(token);
		if (described.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return INVALID_VIEW;
		}
		model.addAttribute("described", described.get());
		model.addAttribute("token", token);
		return CONFIRM_VIEW;
	}

	@PostMapping("/unsubscribe")
	String unsubscribe(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		Optional<Unsubscribe.Applied> applied = this.unsubscribe.apply(token);
		if (applied.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return INVALID_VIEW;
		}
		model.addAttribute("described", applied.get().described());
		model.addAttribute("changed", applied.get().changed());
		return DONE_VIEW;
	}

}
