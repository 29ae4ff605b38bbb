package dev.milepost.report.mail.web;

import java.security.Principal;

import dev.milepost.report.DigestAccounts;
import dev.milepost.report.mail.DigestSubscriptions;
import dev.milepost.security.Access;
import dev.milepost.stakeholder.StakeholderService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Subscribing to the leadership digest: any signed-in user for themselves (on "My work"),
 * and whoever edits stakeholders for a stakeholder (on the stakeholder's page). Both are
 * idempotent.
 */
@Controller
class DigestSubscriptionController {

	private final DigestSubscriptions subscriptions;

	private final DigestAccounts accounts;

	private final StakeholderService stakeholders;

	private final Access access;

	private final MessageSource messages;

	DigestSubscriptionController(DigestSubscriptions subscriptions, DigestAccounts accounts,
			StakeholderService stakeholders, Access access, MessageSource messages) {
		this.subscriptions = subscriptions;
		this.accounts = accounts;
		this.stakeholders = stakeholders;
		this.access = access;
		this.messages = messages;
	}

	@PostMapping("/me/digest-subscription")
	String me(@RequestParam boolean subscribe, Principal principal, RedirectAttributes redirect) {
		DigestAccounts.Account account = this.accounts.account(principal.getName());
		if (subscribe && account.email() == null) {
			redirect.addFlashAttribute("flashWarning", message("digest.subscription.noEmail"));
			return "redirect:/me";
		}
		if (subscribe) {
			this.subscriptions.subscribeUser(account.id());
		}
		else {
			this.subscriptions.unsubscribeUser(account.id());
		}
		redirect.addFlashAttribute("flash",
				message(subscribe ? "digest.subscription.me.on" : "digest.subscription.me.off", account.email()));
		return "redirect:/me";
	}

	@PostMapping("/stakeholders/{id}/digest-subscription")
	String stakeholder(@PathVariable long id, @RequestParam boolean subscribe, RedirectAttributes redirect) {
		this.access.requireEditStakeholders();
		var stakeholder = this.stakeholders.get(id);
		if (subscribe) {
			this.subscriptions.subscribeStakeholder(id);
		}
		else {
			this.subscriptions.unsubscribeStakeholder(id);
		}
		redirect.addFlashAttribute("flash",
				message(subscribe ? "digest.subscription.stakeholder.on" : "digest.subscription.stakeholder.off",
						stakeholder.getName()));
		return "redirect:/stakeholders/" + id;
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
