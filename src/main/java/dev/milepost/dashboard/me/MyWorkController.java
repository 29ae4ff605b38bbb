package dev.milepost.dashboard.me;

import java.security.Principal;

import dev.milepost.report.mail.DigestSubscriptions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My work": read-only, for any signed-in user (the security rules require a login). */
@Controller
class MyWorkController {

	static final String VIEW = "dashboard/me";

	private final MyWorkQuery query;

	private final DigestSubscriptions.Users users;

	MyWorkController(MyWorkQuery query, DigestSubscriptions.Users users) {
		this.query = query;
		this.users = users;
	}

	@GetMapping("/me")
	String me(Principal principal, Model model) {
		model.addAttribute("section", "me");
		model.addAttribute("work", this.query.forUser(principal.getName()));
		model.addAttribute("dueDays", MyWorkQuery.DUE_DAYS);
		model.addAttribute("reviewDays", MyWorkQuery.REVIEW_DAYS);
		DigestSubscriptions.Account account = this.users.account(principal.getName());
		model.addAttribute("account", account);
		model.addAttribute("receivesDigest", account.subscribed());
		return VIEW;
	}

}
