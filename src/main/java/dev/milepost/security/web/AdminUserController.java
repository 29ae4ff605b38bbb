package dev.milepost.security.web;

import java.beans.PropertyEditorSupport;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.milepost.security.LastAdminException;
import dev.milepost.security.Role;
import dev.milepost.security.User;
import dev.milepost.security.UserCriteria;
import dev.milepost.security.UserService;
import dev.milepost.security.UsernameTakenException;
import dev.milepost.shared.web.PageRequests;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account management for administrators ({@code /admin/**} is ADMIN-only in the security
 * configuration): list, create, edit, reset password, enable and disable. There is no
 * delete: history refers to accounts.
 */
@Controller
@RequestMapping("/admin/users")
class AdminUserController {

	static final String LIST_VIEW = "admin/users/list";

	static final String SHOW_VIEW = "admin/users/show";

	static final String FORM_VIEW = "admin/users/form";

	static final String PASSWORD_VIEW = "admin/users/password";

	static final String DEFAULT_SORT = "username";

	/** Sort keys offered in URLs -> entity properties. */
	static final Map<String, String> SORTS = new LinkedHashMap<>();

	static {
		SORTS.put("username", "username");
		SORTS.put("name", "displayName");
		SORTS.put("email", "email");
		SORTS.put("enabled", "enabled");
		SORTS.put("locked", "lockedUntil");
	}

	private final UserService users;

	private final MessageSource messages;

	private final Clock clock;

	AdminUserController(UserService users, MessageSource messages, Clock clock) {
		this.users = users;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Passwords are used exactly as typed: the application-wide trimming must not touch
	 * them.
	 */
	@InitBinder
	void keepPasswordsAsTyped(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, "password", new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue((text == null || text.isEmpty()) ? null : text);
			}
		});
	}

	@ModelAttribute("section")
	String section() {
		return "admin";
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Boolean enabled, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
		model.addAttribute("page", this.users.list(new UserCriteria(q, role, enabled),
				PageRequests.of(page, size, sort, dir, SORTS, DEFAULT_SORT)));
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("enabled", enabled);
		model.addAttribute("roles", Role.values());
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		User user = this.users.get(id);
		model.addAttribute("user", user);
		model.addAttribute("locked", user.isLocked(this.clock.instant()));
		return SHOW_VIEW;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		NewUserForm form = new NewUserForm();
		form.getRoles().add(Role.TPM);
		model.addAttribute("userForm", form);
		return formView(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("userForm") NewUserForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Passwords.check(form.getPassword(), form.getUsername(), "password", result);
		if (form.getUsername() != null && !result.hasFieldErrors("username")
				&& this.users.isUsernameTaken(form.getUsername())) {
			rejectUsername(form.getUsername(), result);
		}
		if (!result.hasErrors()) {
			try {
				User user = this.users.create(form.toNewUser());
				redirect.addFlashAttribute("flash", message("user.flash.created", user.getUsername()));
				return "redirect:/admin/users/" + user.getId();
			}
			catch (UsernameTakenException ex) {
				rejectUsername(ex.getUsername(), result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return formView(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		User user = this.users.get(id);
		model.addAttribute("userForm", UserForm.from(user));
		return formView(model, user);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		User stored = this.users.get(id);
		if (!result.hasErrors()) {
			try {
				long version = (form.getVersion() != null) ? form.getVersion() : -1;
				User user = this.users.update(id, version, form.toChanges());
				redirect.addFlashAttribute("flash", message("user.flash.updated", user.getUsername()));
				return "redirect:/admin/users/" + id;
			}
			catch (LastAdminException ex) {
				result.reject("user.lastAdmin", new Object[] { ex.getUsername() }, "The last administrator must stay.");
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				User now = this.users.get(id);
				UserForm current = UserForm.from(now);
				model.addAttribute("current", current);
				model.addAttribute("conflictFields", conflictFields());
				// saving again deliberately applies this user's version over the stored
				// one
				form.setVersion(current.getVersion());
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				return formView(model, now);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return formView(model, stored);
	}

	@GetMapping("/{id}/password")
	String passwordForm(@PathVariable Long id, Model model) {
		model.addAttribute("user", this.users.get(id));
		model.addAttribute("passwordForm", new PasswordForm());
		return PASSWORD_VIEW;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable Long id, @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		User user = this.users.get(id);
		Passwords.check(form.getPassword(), user.getUsername(), "password", result);
		if (result.hasErrors()) {
			model.addAttribute("user", user);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return PASSWORD_VIEW;
		}
		this.users.resetPassword(id, form.getPassword());
		redirect.addFlashAttribute("flash", message("user.flash.passwordReset", user.getUsername()));
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable Long id, RedirectAttributes redirect) {
		try {
			User user = this.users.setEnabled(id, false);
			redirect.addFlashAttribute("flash", message("user.flash.disabled", user.getUsername()));
		}
		catch (LastAdminException ex) {
			redirect.addFlashAttribute("flashWarning", message("user.lastAdmin", ex.getUsername()));
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable Long id, RedirectAttributes redirect) {
		User user = this.users.setEnabled(id, true);
		redirect.addFlashAttribute("flash", message("user.flash.enabled", user.getUsername()));
		return "redirect:/admin/users/" + id;
	}

	/**
	 * @param stored the account being edited, {@code null} when creating one
	 */
	private String formView(Model model, User stored) {
		model.addAttribute("user", stored);
		model.addAttribute("roles", Role.values());
		return FORM_VIEW;
	}

	private void rejectUsername(String username, BindingResult result) {
		result.rejectValue("username", "user.username.taken", new Object[] { username },
				username + " is already taken.");
	}

	private List<String[]> conflictFields() {
		return List.of(field("displayName", "user.displayName"), field("email", "user.email"),
				field("roles", "user.roles"), field("enabled", "user.enabled"));
	}

	private String[] field(String property, String labelCode) {
		return new String[] { property, message(labelCode) };
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
