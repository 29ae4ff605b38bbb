package dev.milepost.dashboard.me;

import java.security.Principal;

import dev.milepost.report.DigestAccounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My work": read-only, for any signed-in user (the security rules require a login). */
@Controller
class MyWorkController {

	static final String VIEW = "dashboard/me";

	private final MyWorkQuery query;

	private final DigestAccounts accounts;

	MyWorkController(MyWorkQuery query, DigestAccounts accounts) {
		this.query = query;
		this.accounts = accounts;
	}

	@GetMapping("/me")
	String me(Principal principal, Model model) {
		model.addAttribute("section", "me");
		model.addAttribute("work", this.query.forUser(principal.getName()));
		model.addAttribute("dueDays", MyWorkQuery.DUE_DAYS);
		model.addAttribute("reviewDays", MyWorkQuery.REVIEW_DAYS);
		DigestAccounts.Account account = this.accounts.account(principal.getName());
		model.addAttribute("account", account);
		model.addAttribute("receivesDigest", account.subscribed());
		return VIEW;
	}

}
